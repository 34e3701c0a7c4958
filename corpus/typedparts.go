package corpus

import (
	"strings"

	"golang.org/x/text/language"
)

// firstParts returns the first part of a country name joined by "and"
// or "&" ("Trinidad and Tobago" → "Trinidad", "Saint Kitts and Nevis" →
// "Saint Kitts" and "St Kitts", "São Tomé and Príncipe" → "São Tomé"), as
// people name such a country in speech and chat ("same for trinidad",
// "st kitts on ransomware"), and the name with "&" for "and" ("st kitts &
// nevis"). Read in questions only (addTypedForm), never over a form the
// data gives another country or over an ordinary word: the first part of
// a name is never itself another country's name ("Bosnia" stays Bosnia
// and Herzegovina's alias, "Saint Vincent" its own). A name whose first
// part names a place inside another country, or a name made of one word,
// has no first part.
func firstParts(name string) []string {
	var out []string
	for _, sep := range []string{" and ", " & "} {
		i := strings.Index(name, sep)
		if i <= 0 {
			continue
		}
		first := name[:i]
		out = append(out, first, first+" & "+name[i+len(sep):], first+" and "+name[i+len(sep):])
		if rest, ok := strings.CutPrefix(first, "Saint "); ok {
			out = append(out, "St "+rest, "St. "+rest)
		}
	}
	return out
}

// addISO3Code adds a country's ISO 3166-1 alpha-3 code ("LBY", "TTO",
// "KNA"), which spreadsheets, delegation lists and analysts' notes use
// beside the alpha-2 one, under the rules addISOCode gives alpha-2 codes:
// only in capitals, only where a country acts (isoActor), and never a code
// that is an English, Spanish or French word, an acronym of the field or
// another name ("CAN", "ARE", "AND", "PER", "BRA" stay what they are).
// The alpha-3 code comes from CLDR through x/text (language.Region.ISO3),
// the source the gazetteer's alpha-2 column was generated from.
func (g *Gazetteer) addISO3Code(iso string, idx int) {
	if len(iso) != 2 {
		return
	}
	r, err := language.ParseRegion(iso)
	if err != nil || !r.IsCountry() {
		return
	}
	code := r.ISO3()
	if len(code) != 3 || code == "ZZZ" {
		return
	}
	g.addISOCode(code, idx)
}
