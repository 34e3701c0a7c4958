package bot

import "testing"

// pages20Bot is a Bot over testdata/pages20, page shapes the other test
// corpora lacked (a newsletter of datelined briefs, a parliamentary
// question and answer, a joint statement with a national addition, a
// speech quoting treaty articles, a First Committee summary with rights of
// reply, an NGO report quoting governments, alternating English and French
// paragraphs, a ministry page with related releases, a Markdown tracker, a
// panel transcript labelled by surname, Spanish briefs, a Swiss
// interpellation in French).
func pages20Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/pages20") }

// TestPages20Questions runs testdata/pages20-questions.tsv: each country of
// pages20 asked as people type, answered with its own words only, and
// countries only named or reported answered with nothing, with the "open:
// why" mark of TestAsked8Questions.
func TestPages20Questions(t *testing.T) {
	runOpenQuestions(t, pages20Bot(t), "testdata/pages20-questions.tsv")
}
