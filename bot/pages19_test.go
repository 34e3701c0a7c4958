package bot

import "testing"

// pages19Bot is a Bot over testdata/pages19, page shapes that give one
// country's words to another (communiqués reporting other countries'
// support, a speech quoting another country's minister, agency initials
// defined after a description, a joint communiqué, a Security Council
// summary, an interview, a ministry FAQ, a consultation response, a
// bilingual statement).
func pages19Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/pages19") }

// TestPages19Questions runs testdata/pages19-questions.tsv: each country of
// pages19 asked as people type, answered with its own words only, with the
// "open: why" mark of TestAsked8Questions.
func TestPages19Questions(t *testing.T) {
	runOpenQuestions(t, pages19Bot(t), "testdata/pages19-questions.tsv")
}
