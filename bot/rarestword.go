package bot

import (
	"slices"

	"github.com/stancebot/stancebot/corpus"
)

// A topic of two or more words that name no theme ("quantum computing")
// is asked of every country with its words ranked as
// alternatives: in a large corpus the common word alone matched 75
// countries ("computing"), the reply counted them all "on quantum
// computing", and the one country whose statement says "quantum" was lost
// among them (groups22). The topic's rarest word is what tells it apart:
// when it is much rarer than the others (rareRatio), only the statements
// holding it answer, each country's best; a statement holding the common
// word alone is no answer to such a topic (TestRarestWordOnly).

// topicUnits returns the question's own words grouped into the units a
// statement must hold (a phrase's words together), each word with the
// other stems that stand for it ("insurance" and "cyberinsurance"), or nil
// when a word is a theme's or an acronym's form.
func topicUnits(terms []corpus.QueryTerm) [][][]string {
	var units [][][]string
	phrase := map[int]int{}
	for _, t := range terms {
		if t.InTheme || t.Form {
			return nil
		}
		units = addUnitWord(units, phrase, t)
	}
	return units
}

// addUnitWord adds term t, with the other stems that stand for it, to
// units: to its phrase's unit when one is there (phrase maps a phrase
// number to its unit), else as a unit of its own. topicUnits and
// specificUnits group a question's words so.
func addUnitWord(units [][][]string, phrase map[int]int, t corpus.QueryTerm) [][][]string {
	word := append([]string{t.Stem}, t.Alt...)
	if t.Phrase > 0 {
		if i, ok := phrase[t.Phrase]; ok {
			units[i] = append(units[i], word)
			return units
		}
		phrase[t.Phrase] = len(units)
	}
	return append(units, [][]string{word})
}

// holdsUnit reports whether matched (a hit's breakdown) holds every stem
// of unit.
func holdsUnit(matched []string, unit []string) bool {
	for _, st := range unit {
		if !slices.Contains(matched, st) {
			return false
		}
	}
	return true
}

// rareRatio is how many times more statements must hold the topic's
// commonest word than its rarest for the rarest alone to tell the topic
// apart. Below it, both words are the topic's, said in other words by
// many statements ("undersea cables": 59 statements say "undersea", 224
// "cable", and a statement on "submarine cables" answers; "the oil sector":
// 24 and 123, and Iraq's statement answers); "quantum computing"
// was 1 against 111.
const rareRatio = 10

// In a large corpus (rareLarge statements or more), a word that one
// statement alone holds tells the topic apart when rareOneRatio times as
// many hold the other ("voice clones": 1 statement of 3742 says "clones",
// 4 say "voice", and three of those answered on their "voice" alone). In
// a small corpus every word is held by few statements: "undersea cables"
// (1 against 3) is said "submarine cables" too.
const (
	rareLarge    = 1000
	rareOneRatio = 4
)

// rarestWordOnly keeps, of a who-question's result res for q, each
// country's best statement that holds the topic's rarest unit, when the
// topic has two units or more and rareRatio times as many statements
// hold another; res otherwise.
func rarestWordOnly(c *corpus.Corpus, q corpus.Query, res corpus.Result) corpus.Result {
	if len(q.Themes) > 0 || len(q.Countries) > 0 || len(q.Mentioning) > 0 || res.Total == 0 {
		return res
	}
	units := topicUnits(q.Terms)
	if len(units) < 2 {
		return res
	}
	q.PerCountry, q.Breakdown, q.Limit, q.Offset = false, true, 0, 0
	full := c.Search(q)
	counts := make([]int, len(units))
	for _, h := range full.Hits {
		for i, u := range units {
			if holdsWords(h.Matched, u) {
				counts[i]++
			}
		}
	}
	rare, most := -1, 0
	for i, n := range counts {
		most = max(most, n)
		if n > 0 && (rare < 0 || n < counts[rare]) {
			rare = i
		}
	}
	if rare < 0 || counts[rare]*rareRatio > most && !(counts[rare] == 1 && most >= rareOneRatio && c.Len() >= rareLarge) {
		return res
	}
	return narrowPerHolder(c, res, full.Hits, func(h corpus.ScoredHit) bool { return holdsWords(h.Matched, units[rare]) })
}

