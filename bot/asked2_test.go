package bot

import (
	"testing"
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
	runAskedQuestions(t, asked2Bot(t), "testdata/asked2-questions.tsv")
}

// TestAsked2Conversations runs testdata/asked2-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked2Conversations(t *testing.T) {
	runAskedConversations(t, asked2Bot(t), "testdata/asked2-conversations.tsv")
}
