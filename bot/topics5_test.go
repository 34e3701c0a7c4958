package bot

import (
	"strings"
	"testing"
)

// topics5Bot is a Bot over testdata/topics5: statements on 15 countries
// in no seed and no other testdata corpus, about topics the theme lexicon
// did not foresee (submarine cables, network disruptions, commercial
// intrusion software, ransomware operators, hack-back, artificial
// intelligence, state-sponsored proxies ...), phrased unlike the way
// users type them.
func topics5Bot(t testing.TB) *Bot { return dirBot(t, "../testdata/topics5") }

// TestTopics5Questions runs testdata/topics5-questions.tsv: topics typed as
// users type them (synonyms, abbreviations, inflections, British and
// American spellings, compounds, typos), topics the corpus does not hold
// (nothing may be answered) and topics shared by several statements,
// where the statement about the topic must come first. The first-answer
// column may list alternatives separated by '|'. A line whose 7th column
// reads "open: why" is a known miss, left for later with its reason: it is
// logged, and the test fails when it passes (the mark must then go), so
// the list of open misses stays true.
func TestTopics5Questions(t *testing.T) {
	b := topics5Bot(t)
	open, failed := 0, 0
	for _, f := range readTSV(t, "testdata/topics5-questions.tsv", 7) {
		if f == nil {
			continue
		}
		r := b.Ask(f[0], 0)
		var err error
		for _, sub := range strings.Split(f[4], "|") {
			if err = judgeAsked(r, f[1], f[2], f[3], sub, f[5]); err == nil {
				break
			}
		}
		known := strings.HasPrefix(f[6], "open:")
		switch {
		case known && err == nil:
			t.Errorf("%q passes now: remove its %q mark", f[0], f[6])
		case known:
			open++
			t.Logf("open %q (%s): %v", f[0], f[6], err)
		case err != nil:
			failed++
			t.Errorf("%q: %v", f[0], err)
		}
	}
	t.Logf("%d questions open (a 7th column \"open: why\"), %d failed", open, failed)
}
