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
//   - "Saint" as "St"/"St." ("st kitts and nevis");
//   - "Islands" cut to "Is", "Isl" or "Isls" ("Marshall Is.").
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
	if n := len(words); n >= 2 && words[n-1] == "Islands" {
		// "Marshall Is.", "Solomon Isl.", as lists and maps cut it.
		stem := strings.Join(words[:n-1], " ")
		out = append(out, stem+" Is", stem+" Isl", stem+" Isls")
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
// "Rep. Checa"), and "New", "Equatorial" and "Países" as notes and chat cut
// them ("Nlle-Zélande", "Nva Zelanda", "Guinea Ec.", "Guinée éq.", "P.
// Bajos"); a dot after it is read as the same word (see stripDots).
func abbreviatedLocal(name string) []string {
	var out []string
	for _, w := range []string{"República", "Republica", "République", "Republique"} {
		if strings.Contains(name, w) {
			out = append(out, strings.Replace(name, w, "Rep", 1))
			break
		}
	}
	for _, ab := range localAbbreviations {
		if strings.Contains(name, ab[0]) {
			for _, short := range ab[1:] {
				out = append(out, strings.Replace(name, ab[0], short, 1))
			}
		}
	}
	return out
}

// localAbbreviations are the Spanish and French words of a name and how
// they are cut in writing (TestAbbreviatedLocalNames).
var localAbbreviations = [][]string{{"Nueva", "Nva"}, {"Nouvelle", "Nlle", "Nvelle"}, {"Ecuatorial", "Ec", "Ecuat"},
	{"équatoriale", "éq", "Éq", "équat"}, {"Países Bajos", "P Bajos"}}

// addTypedForm adds a typed form (see typedForms) of country idx: read in
// questions only, in no language of its own, and never over a form the
// data gives another country or over an ordinary word.
func (g *Gazetteer) addTypedForm(s string, idx int) {
	s = strings.ToLower(s) // "Côte dIvoire" is no case-sensitive abbreviation
	key, ok := g.typedKey(s)
	if !ok {
		return
	}
	g.seen[key] = idx
	g.addPhrase(s, idx, ByAlias, "")
	ps := g.phrases[strings.Fields(key)[0]]
	ps[len(ps)-1].questionOnly = true
}

// typedKey returns the folded key of the typed form s, and whether it may
// be added: not empty, no form seen already, and no ordinary word when it
// is one word.
func (g *Gazetteer) typedKey(s string) (string, bool) {
	key := foldPhrase(s)
	if key == "" {
		return "", false
	}
	if _, seen := g.seen[key]; seen {
		return "", false
	}
	if !strings.Contains(key, " ") && (g.common[key] || g.commonESFR[key] || stopWords[key]) {
		return "", false
	}
	return key, true
}

// addTypedCapital adds a capital written with an apostrophe as chat types
// it, without one ("ndjamena", "nukualofa"): a capital still, read in
// questions only (a place in "the weather in ndjamena", a government before
// its topic), never over a form the data gives or an ordinary word.
func (g *Gazetteer) addTypedCapital(capital string, idx int) {
	if !strings.ContainsAny(capital, "'’") {
		return
	}
	s := strings.ToLower(strings.NewReplacer("'", "", "’", "").Replace(capital))
	key, ok := g.typedKey(s)
	if !ok {
		return
	}
	g.seen[key] = idx
	g.addPhrase(s, idx, ByCapital, "")
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
		g.addISOCode(c.ISO, idx)
		g.addISO3Code(c.ISO, idx)
		names := append(append([]string{c.Short, c.Official}, c.Aliases...), append(c.ES, c.FR...)...)
		for _, s := range names {
			for _, v := range typedForms(s) {
				g.addTypedForm(v, idx)
			}
		}
		for _, s := range append([]string{c.Short}, c.Aliases...) {
			for _, v := range firstParts(s) {
				g.addTypedForm(v, idx)
			}
		}
		for _, s := range append([]string{c.Short, c.Official}, c.Aliases...) {
			for _, v := range abbreviatedWords(s) {
				g.addTypedForm(v, idx)
			}
		}
		if t := tailForm(c.Short, g.isShortName); t != "" {
			g.addTypedForm(t, idx)
		}
		for _, capital := range c.Capitals {
			g.addTypedCapital(capital, idx)
		}
	}
	g.addInitials()
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

// addISOCode adds a country's ISO 3166 alpha-2 code as chat writes it for
// the country ("NL on due diligence", "compare GH and KZ", "what does ZA
// say"): only in capitals, only where a country acts (see isoActor), and
// only a code that is no English, Spanish or French word, acronym, or
// name already given ("IT", "DE", "AI", "UA" stay what they are). The
// first word of a longer name is no name given: "EE" is Estonia's though
// "EE. UU." opens with it (the longer name is matched first).
func (g *Gazetteer) addISOCode(iso string, idx int) {
	if (len(iso) != 2 && len(iso) != 3) || strings.IndexFunc(iso, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return
	}
	key := strings.ToLower(iso)
	if _, seen := g.seen[key]; seen || g.oneWordPhrase(key) || stopWords[key] || romanceFunction[key] || actorNouns[key] ||
		g.common[key] || g.commonESFR[key] || isEnglishWord(key) || IsAcronymForm(key) {
		return
	}
	// Not in g.seen: a region's name or form takes the code's place
	// (dropISOCode).
	g.phrases[key] = append(g.phrases[key], phrase{words: []string{key}, exact: []string{key}, country: idx,
		how: ByAbbreviation, caseSens: true, questionOnly: true, isoCode: true})
}

// oneWordPhrase reports whether key is a one-word name or form already.
func (g *Gazetteer) oneWordPhrase(key string) bool {
	for _, p := range g.phrases[key] {
		if len(p.words) == 1 {
			return true
		}
	}
	return false
}

// isoActor reports whether the code at toks[i], typed in capitals, stands
// where a country acts: before "on", "vs", a verb of saying or a
// government noun, with a possessive, after "vs" or "compare", or joined
// by "and" to another name ("NL and GH", "compare NL and GH"; "HR and
// privacy" is no list of countries).
func (g *Gazetteer) isoActor(toks []Token, keys []string, i int, code string) bool {
	if toks[i].Orig != strings.ToUpper(code) && (toks[i].Orig != code || !g.typedInitials[code]) &&
		(toks[i].Orig != code || !g.lowerCodePair(toks, keys, i)) {
		// Chat types the initials of a short name in lower case too
		// ("svg on elections", "nauru, svg and mauritius"); never an ISO
		// code, nor initials of an official name only ("res", "reg",
		// "iss" are words of the field): TestLowerInitials. A lower-case
		// code is one only as a side compared with another code.
		return false
	}
	if i > 0 && keys[i-1] == "the" {
		return false // "the PA", "the AU", "the SC": another body's abbreviation, never a code
	}
	named := func(j int) bool { return j >= 0 && j < len(keys) && len(g.phrases[keys[j]]) > 0 }
	if toks[i].Poss {
		return true
	}
	if i > 0 && !toks[i].SentStart {
		switch prev := keys[i-1]; {
		case isoBefore[prev]:
			return true
		case isoJoin[prev] && named(i-2):
			return true
		}
	}
	if i > 0 && !toks[i].SentStart && isoJoinGap(toks[i].Gap) && named(i-1) {
		return true // "LY + YE", "LY/YE", "LY & YE"
	}
	if i+1 >= len(keys) || toks[i+1].SentStart {
		// A follow-up ending on the code: "what about SVG", "same for
		// svg", "and LT?"; a short name's initials alone ("svg?"), which
		// are no word.
		return i > 0 && !toks[i].SentStart && isoLast[keys[i-1]] || len(keys) == 1 && g.typedInitials[code]
	}
	if isoJoinGap(toks[i+1].Gap) && named(i+1) {
		return true
	}
	next := keys[i+1]
	if isoJoin[next] {
		return named(i + 2)
	}
	if i == 0 && toks[i+1].Gap == "" && !isoLeadOther[keys[i]] && !stopWords[next] && (letters(next) || generationTerm(next)) {
		// Chat's terse "KE cables", "DK spyware", "PL election
		// interference": a code opening the message before its topic, as
		// "kenya cables" is read. Codes that open a message as another
		// abbreviation of the field stay what they are (isoLeadOther).
		return true
	}
	return leadWords[next] || sayVerbs[next] || actorNouns[next]
}

// generationTerm reports whether w is a technology's generation or factor
// count as chat types it before a topic ("5g", "4g", "2fa"): a topic word,
// where a bare number ("KE 2021") is none.
func generationTerm(w string) bool {
	return len(w) >= 2 && len(w) <= 3 && '1' <= w[0] && w[0] <= '9' && letters(w[1:])
}

// lowerCodePair reports whether the lower-case code at toks[i] is one of
// two codes compared: "compare cz and ro", "cz vs ro" (both sides codes,
// after "compare" or around "vs"). Alone or beside a word it stays
// lower-case letters.
func (g *Gazetteer) lowerCodePair(toks []Token, keys []string, i int) bool {
	code := func(j int) bool {
		if j < 0 || j >= len(keys) || toks[j].Orig != keys[j] {
			return false
		}
		for _, p := range g.phrases[keys[j]] {
			if p.isoCode {
				return true
			}
		}
		return false
	}
	switch {
	case i > 0 && keys[i-1] == "compare" && i+2 < len(keys) && isoJoin[keys[i+1]] && code(i+2):
		return true // "compare cz and ro"
	case i >= 3 && isoJoin[keys[i-1]] && keys[i-3] == "compare" && code(i-2):
		return true
	case i+2 < len(keys) && versusKeys[keys[i+1]] && code(i+2), i >= 2 && versusKeys[keys[i-1]] && code(i-2):
		return true // "cz vs ro"
	}
	return false
}

// versusKeys set two compared names apart.
var versusKeys = toSet(`vs versus v`)

// isoLeadOther are the ISO codes that open a chat message as another
// abbreviation of cyber diplomacy or of chat more often than as a country:
// "GA resolution" (the General Assembly), "SC briefing" (the Security
// Council), "HR defenders", "CA certificates", "ML models", "SM platforms",
// "DM me", "PS also", "TL;DR", "CV", "TV", "PM", "VC", "CI", "PK"
// (a key), "PW", "NA", "AG", "TM", "MT", "PA", "BS", "IQ", "WS", "PG",
// "SS", "MS". Before "on", "vs" or a verb of saying they still name the
// country (isoActor's other rules).
var isoLeadOther = toSet(`ga sc hr ca ml sm dm ps tl cv tv pm vc ci pk pw na ag tm mt pa bs iq ws pg ss ms cd`)

// isoBefore are the words after which a capitalised code is a country
// compared: "NL vs GH", "compare NL and ZA". isoJoin join it to another
// name: "NL and GH", "KZ y CR".
var (
	isoBefore = toSet(`vs versus compare compara comparez comparer`)
	isoJoin   = toSet(`and or y e o et ou`)
	// isoLast are the words after which a code that ends the message
	// is the country a follow-up asks for.
	isoLast = toSet(`about and for abt`)
)

// isoJoinGap reports whether the marks between two words join them as a
// list of names: "LY + YE", "LY/YE", "LY & YE", "LY, YE".
func isoJoinGap(gap string) bool {
	switch gap {
	case "+", "/", "&", ",":
		return true
	}
	return false
}

// dropISOCode removes the ISO code phrase of key, which a region names.
func (g *Gazetteer) dropISOCode(key string) {
	ps := g.phrases[key]
	for i, p := range ps {
		if p.isoCode {
			g.phrases[key] = append(ps[:i:i], ps[i+1:]...)
			return
		}
	}
}
