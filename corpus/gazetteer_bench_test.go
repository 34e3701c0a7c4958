package corpus

import "testing"

// BenchmarkGazetteer times country finding in questions (English, with a
// typo; Spanish and French) and in corpus text, where every paragraph
// passes through it at load.
func BenchmarkGazetteer(b *testing.B) {
	g := DefaultGazetteer()
	for _, bc := range []struct {
		name, text string
		question   bool
	}{
		{"question", "compare the ROK, Peru and the United States of America with Salvadoran and Inda views", true},
		{"question-plain", "what does Kenya say on nuclear deterrence and supply chains?", true},
		{"question-chat", "hey quick q - whats the uk govt position on ransomware payments these days??", true},
		{"question-esfr", "¿Cuál es la postura de la India y de Corea del Sur sobre la soberanía? et l'Union européenne ?", true},
		{"text", "Peru has noted the difficulty of attribution in cyberspace. Coinciding with other American states, Peru has focused on the state's duty to ensure that its territory is not used by non-state actors to launch attacks against the Republic of Korea or the European Union.", false},
	} {
		toks := Tokenize(bc.text)
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = g.Find(toks, bc.question, nil)
			}
		})
	}
}
