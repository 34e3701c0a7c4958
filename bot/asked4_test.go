package bot

import "testing"

// asked4Bot is a Bot over testdata/asked4: a third corpus on countries in
// no seed and not in testdata/asked or asked2 (a meeting record, a First
// Committee meetings-coverage page, country notes, a national position
// paper), 24 countries from every region, with names chat types in many
// ways (UAE and the Emirates, Czechia and the Czech Republic, the
// Philippines, New Zealand and the Kiwis).
func asked4Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked4") }

// TestAsked4Questions runs testdata/asked4-questions.tsv: English questions
// as analysts type them in chat (terse, long and compound, theme paraphrases,
// regions and groups, demonyms, ISO codes, typos, Slack formatting, several
// questions in one message, countries and themes the corpus does not hold).
// Every line must pass.
func TestAsked4Questions(t *testing.T) {
	runAskedQuestions(t, asked4Bot(t), "testdata/asked4-questions.tsv")
}

// TestAsked4Conversations runs testdata/asked4-conversations.tsv through
// the follow-up middleware, one conversation per block.
func TestAsked4Conversations(t *testing.T) {
	runAskedConversations(t, asked4Bot(t), "testdata/asked4-conversations.tsv")
}
