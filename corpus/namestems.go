package corpus

import (
	"strings"
	"sync"
)

// nameStemSet is the set NameStem reads, made once per gazetteer.
type nameStemSet struct {
	once sync.Once
	set  map[string]bool
}

// NameStem reports whether stem s names a country: Resolve(s) finds one
// and its short name stems to s ("chile", which "chilee" stems to; "iran"
// for "irann"). The question scan asks it of every word the corpus knows
// whose stem is not the word itself, to keep a misspelt name that stems
// to a real one from reading as a known word. Resolve scans the words as
// a question (typo rule included), ~0.5 µs a call, and a question asked
// it of each of its topic words twice; the stems that can answer yes
// are the countries' own, so they are found once, per gazetteer
// (TestNameStemMatchesResolve).
func (g *Gazetteer) NameStem(s string) bool {
	g.nameStems.once.Do(func() {
		set := map[string]bool{}
		for _, c := range g.Countries {
			st := Stem(strings.ToLower(c.Short))
			if short, ok := g.Resolve(st); ok && Stem(strings.ToLower(short)) == st {
				set[st] = true
			}
		}
		g.nameStems.set = set
	})
	return g.nameStems.set[s]
}
