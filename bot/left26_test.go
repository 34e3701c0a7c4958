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
			// Class 1: the note, then the first country's own statements.
			{"does ghana back togo on cybercrime", `no statement by Ghana that mentions Togo`, ""},
			{"le maroc soutient-il la mauritanie sur la cybercriminalité ?", `Maroc : aucune déclaration dans le corpus qui mentionne`, ""},
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
