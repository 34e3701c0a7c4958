package bot

import "testing"

// pages17Bot is a Bot over testdata/pages17, page shapes the other test
// corpora have few of (UN meetings coverage in English and French, a PDF
// national position's text, a Q&A whose questioners are States, a joint
// statement signed at its end, news naming a country only by its capital,
// a bilingual statement, a fixed-width table).
func pages17Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/pages17") }

// TestPages17Questions runs testdata/pages17-questions.tsv: each country of
// pages17 asked as people type, answered with its own words only, with the
// "open: why" mark of TestAsked8Questions.
func TestPages17Questions(t *testing.T) {
	runOpenQuestions(t, pages17Bot(t), "testdata/pages17-questions.tsv")
}
