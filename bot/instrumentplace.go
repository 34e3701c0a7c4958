package bot

import (
	"slices"

	"github.com/stancebot/stancebot/corpus"
)

// An instrument named after a place ("the Budapest Convention", "the
// Malabo Convention", "the Tallinn Manual", "l'appel de Paris") is one
// text, where its theme (cybercrime, binding instruments) is a field: asked
// who speaks of it, every statement of the theme answered, and the reply
// counted 112 countries "on cybercrime" for the 4 that name Budapest
// (TestInstrumentPlace). The statements that name the place answer when
// there are some; when none does, the theme's statements answer as before.

// instrumentPlace returns the stem of the place a question's instrument
// is named after: a capital right before an English instrument head
// ("budapest convention") or after a Spanish or French one and its
// joiner ("convenio de budapest", "appel de christchurch" is no capital
// and is left to the theme). "" when the question names none.
func instrumentPlace(c *corpus.Corpus, p Parsed) string {
	if len(p.Words) != len(p.Terms) {
		return ""
	}
	for k, w := range p.Words {
		if !isCapital(c, w) {
			continue
		}
		if k+1 < len(p.Words) && instrumentHeads[p.Words[k+1]] || k > 0 && instrumentHeadsFirst[p.Words[k-1]] {
			return p.Terms[k].Stem
		}
	}
	return ""
}

// namingPlace keeps the hits of res whose statements hold the place's
// stem, when any does; res otherwise.
func namingPlace(c *corpus.Corpus, q corpus.Query, res corpus.Result, place string) corpus.Result {
	q.Breakdown = true
	full := c.Search(q)
	kept := full.Hits[:0:0]
	for _, h := range full.Hits {
		if slices.Contains(h.Matched, place) {
			kept = append(kept, h)
		}
	}
	if len(kept) == 0 {
		return res
	}
	return corpus.Result{Hits: kept, Total: len(kept)}
}
