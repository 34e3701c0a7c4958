package bot

import (
	"testing"
	"time"
)

// asked9Bot is a Bot over testdata/asked9: a ninth corpus of fifteen pages
// of different shapes (an OEWG verbatim record, a meetings-coverage page, a
// national strategy with numbered sections, a news item with a dateline, an
// agency press statement, a workshop summary, tracker country notes, a
// minister's speech, a joint statement of three governments, a numbered
// submission, a Q&A interview, a press release, a "Country: position"
// briefing note, an analysis piece and an NGO report quoting a government's
// reply) on twenty-one holders absent from seeds/ and rare in the earlier
// testdata (Latvia, Maldives, Saudi Arabia, Togo, Lebanon, Uganda, Panama,
// Finland, Laos, Bhutan, Samoa, Vanuatu, the UAE, Benin, Mozambique,
// Liberia, Cambodia, Malta, Tunisia, Barbados, the United Kingdom).
func asked9Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/asked9") }

// TestAsked9Questions runs testdata/asked9-questions.tsv: English questions
// written before the bot was run on them, typed as people type them in
// Slack and Matrix (lower case, typos, abbreviations, demonyms, capitals,
// mention prefixes, comparisons of two to four countries, who/which
// questions, dates, negations, long questions, one-word questions, theme
// synonyms the lexicon lacks). A 7th column "open: why" marks a known miss.
func TestAsked9Questions(t *testing.T) {
	runOpenQuestions(t, asked9Bot(t), "testdata/asked9-questions.tsv")
}

// TestAsked9Conversations runs testdata/asked9-conversations.tsv through
// the follow-up middleware, one conversation per block, each in a room of
// its own; a 5th column "open: why" marks a known miss.
func TestAsked9Conversations(t *testing.T) {
	runConversationsAt(t, asked9Bot(t), "testdata/asked9-conversations.tsv", time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC))
}
