package bot

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus"
)

// TestSupportAsk: a question asking who supports its topic, or whether
// a named country supports or opposes it, is told apart from one whose
// topic holds a support word.
func TestSupportAsk(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"who supports a legally binding instrument", true},
		{"which states back a new binding treaty?", true},
		{"which countries want a cyber treaty", true},
		{"anyone backing a treaty?", true},
		{"who is pushing for a convention", true},
		{"which countries are calling for a treaty", true},
		{"who is calling the shots on norms", false},
		{"does korea support a binding treaty?", true},
		{"so does mongolia want a treaty", true},
		{"has iceland backed the convention", true},
		{"is iceland in favour of a new treaty", true},
		{"who is in favor of a convention", true},
		{"who calls for a binding instrument", true},
		{"mongolia supports a treaty?", true},
		{"do mongolia and iceland support a treaty", true},
		{"¿quién apoya un tratado vinculante?", true},
		{"¿Panamá apoya un instrumento vinculante?", true},
		{"¿quién está a favor de un tratado?", true},
		{"¿es Panamá favorable a un tratado?", true},
		{"qui soutient un traité contraignant ?", true},
		{"le Bénin soutient-il un nouveau traité ?", true},
		{"quels pays sont favorables à un traité ?", true},
		{"qui est en faveur d'un instrument contraignant", true},
		{"does iceland oppose a new treaty?", true},
		{"is benin against a treaty", true},
		{"is iceland sceptical of a convention", true},
		{"what does iceland say about measures against ransomware", false},
		{"L'Islande est-elle contre un traité ?", true},
		{"is mongolia pro treaty?", true},
		{"Mongolia for or against a treaty?", true},
		{"pro-democracy groups in mongolia", false},
		{"¿Mongolia está a favor o en contra de un tratado?", true},
		// Neighbours: a support word in the topic, a noun, an adjective.
		{"what does mongolia say about support for victims", false},
		{"who talks about capacity building support", false},
		{"state-backed hackers", false},
		{"what are the endorsed norms", false},
		{"support for smes", false},
		{"what does iceland say on ransomware", false},
		{"qué dice Panamá sobre el apoyo a las víctimas", false},
		{"que dit le Bénin sur le soutien aux victimes", false},
		{"un entorno favorable para la inversión", false},
		{"does iceland say anything on back doors", false},
		{"what is the call for proposals", false},
		{"who talks about supporting victims", false},
		{"supporting smes in capacity building", false},
	} {
		if got := supportAsk(corpus.Tokenize(tt.q)); got != tt.want {
			t.Errorf("supportAsk(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestSupportNote: who supports a treaty, or whether a country does, is
// answered with the statements and a note that the corpus cannot judge
// it (one of them rejects a treaty); a plain question has no note.
func TestSupportNote(t *testing.T) {
	b := dirBot(t, "../testdata/support")
	for _, tt := range []struct{ q, prefix, holds string }{
		{"who supports a legally binding instrument?", "The corpus cannot say who supports it", "Iceland"},
		{"which countries back a new treaty", "The corpus cannot say who supports it", "Mongolia"},
		{"does iceland support a binding treaty?", "The corpus cannot answer yes or no", "Iceland"},
		{"is benin against a new treaty", "The corpus cannot answer yes or no", "Benin"},
		{"which countries are sceptical of a new treaty", "The corpus cannot say who does not support it", "Mongolia"},
		{"do mongolia and iceland support a treaty", "The corpus cannot answer yes or no", "Mongolia"},
		{"¿quién apoya un tratado vinculante?", "El corpus no puede decir quién lo apoya", "Panama"},
		{"le Bénin soutient-il un nouveau traité ?", "Le corpus ne peut pas répondre par oui ou par non", "Benin"},
		{"who does not support a new treaty", "The corpus cannot say who does not support it", "Iceland"},
		// Neighbours: no judgement asked.
		{"who talks about a legally binding instrument", "4 countries", ""},
		{"what does iceland say on international law", "Iceland on international law", "Iceland"},
	} {
		r := b.Ask(tt.q, 0)
		if len(r.Answers) == 0 || !strings.HasPrefix(r.Message, tt.prefix) {
			t.Errorf("%q: %d answers, message %q; want it to start %q", tt.q, len(r.Answers), r.Message, tt.prefix)
			continue
		}
		if tt.holds == "" {
			continue
		}
		found := false
		for _, a := range r.Answers {
			found = found || strings.Contains(a.Country, tt.holds)
		}
		if !found {
			t.Errorf("%q: no answer by %s", tt.q, tt.holds)
		}
	}
}
