package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
)

// asked2Bot is a Bot over testdata/asked2: a second corpus on countries in
// no seed and not in testdata/asked (a meeting record, an atlas overview,
// Spanish and French profile pages, a position paper, a wire story), with
// awkward names (Congo and the DRC, Niger and Nigeria, Dominica, Georgia,
// Guinea, Türkiye, Cabo Verde, Eswatini, the Gambia).
func asked2Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked2") }

// TestAsked2Questions runs testdata/asked2-questions.tsv as
// TestAskedQuestions runs its set: every line must pass.
func TestAsked2Questions(t *testing.T) {
	b := asked2Bot(t)
	for _, f := range readTSV(t, "testdata/asked2-questions.tsv", 6) {
		if f == nil {
			continue
		}
		r := b.Ask(f[0], 0)
		if err := judgeAsked(r, f[1], f[2], f[3], f[4], f[5]); err != nil {
			t.Errorf("%q: %v", f[0], err)
		}
	}
}

// TestAsked2Conversations runs testdata/asked2-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked2Conversations(t *testing.T) {
	b := asked2Bot(t)
	clock := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	newHandler := func() Handler {
		return Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
	}
	h, n := newHandler(), 0
	var said []string
	for _, f := range readTSV(t, "testdata/asked2-conversations.tsv", 4) {
		if f == nil {
			h, said = newHandler(), nil
			n++
			continue
		}
		said = append(said, f[0])
		r := h.Handle(context.Background(), Question{Text: f[0], Platform: "console", Room: fmt.Sprint("room", n), Time: clock})
		if err := judgeAsked(r, "-", f[1], f[2], "-", f[3]); err != nil {
			t.Errorf("%q: %v", strings.Join(said, " → "), err)
		}
	}
}
