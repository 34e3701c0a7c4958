package bot

import (
	"context"
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
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
	t.Run("dates", func(t *testing.T) { newestFollowUpNotes(t, b) })
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

// newestFollowUpNotes: a follow-up asking for something newer, in each
// language, gets a dates note quoting words of the asker's language,
// never the English "latest" in a Spanish or French reply.
func newestFollowUpNotes(t *testing.T, b *Bot) {
	clock := time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ first, then, want string }{
		{"qué dice chile sobre ransomware", "¿algo más reciente?", `Fechas \(“lo más reciente”\)`},
		{"qué dice chile sobre ransomware", "¿lo último?", `Fechas \(“lo más reciente”\)`},
		{"que dit le maroc sur la cybercriminalité", "quoi de neuf ?", `Dates \(“les plus récentes”\) :`},
		{"que dit le maroc sur la cybercriminalité", "le plus récent ?", `Dates \(“les plus récentes”\) :`},
		// mirror: English keeps its word
		{"what does chile say on ransomware", "anything newer?", `Dates \(“latest”\):`},
	} {
		h := Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
		var r Reply
		for _, q := range []string{tc.first, tc.then} {
			r = h.Handle(context.Background(), Question{Text: q, Platform: "console", Room: "dates", Time: clock})
		}
		if !regexp.MustCompile(tc.want).MatchString(r.Message) {
			t.Errorf("%q → %q: message %.200q, want %s", tc.first, tc.then, r.Message, tc.want)
		}
	}
}
