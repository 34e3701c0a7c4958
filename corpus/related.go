package corpus

import (
	"slices"
	"strings"
)

// derivedEndings are the endings the stemmer leaves on a word derived from
// another ("electoral" stems to elector, "election" to elect; "terrorist"
// to terrorist, "terror" to terror; "diplomatic" to diplomat): a stem and
// the same stem with one of these endings are one family.
var derivedEndings = []string{"or", "al", "ist", "ic", "iv", "at"}

// minFamilyRoot is the shortest root a family is read from: below it the
// "relatives" are other words ("norm"/"normal", "form"/"formal",
// "port"/"portal").
const minFamilyRoot = 5

// RelatedStems returns the stems of the corpus in stem's family (see
// derivedEndings), stem itself left out: "elect" gives "elector" when a
// statement says "electoral", "elector" gives "elect". Each is a stem some
// statement holds.
func (c *Corpus) RelatedStems(stem string) []string {
	var out []string
	add := func(s string) {
		if s != stem && !slices.Contains(out, s) && c.DocFreq(s) > 0 {
			out = append(out, s)
		}
	}
	root := stem
	for _, e := range derivedEndings {
		if r, ok := strings.CutSuffix(stem, e); ok && len(r) >= minFamilyRoot {
			root = r
			add(r)
			break
		}
	}
	if len(root) < minFamilyRoot {
		return out
	}
	var buf [64]byte
	for _, e := range derivedEndings {
		if len(root)+len(e) > len(buf) {
			break
		}
		add(string(append(append(buf[:0], root...), e...)))
	}
	return out
}

// withRelated returns terms with each own word's family (RelatedStems)
// among its alternatives; theme words and phrases stay as they are.
func (c *Corpus) withRelated(terms []QueryTerm) []QueryTerm {
	out := slices.Clone(terms)
	for i, t := range out {
		if t.InTheme || t.Phrase > 0 || t.Form {
			continue
		}
		rel := c.RelatedStems(t.Stem)
		for _, a := range t.Alt {
			rel = append(rel, c.RelatedStems(a)...)
		}
		if len(rel) > 0 {
			out[i].Alt = append(slices.Clip(t.Alt), rel...)
		}
	}
	return out
}