// A topic whose words name a theme and add a word of their own ("untrusted
// vendors": "vendors" names supply chains; "the gas export
// infrastructure", "the diamond industry") is asked of the theme's
// statements, and every country the theme tags answered: the word of
// its own, which tells the topic apart, counted for nothing. When few of
// the theme's statements hold that word (at most one in
// rareThemeRatio), only those answer, each country's best
// (TestRareBesideTheme). A question naming the theme alone, or adding a
// word most of the theme's statements hold, or naming two themes or more
// ("signed the un cybercrime convention", whose own word is its verb),
// ranks as before.

// rareThemeRatio is how many of the theme's statements there must be for
// each one holding the topic's own rarest word.
const rareThemeRatio = 3

// ownUnits returns the question's words that are no theme's, grouped as
// topicUnits does, with hasTheme reporting a word inside a theme; nil
// when a word has other stems standing for it or is an acronym's form.
func ownUnits(terms []corpus.QueryTerm) (units [][]string, hasTheme bool) {
	phrase := map[int]int{}
	for _, t := range terms {
		if t.InTheme {
			hasTheme = true
			continue
		}
		if t.Form || len(t.Alt) > 0 {
			return nil, false
		}
		if corpus.IsGenericStem(t.Stem) {
			continue // "cyber skills": "cyber" tells no topic apart
		}
		if t.Phrase > 0 {
			if i, ok := phrase[t.Phrase]; ok {
				units[i] = append(units[i], t.Stem)
				continue
			}
			phrase[t.Phrase] = len(units)
		}
		units = append(units, []string{t.Stem})
	}
	return units, hasTheme
}

// rareBesideTheme keeps, of a who-question's result res for q (a theme
// its words name), each country's best statement holding the question's
// own rarest word, when at most one in rareThemeRatio of the statements
// found hold it; res otherwise.
func rareBesideTheme(c *corpus.Corpus, q corpus.Query, res corpus.Result) corpus.Result {
	if len(q.Themes) != 1 || len(q.Countries) > 0 || len(q.Mentioning) > 0 || res.Total == 0 {
		// A question naming several themes ("signed the un cybercrime
		// convention") asks of them all, its other words are its verbs.
		return res
	}
	units, hasTheme := ownUnits(q.Terms)
	if !hasTheme || len(units) == 0 {
		return res
	}
	q.PerCountry, q.Breakdown, q.Limit, q.Offset = false, true, 0, 0
	full := c.Search(q)
	rare, fewest := -1, 0
	for i, u := range units {
		n := 0
		for _, h := range full.Hits {
			if holdsUnit(h.Matched, u) {
				n++
			}
		}
		if n > 0 && (rare < 0 || n < fewest) {
			rare, fewest = i, n
		}
	}
	if rare < 0 || fewest*rareThemeRatio > len(full.Hits) {
		return res
	}
	return narrowPerHolder(c, res, full.Hits, func(h corpus.ScoredHit) bool { return holdsUnit(h.Matched, units[rare]) })
}

// narrowPerHolder returns each holder's best hit of hits (best first) that
// holds the rare word, as a who-answer: res itself when that narrows
// nothing.
func narrowPerHolder(c *corpus.Corpus, res corpus.Result, hits []corpus.ScoredHit, holds func(corpus.ScoredHit) bool) corpus.Result {
	var kept []corpus.ScoredHit
	var seen []string
	for _, h := range hits {
		if !holds(h) {
			continue
		}
		if holder := c.Holder(h.Stmt); !slices.Contains(seen, holder) {
			seen = append(seen, holder)
			kept = append(kept, h)
		}
	}
	if len(kept) >= res.Total {
		return res
	}
	return corpus.Result{Hits: kept, Total: len(kept)}
}
