package bot

import "testing"

// asked5Bot is a Bot over testdata/asked5: a fifth corpus on twenty
// countries held by no seed and no earlier testdata corpus (a verbatim
// record of the global mechanism, a First Committee meetings-coverage
// page, think-tank country briefs, a minister's remarks, a national
// strategy excerpt), with names chat types in many ways (the Sudan and
// South Sudan, São Tomé and Príncipe, Saint Kitts and Nevis, the
// Federated States of Micronesia, Trinidad and Tobago, the State of
// Palestine, the Central African Republic).
func asked5Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked5") }

// TestAsked5Questions runs testdata/asked5-questions.tsv: English questions
// written before the bot was run on them, typed as analysts type them in
// chat (terse, long and rambling with a context clause, paraphrased
// intents, two- and three-letter ISO codes, typos in names and topics, a
// Spanish topic word, Slack formatting, regions and groups, countries the
// corpus mentions but does not hold). Every line must pass.
func TestAsked5Questions(t *testing.T) {
	runAskedQuestions(t, asked5Bot(t), "testdata/asked5-questions.tsv")
}

// TestAsked5Conversations runs testdata/asked5-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked5Conversations(t *testing.T) {
	runAskedConversations(t, asked5Bot(t), "testdata/asked5-conversations.tsv")
}
