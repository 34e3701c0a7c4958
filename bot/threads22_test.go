package bot

import (
	"testing"
	"time"
)

// TestThreads22Conversations runs the threads22 thread follow-ups ("and X?",
// topic switches, "compare them", "same for", "more", "sources?", date frames,
// "does X agree?", "who else?", "the first one", pronouns, corrections, a new
// unrelated question mid-thread, going back, language switches), written for
// testdata/asked19 and testdata/esfr20, each on its corpus.
func TestThreads22Conversations(t *testing.T) {
	clock := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	runConversationsAt(t, asked19Bot(t), "testdata/threads22-conversations.tsv", clock)
	runConversationsAt(t, dirBot(t, "../testdata/esfr20"), "testdata/threads22-esfr20-conversations.tsv", clock)
}
