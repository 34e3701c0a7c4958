package bot

import (
	"fmt"
	"regexp"
	"testing"
)

// TestLeft26 runs testdata/left26-questions.tsv, the readings the
// twenty-fourth round left open (a yes/no question naming two countries,
// a partner after "with", chat courtesy, a city as the venue, agency
// initials, territories and non-State actors as speakers), on every test
// corpus loaded as one (oneCorpus), and checks what the replies' messages
// say, which the questions file cannot. A 7th column "open: why" marks a
// known miss, as in TestAsked8Questions.
func TestLeft26(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every test corpus")
	}
	b := dirBot(t, oneCorpus(t))
	t.Run("questions", func(t *testing.T) { runOpenQuestions(t, b, "testdata/left26-questions.tsv") })
	t.Run("messages", func(t *testing.T) {
		for _, tc := range []struct{ q, want, open string }{
			// A territory or non-State actor: said so, in the asker's language.
			{"what does greenland say", `^Greenland: not a State`, ""},
			{"the houthis on undersea cables", `^The Houthis: not a State`, ""},
			{"que dit le groenland", `^Groenland : ce n'est pas un État`, ""},
			{"¿qué dice groenlandia?", `^Groenlandia: no es un Estado`, ""},
			// Agency initials several countries' statements name: said so.
			{"what has the NCSC said", `^NCSC: statements of several countries`, ""},
			{"que dit l'ANSSI", `^ANSSI : des déclarations de plusieurs pays`, ""},
			{"que dit le CERT national", `plusieurs pays du corpus nomment`, "open: two words ('CERT national') are no initials asked alone"},
			// Chat courtesy: no topic word of its own.
			{"what does kenya say on ransomware, asking for a friend", `^Kenya on ransomware:`, ""},
			{"kenya on ransomware when you get a chance", `^Kenya on ransomware:`, ""},
			{"posición de chile sobre ransomware por si acaso", `^Chile sobre ransomware:`, ""},
		} {
			var err error
			if r := b.Ask(tc.q, 0); !regexp.MustCompile(tc.want).MatchString(r.Message) {
				err = fmt.Errorf("message %.200q, want %s", r.Message, tc.want)
			}
			var open, failed int
			openOrFail(t, tc.q, tc.open, err, &open, &failed)
		}
	})
}
