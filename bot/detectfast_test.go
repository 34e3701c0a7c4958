package bot

import (
	"reflect"
	"testing"

	"github.com/stancebot/stancebot/corpus"
)

// TestDetectQuestionFastPath holds the language detection every question
// takes (DetectQuestion, which writes no evidence) to the explained one
// (ExplainQuestion) on every realistic and multilingual test question, on
// the corpus each is asked of: the same language, candidates and scores,
// so that skipping the evidence can change no answer.
func TestDetectQuestionFastPath(t *testing.T) {
	bots := realisticBots(t)
	type q struct{ corpus, text string }
	var qs []q
	for _, tc := range readRealistic(t) {
		qs = append(qs, q{tc.corpus, tc.question})
	}
	for _, tc := range readMLCases(t) {
		qs = append(qs, q{tc.corpus, tc.question}, q{tc.corpus, tc.english})
	}
	explained := 0
	for _, x := range qs {
		b, ok := bots[x.corpus]
		if !ok {
			t.Fatalf("unknown corpus %q", x.corpus)
		}
		c := b.Corpus()
		fast := c.Translator().DetectQuestion(x.text, c.Gazetteer)
		full := c.Translator().ExplainQuestion(x.text, c.Gazetteer)
		if fast.Lang != full.Lang || !reflect.DeepEqual(fast.Candidates, full.Candidates) || !reflect.DeepEqual(fast.ScoreMap(), full.ScoreMap()) {
			t.Errorf("%s %q: DetectQuestion = %+v, ExplainQuestion = %+v", x.corpus, x.text, fast, full)
		}
		if fast.Evidence != nil {
			t.Errorf("%s %q: DetectQuestion wrote evidence %q", x.corpus, x.text, fast.Evidence)
		}
		if len(full.Evidence) > 0 {
			explained++
		}
	}
	if explained < len(qs)/2 {
		t.Errorf("ExplainQuestion gave evidence for only %d of %d questions", explained, len(qs))
	}
}

// TestParseReusesTokens holds parseAll, given the tokens of the question
// as asked, to ParseAll, which tokenises the text itself, on every
// realistic and multilingual test question, with and without chat noise
// (where the tokens must not be reused) and date phrases.
func TestParseReusesTokens(t *testing.T) {
	bots := realisticBots(t)
	type q struct{ corpus, text string }
	var qs []q
	for _, tc := range readRealistic(t) {
		qs = append(qs, q{tc.corpus, tc.question})
	}
	for _, tc := range readMLCases(t) {
		qs = append(qs, q{tc.corpus, tc.english})
	}
	n := len(qs)
	for _, x := range qs[:n] {
		qs = append(qs, q{x.corpus, "<@U123> hey bot *" + x.text + "* :smile:"}, q{x.corpus, x.text + " since 2021"})
	}
	for _, x := range qs {
		c := bots[x.corpus].Corpus()
		want := ParseAll(c, x.text)
		got := parseAll(c, "", x.text, tokenized{text: x.text, toks: corpus.Tokenize(x.text)}, nil)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s %q: parseAll with tokens =\n  %+v\nParseAll =\n  %+v", x.corpus, x.text, got, want)
		}
		// With the names read in the language pass (DetectAndScan).
		if got := parseAll(c, "", x.text, readQuestion(c, x.text, "", "").asked, new([1]Parsed)); !reflect.DeepEqual(got, want) {
			t.Errorf("%s %q: parseAll with the language pass's names =\n  %+v\nParseAll =\n  %+v", x.corpus, x.text, got, want)
		}
		// Stale tokens and names of another text are never used.
		other := "what does Narnia say on cybercrime?"
		if got := parseAll(c, "", x.text, readQuestion(c, other, "", "").asked, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("%s %q: parseAll used the tokens of another text", x.corpus, x.text)
		}
	}
}

// TestDetectAndScanMatchesTwoPasses holds the one gazetteer pass of
// readQuestion to the two it replaced, on every realistic and
// multilingual test question (as typed and in English) on its corpus:
// DetectTokens gives the same language, candidates and scores, and Scan
// with the matcher's known words the same reading.
func TestDetectAndScanMatchesTwoPasses(t *testing.T) {
	bots := realisticBots(t)
	type q struct{ corpus, text string }
	var qs []q
	for _, tc := range readRealistic(t) {
		qs = append(qs, q{tc.corpus, tc.question})
	}
	for _, tc := range readMLCases(t) {
		qs = append(qs, q{tc.corpus, tc.question}, q{tc.corpus, tc.english})
	}
	typos := 0
	for _, x := range qs {
		c := bots[x.corpus].Corpus()
		toks := corpus.Tokenize(x.text)
		det, rd := c.Translator().DetectAndScan(x.text, toks, c.Gazetteer, questionKnown(c))
		want := c.Translator().DetectTokens(x.text, toks, c.Gazetteer)
		if det.Lang != want.Lang || !reflect.DeepEqual(det.Candidates, want.Candidates) || !reflect.DeepEqual(det.ScoreMap(), want.ScoreMap()) {
			t.Errorf("%s %q: DetectAndScan language %+v, DetectTokens %+v", x.corpus, x.text, det, want)
		}
		if wantRd := c.Gazetteer.Scan(toks, true, questionKnown(c)); !reflect.DeepEqual(rd, wantRd) {
			t.Errorf("%s %q: DetectAndScan read\n  %+v\nScan reads\n  %+v", x.corpus, x.text, rd, wantRd)
		}
		for _, m := range rd.Countries {
			if m.How == corpus.ByTypo {
				typos++
			}
		}
	}
	if typos == 0 {
		t.Error("no question had a misspelt country: the typo rule, where the two passes differ, went untested")
	}
}
