package corpus

import (
	"slices"
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
		first, second := name[:i], name[i+len(sep):]
		out = append(out, first, first+" & "+second, first+" and "+second)
		// The second part alone too, an island of the country named as
		// the country ("Tobago", "Nevis", "Barbuda", "the Grenadines").
		out = append(out, strings.TrimPrefix(second, "the "))
		if rest, ok := strings.CutPrefix(first, "Saint "); ok {
			out = append(out, "St "+rest, "St. "+rest)
		}
	}
	return out
}

// tailForm returns the last two words of a name of three or more that
// ends in another country's name ("Papua New Guinea" → "New Guinea"):
// typed alone, they were read as that other country ("what does new
// guinea say" asked Guinea). other reports whether a word is a country's
// name.
func tailForm(name string, other func(string) bool) string {
	words := strings.Fields(name)
	n := len(words)
	if n < 3 || strings.Contains(name, " and ") || strings.Contains(name, " of ") || !other(words[n-1]) {
		return ""
	}
	return strings.Join(words[n-2:], " ")
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

// nameAbbreviations are the words of country names that lists, maps and
// notes cut ("Eq. Guinea", "Dem. Rep. of the Congo", "Fed. States of
// Micronesia", "Rep. of Korea"): each typed form cuts one of them, or all.
var nameAbbreviations = map[string][]string{
	"Equatorial": {"Eq", "Equat"},
	"Democratic": {"Dem"},
	"Federated":  {"Fed"},
	"Republic":   {"Rep"},
}

// abbreviatedWords returns name with its cut words (nameAbbreviations) as
// people type them: one word cut at a time, then every one ("Eq Guinea",
// "Dem Rep of the Congo"). "Eq guinea" was read as Guinea, the wrong
// country, before.
func abbreviatedWords(name string) []string {
	words := strings.Fields(name)
	var out []string
	all := slices.Clone(words)
	cut := 0
	for i, w := range words {
		for _, ab := range nameAbbreviations[w] {
			v := slices.Clone(words)
			v[i] = ab
			out = append(out, strings.Join(v, " "))
		}
		if abs := nameAbbreviations[w]; len(abs) > 0 {
			all[i] = abs[0]
			cut++
		}
	}
	if cut > 1 {
		out = append(out, strings.Join(all, " "))
	}
	if n := len(words); n == 2 && words[1] == "Islands" {
		out = append(out, words[0]+"s") // "the Marshalls", as "the Solomons"
	}
	return out
}

// initialsOf returns the initials of a name's words, "of", "the", "and"
// and "&" left out ("Republic of the Marshall Islands" → "RMI", "Saint
// Vincent and the Grenadines" → "SVG", "Kingdom of Saudi Arabia" →
// "KSA"), or "" when they are fewer than three or a word does not open
// with a Latin capital.
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch w {
		case "of", "the", "and", "&":
			continue
		}
		if r := w[0]; r < 'A' || r > 'Z' {
			return ""
		}
		b.WriteByte(w[0])
	}
	if b.Len() < 3 {
		return ""
	}
	return b.String()
}

// addInitials adds the initials of every country's English names
// (initialsOf) as the country, under the rules of an ISO code (addISOCode:
// in capitals, where a country acts, never a word or acronym): "RMI on
// AI", "fsm vs RMI", "SVG on ransomware". Initials two countries' names
// share are left out: they name neither for sure.
func (g *Gazetteer) addInitials() {
	owner := map[string]int{}
	typed := map[string]bool{}
	for idx, c := range g.Countries {
		for k, s := range append([]string{c.Official, c.Short}, c.Aliases...) {
			code := initialsOf(s)
			if code == "" {
				continue
			}
			if k == 1 {
				typed[code] = true // the short name's: "SVG", not "RES" of "Republic of El Salvador"
			}
			if prev, ok := owner[code]; ok && prev != idx {
				owner[code] = -1
				continue
			}
			owner[code] = idx
		}
	}
	codes := make([]string, 0, len(owner))
	for code := range owner {
		codes = append(codes, code)
	}
	slices.Sort(codes)        // a stable order for the phrase table
	chat := map[string]bool{} // "stp", "svp": French and Spanish chat's words, never initials
	for _, w := range strings.Fields(stripComments(stopES + " " + stopFR)) {
		chat[Fold(w)] = true
	}
	for _, code := range codes {
		if idx := owner[code]; idx >= 0 {
			g.addISOCode(code, idx)
			if typed[code] && !chat[strings.ToLower(code)] && len(g.phrases[strings.ToLower(code)]) > 0 {
				if g.typedInitials == nil {
					g.typedInitials = map[string]bool{}
				}
				g.typedInitials[strings.ToLower(code)] = true
			}
		}
	}
}

// inNameList reports whether the word at toks[i] stands inside a list of
// countries, between a comma or "and" on each side, a name next to it:
// "sudan, south sudan, car and eq guinea", "drc, car and chad". There a
// lower-case abbreviation ("car", "drc") is the country, as after "vs".
func (g *Gazetteer) inNameList(toks []Token, keys []string, i int) bool {
	if i == 0 || i+1 >= len(keys) {
		return false
	}
	before := toks[i].Gap == "," || keys[i-1] == "and"
	after := toks[i+1].Gap == "," || keys[i+1] == "and"
	if !before || !after {
		return false
	}
	named := func(j int) bool { return j >= 0 && j < len(keys) && len(g.phrases[keys[j]]) > 0 }
	if toks[i].Gap == "," {
		return named(i-1) || named(i+1) || named(i+2)
	}
	return named(i-2) || named(i+1) || named(i+2)
}

// isShortName reports whether w is a country's short name ("Guinea").
func (g *Gazetteer) isShortName(w string) bool {
	for _, c := range g.Countries {
		if c.Short == w {
			return true
		}
	}
	return false
}
