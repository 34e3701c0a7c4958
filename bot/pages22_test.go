package bot

import "testing"

// pages22Bot is a Bot over testdata/pages22, page shapes the other test
// corpora lacked (regional organisations' releases filed from a member's
// capital, interviews with short unlabelled questions, a ministry's FAQ, a
// chair's summary, a digest under bold country headings, a speech quoting
// a foreign leader, a Hansard page, a social thread, a tracker table, a
// joint statement with a reservation).
func pages22Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/pages22") }

// TestPages22Questions runs testdata/pages22-questions.tsv: each country of
// pages22 asked as people type, answered with its own words only, and
// countries only named, quoted or in a dateline answered with nothing,
// with the "open: why" mark of TestAsked8Questions.
func TestPages22Questions(t *testing.T) {
	runOpenQuestions(t, pages22Bot(t), "testdata/pages22-questions.tsv")
}
