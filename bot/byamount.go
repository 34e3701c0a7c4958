package bot

import (
	"slices"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// "top 5 countries on hospitals", "which countries say the most about
// sextortion" ask who says the most, not whose one statement matches
// best: ranked by their best statement, a one-line mention ("thanked the
// Lao side for the warm hospitality") came before the four countries of a
// joint statement on hospitals (groups23). Such a question ranks the
// countries by how many of their statements answer it, their best
// statement's score breaking ties.

// asksMost reports whether a question's words ask who says the most:
// "the most", "the most about", Spanish "el que más"/"los que más",
// French "le plus".
func asksMost(text string) bool {
	if !mayFoldAny(text, mostWords) {
		return false // most questions: a byte search, no tokenization
	}
	toks := corpus.Tokenize(text)
	for i := 1; i < len(toks); i++ {
		w, prev := toks[i].Lower, toks[i-1].Lower
		switch {
		case w == "most" && prev == "the":
			return true
		case (w == "más" || w == "mas") && prev == "que":
			return true
		case w == "plus" && prev == "le" && (i+1 == len(toks) || !strings.HasPrefix(toks[i+1].Lower, "réc") && !strings.HasPrefix(toks[i+1].Lower, "rec")):
			return true
		}
	}
	return false
}

// mostWords are the words one of which asksMost needs, searched as
// mayFoldAny does (ASCII case ignored; "más" as typed in lower case).
var mostWords = []string{"most", "mas", "más", "plus"}

// byAmount orders res, each country's best statement for q, by how many
// of the country's statements answer q, most first; countries with as
// many keep their order.
func byAmount(c *corpus.Corpus, q corpus.Query, res corpus.Result) corpus.Result {
	if len(res.Hits) < 2 {
		return res
	}
	q.PerCountry, q.Limit, q.Offset, q.Breakdown = false, 0, 0, false
	n := map[string]int{}
	for _, h := range c.Search(q).Hits {
		n[c.Holder(h.Stmt)]++
	}
	hits := slices.Clone(res.Hits)
	slices.SortStableFunc(hits, func(x, y corpus.ScoredHit) int { return n[c.Holder(y.Stmt)] - n[c.Holder(x.Stmt)] })
	res.Hits = hits
	return res
}
