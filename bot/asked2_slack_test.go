package bot

import "testing"

// TestAsked2Slack runs testdata/asked2-slack.tsv on testdata/asked2:
// English questions typed as analysts and diplomats type them in Slack
// ("where does X stand on Y", "X's line on Y", "X + Y on Z", mentions,
// links, backticks, long pasted messages, one-word questions). Columns
// as asked-questions.tsv.
func TestAsked2Slack(t *testing.T) {
	runAskedQuestions(t, asked2Bot(t), "testdata/asked2-slack.tsv")
}
