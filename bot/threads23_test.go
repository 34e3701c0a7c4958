package bot

import (
	"testing"
	"time"
)

// TestThreads23Conversations runs the threads23 thread follow-ups ("who said
// the opposite?", "why?", "link?", "and the others?", "which one was most
// recent", "quote it", "the 2nd one", "no, the other one", "wrong country, i
// meant niger not nigeria", language requests, "shorter", "just the sources",
// a topic switch with a pronoun, a thread resumed after an unrelated
// question, greetings and messages that are not questions), written for
// testdata/asked24 and testdata/esfr24, and a second round on
// testdata/asked23, each on its corpus.
func TestThreads23Conversations(t *testing.T) {
	clock := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	runConversationsAt(t, asked24Bot(t), "testdata/threads23-conversations.tsv", clock)
	runConversationsAt(t, dirBot(t, "../testdata/esfr24"), "testdata/threads23-esfr24-conversations.tsv", clock)
	runConversationsAt(t, dirBot(t, "../testdata/asked23"), "testdata/threads23-asked23-conversations.tsv", clock)
}
