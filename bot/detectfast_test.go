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
		if fast.Lang != full.Lang || !reflect.DeepEqual(fast.Candidates, full.Candidates) || !reflect.DeepEqual(fast.Scores, full.Scores) {
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
		got := parseAll(c, x.text, tokenized{x.text, corpus.Tokenize(x.text)})
		if want := ParseAll(c, x.text); !reflect.DeepEqual(got, want) {
			t.Errorf("%s %q: parseAll with tokens =\n  %+v\nParseAll =\n  %+v", x.corpus, x.text, got, want)
		}
		// Stale tokens of another text are never used.
		other := "what does Narnia say on cybercrime?"
		if got, want := parseAll(c, x.text, tokenized{other, corpus.Tokenize(other)}), ParseAll(c, x.text); !reflect.DeepEqual(got, want) {
			t.Errorf("%s %q: parseAll used the tokens of another text", x.corpus, x.text)
		}
	}
}
