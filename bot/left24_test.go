package bot

import (
	"fmt"
	"regexp"
	"testing"
)

// TestLeft24 runs testdata/left24-questions.tsv, the readings the
// twenty-third round left open (lower-case "au", a grouping's body,
// agency initials, a demonym after its noun, a venue, first and latest
// statements, regions, statement counts), on every test corpus loaded as
// one (oneCorpus), and checks what the replies' messages say of counts
// and order, which the questions file cannot. A 7th column "open: why"
// marks a known miss, as in TestAsked8Questions.
func TestLeft24(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every test corpus")
	}
	b := dirBot(t, oneCorpus(t))
	t.Run("questions", func(t *testing.T) { runOpenQuestions(t, b, "testdata/left24-questions.tsv") })
	t.Run("messages", func(t *testing.T) {
		for _, tc := range []struct{ q, want, open string }{
			// A statement count, not a country count.
			{"how many statements on ransomware", `^\d+ statements on ransomware`, ""},
			{"how many statements are there on ransomware", `^\d+ statements on ransomware`, ""},
			{"cuántas declaraciones hay sobre ransomware", `^\d+ declaraciones sobre ransomware`, ""},
			{"combien de déclarations sur les rançongiciels", `^\d+ déclarations sur`, ""},
			{"how many countries talk about ransomware", `^\d+ countries on ransomware`, ""},
			// First and earliest: oldest first; latest: newest first.
			{"first statement by kenya", `oldest first`, ""},
			{"kenya's first statement", `oldest first`, ""},
			{"earliest statement from ghana", `oldest first`, ""},
			{"el primer comunicado de kenia", `de la más antigua a la más reciente`, ""},
			{"la première déclaration du sénégal", `de la plus ancienne à la plus récente`, ""},
			{"latest from chile", `newest first`, ""},
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
