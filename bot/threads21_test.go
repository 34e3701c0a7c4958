package bot

import (
	"testing"
	"time"
)

// TestThreads21Conversations runs testdata/threads21-conversations.tsv,
// thread follow-ups (pronouns, corrections, narrowing, widening, meta
// questions, going back, chatter) on the asked20 corpus, through the
// follow-up middleware, one conversation per block.
func TestThreads21Conversations(t *testing.T) {
	runConversationsAt(t, asked20Bot(t), "testdata/threads21-conversations.tsv", time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC))
}

// TestThreads21MoreConversations runs the threads21 follow-ups written for
// testdata/esfr19 and testdata/support, each on its corpus.
func TestThreads21MoreConversations(t *testing.T) {
	clock := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	runConversationsAt(t, dirBot(t, "../testdata/esfr19"), "testdata/threads21-esfr19-conversations.tsv", clock)
	runConversationsAt(t, dirBot(t, "../testdata/support"), "testdata/threads21-support-conversations.tsv", clock)
}
