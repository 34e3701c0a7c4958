package bot

import (
	"strings"
	"testing"
)

// TestTopicPronounFollowUp: after "what does mongolia say on a binding
// treaty", a follow-up naming another country and standing for the topic
// by a pronoun asks that country on it; "who else supports it?" leaves
// out the country shown and keeps its verb; pronouns for the last
// country, and follow-ups with a topic of their own, are read as before.
func TestTopicPronounFollowUp(t *testing.T) {
	b := dirBot(t, "../testdata/support")
	const first = "what does mongolia say on a binding treaty"
	rec := askedRecord(b, first)
	for _, tt := range []struct{ in, want, lang, msg string }{
		{"what does iceland think about it?", "what does Iceland say on binding treaty", "en", "Iceland on legally binding instruments"},
		{"does iceland support it?", "does iceland support binding treaty", "en", "The corpus cannot answer yes or no"},
		{"what's panama's view on this issue", "what does Panama say on binding treaty", "en", "Panama on legally binding"},
		{"and what about benin on that?", "what does Benin say on binding treaty", "en", "Benin on legally binding"},
		{"¿y qué dice Islandia al respecto?", "what does Iceland say on binding treaty", "es", "Islandia sobre instrumento"},
		{"¿Panamá lo apoya?", "panama supports binding treaty", "es", "El corpus no puede responder sí o no"},
		{"qu'en pense le Bénin ?", "what does Benin say on binding treaty", "fr", "Bénin sur instrument"},
		{"who else supports it?", "who supports binding treaty besides Mongolia", "en", "The corpus cannot say who supports it"},
		{"anyone else oppose it?", "who opposes binding treaty besides Mongolia", "en", "The corpus cannot say who does not support it"},
		// Neighbours: the last country by a pronoun, a topic of its own.
		{"what did they say on ransomware?", "what does Mongolia say on ransomware", "en", ""},
		{"what does iceland say about ransomware", "", "", ""},
		{"and iceland?", "what does Iceland say on binding treaty", "en", ""},
	} {
		q, _ := continueQuestion(b.Corpus(), rec, Question{Text: tt.in})
		if tt.want == "" {
			if q.Text != tt.in {
				t.Errorf("%q: rewritten to %q, want it as it is", tt.in, q.Text)
			}
			continue
		}
		if q.Text != tt.want {
			t.Errorf("%q: rewritten to %q, want %q", tt.in, q.Text, tt.want)
			continue
		}
		if tt.msg == "" {
			continue
		}
		lang := q.ReplyLang
		if lang == "" {
			lang = tt.lang
		}
		r := b.askIn(Question{Text: q.Text, ReplyLang: lang}, 0, false)
		if !strings.HasPrefix(r.Message, tt.msg) || len(r.Answers) == 0 {
			t.Errorf("%q → %q: %d answers, message %q; want it to start %q", tt.in, q.Text, len(r.Answers), r.Message, tt.msg)
		}
	}
}
