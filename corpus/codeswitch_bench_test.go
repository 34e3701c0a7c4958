package corpus

import "testing"

// BenchmarkCodeSwitchedEnglish is what an English question with nothing
// to read pays for the code-switch pass (the bot runs it on every
// English question).
func BenchmarkCodeSwitchedEnglish(b *testing.B) {
	tr, g := DefaultTranslator(), DefaultGazetteer()
	q := "what does the Republic of Korea say about due diligence and ransomware attacks on hospitals"
	toks := Tokenize(q)
	r := g.Scan(toks, true, nil)
	b.ReportAllocs()
	for b.Loop() {
		tr.CodeSwitched(q, toks, r.Covers)
	}
}
