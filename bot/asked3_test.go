package bot

import "testing"

// asked3Bot is a Bot over testdata/asked3: a third corpus on countries in
// no seed and not in testdata/asked or asked2 (a meeting record, a Spanish
// overview, French country sheets, an English atlas), written for the
// Spanish, French and mixed questions of asked3-questions.tsv: names with
// articles (le Bénin, les Comores, el Canadá), names unlike their English
// ones (Alemania, Allemagne, Suiza, Liban, Tchad), UN variants (Nueva
// Zelandia).
func asked3Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked3") }

// TestAsked3Questions runs testdata/asked3-questions.tsv as
// TestAskedQuestions runs its set: every line must pass.
func TestAsked3Questions(t *testing.T) {
	runAskedQuestions(t, asked3Bot(t), "testdata/asked3-questions.tsv")
}

// TestAsked3Conversations runs testdata/asked3-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked3Conversations(t *testing.T) {
	runAskedConversations(t, asked3Bot(t), "testdata/asked3-conversations.tsv")
}
