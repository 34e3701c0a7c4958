package bot

import (
	"slices"

	"github.com/stancebot/stancebot/corpus"
)

// A who-question whose words reach a theme through a narrower word of
// it ("who talks about desalination plants", a question synonym of
// critical infrastructure; "how many countries mention sim swap fraud",
// where "fraud" names cybercrime) was answered by every country speaking
// on the theme: 158 countries "on critical infrastructure", where six
// speak of desalination plants. When the question's own words that are
// none of the theme's own phrases are held by far fewer statements than
// the theme (rareRatio), the statements holding the rarest of them
// answer, each country's best (TestTypedInTheme). A question typing one
// of the theme's own words ("critical infrastructure", "training cyber
// staff", "untrusted vendors") asks the theme: its statements answer, as
// before.

// specificUnits returns the question's words that are no word of an asked
// theme's own phrases (nor a generic word such as "cyber"), grouped into
// the units a statement must hold (a phrase's words together), each word
// with the other stems that stand for it.
func specificUnits(lex *corpus.Lexicon, themes []int, terms []corpus.QueryTerm) [][][]string {
	var units [][][]string
	phrase := map[int]int{}
	for _, t := range terms {
		own := corpus.IsGenericStem(t.Stem) || t.Form
		for _, th := range themes {
			if slices.Contains(lex.ThemeStems(th), t.Stem) {
				own = true
			}
		}
		if !own {
			units = addUnitWord(units, phrase, t)
		}
	}
	return units
}

// holdsWords reports whether matched (a hit's breakdown) holds every word
// of unit, each by one of its stems.
func holdsWords(matched []string, unit [][]string) bool {
	for _, word := range unit {
		if !slices.ContainsFunc(word, func(s string) bool { return slices.Contains(matched, s) }) {
			return false
		}
	}
	return true
}

// typedInTheme keeps, of a who-question's result res for q (which asks
// a theme), each country's best statement holding the question's rarest
// specific unit (see specificUnits), when rareRatio times as many
// statements answer the theme; res otherwise.
func typedInTheme(c *corpus.Corpus, q corpus.Query, res corpus.Result) corpus.Result {
	if len(q.Themes) == 0 || len(q.Mentioning) > 0 || res.Total == 0 {
		return res
	}
	for _, t := range q.Terms {
		for _, th := range q.Themes {
			if slices.Contains(c.Lexicon.ThemeStems(th), t.Stem) {
				// The theme typed by its own words ("training cyber
				// staff", "capacity building for women"): the theme's
				// statements answer, the other words rank them.
				return res
			}
		}
	}
	units := specificUnits(c.Lexicon, q.Themes, q.Terms)
	if len(units) == 0 {
		return res
	}
	all := q
	all.PerCountry, all.Limit, all.Offset, all.Breakdown = false, 0, 0, false
	themeTotal := c.Search(all).Total
	var best []corpus.ScoredHit
	for _, u := range units {
		var terms []corpus.QueryTerm
		for _, t := range q.Terms {
			for _, word := range u {
				if t.Stem == word[0] {
					t.InTheme = false
					terms = append(terms, t)
				}
			}
		}
		found := c.Search(corpus.Query{Countries: q.Countries, Terms: terms, Breakdown: true})
		var kept []corpus.ScoredHit
		for _, h := range found.Hits {
			if holdsWords(h.Matched, u) {
				kept = append(kept, h)
			}
		}
		if len(kept) > 0 && (best == nil || len(kept) < len(best)) {
			best = kept
		}
	}
	if best == nil || len(best)*rareRatio > themeTotal {
		return res
	}
	var out []corpus.ScoredHit
	var seen []string
	for _, h := range best {
		if holder := c.Holder(h.Stmt); !slices.Contains(seen, holder) {
			seen = append(seen, holder)
			out = append(out, h)
		}
	}
	return corpus.Result{Hits: out, Total: len(out)}
}
