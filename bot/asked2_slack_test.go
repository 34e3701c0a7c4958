package bot

import "testing"

// TestAsked2Slack runs testdata/asked2-slack.tsv on testdata/asked2:
// English questions typed as analysts and diplomats type them in Slack
// ("where does X stand on Y", "X's line on Y", "X + Y on Z", mentions,
// links, backticks, long pasted messages, one-word questions). Columns
// as asked-questions.tsv.
func TestAsked2Slack(t *testing.T) {
	b := asked2Bot(t)
	for _, f := range readTSV(t, "testdata/asked2-slack.tsv", 6) {
		if f == nil {
			continue
		}
		r := b.Ask(f[0], 0)
		if err := judgeAsked(r, f[1], f[2], f[3], f[4], f[5]); err != nil {
			t.Errorf("%q: %v", f[0], err)
		}
	}
}
