package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// typedForms returns the ways people type a multi-word country name in a
// chat message that the gazetteer's data does not list, made from the name
// itself so that every country gets them alike:
//   - the words run together ("srilanka", "costarica", "newzealand",
//     "cotedivoire"), as a phone keyboard or a hurried hand leaves them;
//   - an elision typed without its apostrophe ("cote divoire") or with a
//     space for it ("cote d ivoire");
//   - a leading compass word cut to its initial ("S. Africa", "s africa",
//     "N Macedonia"), as "S. Korea" is written;
//   - "Saint" as "St"/"St." ("st kitts and nevis").
//
// The data keeps the forms that are real names (aliases, "Dom. Rep."); these
// are read in questions only (see addTypedForm), never in corpus text.
func typedForms(name string) []string {
	var out []string
	words := strings.Fields(name)
	if len(words) < 2 && !strings.ContainsAny(name, "'’-") {
		return nil
	}
	// Run together: the folded tokens joined, elided letters kept
	// ("Côte d'Ivoire" → "cotedivoire").
	var joined strings.Builder
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			joined.WriteRune(unicode.ToLower(r))
		}
	}
	if j := Fold(joined.String()); len(j) >= 6 {
		out = append(out, j)
	}
	// An elision without its apostrophe, glued or spaced.
	for _, ap := range []string{"'", "’"} {
		if strings.Contains(name, ap) {
			out = append(out, strings.ReplaceAll(name, ap, ""), strings.ReplaceAll(name, ap, " "))
		}
	}
	if len(words) >= 2 {
		switch words[0] {
		case "North", "South", "East", "West":
			out = append(out, words[0][:1]+" "+strings.Join(words[1:], " "))
		case "Saint":
			out = append(out, "St "+strings.Join(words[1:], " "))
		}
	}
	return out
}

// abbreviatedLocal returns a Spanish or French name with its word for
// "Republic" cut as people write it ("Rep. Dominicana", "Rép. dominicaine",
// "Rep. Checa"); a dot after it is read as the same word (see stripDots).
func abbreviatedLocal(name string) []string {
	for _, w := range []string{"República", "Republica", "République", "Republique"} {
		if strings.Contains(name, w) {
			return []string{strings.Replace(name, w, "Rep", 1)}
		}
	}
	return nil
}

// addTypedForm adds a typed form (see typedForms) of country idx: read in
// questions only, in no language of its own, and never over a form the
// data gives another country or over an ordinary word.
func (g *Gazetteer) addTypedForm(s string, idx int) {
	s = strings.ToLower(s) // "Côte dIvoire" is no case-sensitive abbreviation
	key := foldPhrase(s)
	if key == "" {
		return
	}
	if _, seen := g.seen[key]; seen {
		return
	}
	if !strings.Contains(key, " ") && (g.common[key] || g.commonESFR[key] || stopWords[key]) {
		return
	}
	g.seen[key] = idx
	g.addPhrase(s, idx, ByAlias, "")
	ps := g.phrases[strings.Fields(key)[0]]
	ps[len(ps)-1].questionOnly = true
}

// addTypedForms adds every country's typed forms and the abbreviated
// Spanish and French names, after the data's own forms so that a data
// form always keeps its country.
func (g *Gazetteer) addTypedForms() {
	for idx, c := range g.Countries {
		for _, local := range [][]string{c.ES, c.FR} {
			for _, s := range local {
				for _, ab := range abbreviatedLocal(s) {
					if _, seen := g.seen[foldPhrase(ab)]; !seen {
						lang, how := "es", BySpanish
						if slices.Contains(c.FR, s) {
							lang, how = "fr", ByFrench
						}
						g.seen[foldPhrase(ab)] = idx
						g.addPhrase(ab, idx, how, lang)
					}
				}
			}
		}
		names := append(append([]string{c.Short, c.Official}, c.Aliases...), append(c.ES, c.FR...)...)
		for _, s := range names {
			for _, v := range typedForms(s) {
				g.addTypedForm(v, idx)
			}
		}
	}
}

// englishSpelling reports whether typed is, letter for letter and accent
// for accent (case and apostrophe aside), the country's English short or
// official name: "Côte d'Ivoire" and "São Tomé and Príncipe" are English
// names whose accents say nothing of the question's language, while
// "Perú", though the data lists it among Peru's aliases, is Spanish.
func (g *Gazetteer) englishSpelling(country, typed string) bool {
	c, ok := g.Lookup(country)
	if !ok {
		return false
	}
	return sameSpelling(c.Short, typed) || sameSpelling(c.Official, typed)
}

// sameSpelling compares two names letter for letter, accents included,
// case and the apostrophe's shape aside, without allocating (it runs on
// every question that types a name with an accent).
func sameSpelling(a, b string) bool {
	norm := func(r rune) rune {
		if r == '’' {
			return '\''
		}
		return unicode.ToLower(r)
	}
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if norm(ra) != norm(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}
