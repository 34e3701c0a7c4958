package bot

import "testing"

// pages21Bot is a Bot over testdata/pages21, page shapes the other test
// corpora lacked (a regional organisation's press release quoting its
// chair and secretary-general, a ministry page on a visit, a wire roundup
// of reactions, an ambassador's op-ed, a national CERT's advisory, a
// French interview with unlabelled questions).
func pages21Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/pages21") }

// TestPages21Questions runs testdata/pages21-questions.tsv: each country of
// pages21 asked as people type, answered with its own words only, and
// countries only named or reported answered with nothing, with the "open:
// why" mark of TestAsked8Questions.
func TestPages21Questions(t *testing.T) {
	runOpenQuestions(t, pages21Bot(t), "testdata/pages21-questions.tsv")
}
