package corpus

import (
	"strings"

	"github.com/stancebot/stancebot/corpus/lang"
)

// capitalRun reports how many of items, from the first, spell a capital of
// two words or more ("buenos aires", "santo domingo", "port louis"), typed
// in lower case in a Spanish or French question; 0 when none does. Such a
// run is kept word for word in the English reading, which then reads it as
// the government that speaks: a glossary phrase must not take its first
// word ("buenos" is the greeting "hello" in "buenos días"), which left
// "aires" and lost the country (TestCapitalRunKept). One map look-up by
// the first word; no scan.
func (g *Gazetteer) capitalRun(items []item) int {
	if g == nil || len(items) < 2 {
		return 0
	}
	first := typedFold(items[0].orig)
	for _, p := range g.phrases[first] {
		if p.how != ByCapital || len(p.words) < 2 || len(p.words) > len(items) {
			continue
		}
		ok := true
		for k, w := range p.words {
			if k > 0 && (items[k].brk || items[k].country) || typedFold(items[k].orig) != w {
				ok = false
				break
			}
		}
		if ok {
			return len(p.words)
		}
	}
	return 0
}

// typedFold is a word as typed, lower-cased and folded as gazetteer
// phrases are.
func typedFold(orig string) string { return lang.Fold(strings.ToLower(orig)) }
