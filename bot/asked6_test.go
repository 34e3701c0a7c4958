package bot

import "testing"

// asked6Bot is a Bot over testdata/asked6: a sixth corpus, partly in
// Spanish and French (an OAS/CICTE summary, a Francophonie declaration, a
// Honduran strategy, a Monegasque speech) beside an English meeting record
// and atlas, whose holders are mostly countries no earlier question set
// asks about (Libya, Monaco, Palestine, San Marino, the two Sudans, Syria,
// Taiwan, Turkmenistan, Yemen, Venezuela, Honduras, Panama, the Caribbean,
// Romania, Moldova, the Central African Republic, Guinea-Bissau, São Tomé
// and Príncipe), written for the Spanish, French and mixed questions of
// asked6-questions.tsv before the bot was run on them.
func asked6Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked6") }

// TestAsked6Questions runs testdata/asked6-questions.tsv as
// TestAskedQuestions runs its set: every line must pass.
func TestAsked6Questions(t *testing.T) {
	runAskedQuestions(t, asked6Bot(t), "testdata/asked6-questions.tsv")
}

// TestAsked6Conversations runs testdata/asked6-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked6Conversations(t *testing.T) {
	runAskedConversations(t, asked6Bot(t), "testdata/asked6-conversations.tsv")
}
