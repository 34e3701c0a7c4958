package corpus

import (
	"strings"
	"unicode"
)

// An agency a page spells out with its country and its initials ("the
// Department of Information and Communications Technology of the
// Philippines (DICT)", "the Cyber Security Agency of Singapore (CSA)",
// "l'Agence nationale … du Bénin (ANSSI)") is that country's wherever the
// page names it by its initials alone after: "The DICT secretary said …"
// after a paragraph on Timor-Leste's team went on with Timor-Leste by
// block order, another country's words made out of the Philippines'
// (testdata/pages18's 9g2, 9g8). Initials another country's agency also
// goes by (France's ANSSI) are the page's country's on that page.

// initialsMaxGap is how many tokens may stand between the country named in
// the spelled-out name and the bracketed initials ("Singapore's Cyber
// Security Agency (CSA)": three).
const initialsMaxGap = 6

// initialsNameWords are the lower-case words a spelled-out name may hold
// between its country and its initials.
var initialsNameWords = toSet(`of for and on the de du des la le l d y et del s`)

// initialsDef is initials a paragraph spells out with their country.
type initialsDef struct{ initials, country string }

// mergeInitials adds defs to into in order, and returns it (allocated on
// the first definition). Initials two countries' agencies go by are
// neither's ("").
func mergeInitials(into map[string]string, defs []initialsDef) map[string]string {
	for _, d := range defs {
		if into == nil {
			into = map[string]string{}
		}
		if old, seen := into[d.initials]; seen && old != d.country {
			into[d.initials] = ""
			continue
		}
		into[d.initials] = d.country
	}
	return into
}

// paraInitials is the initials p defines for a country, in order (nil for
// none). Paragraphs holding no bracketed initials that name no country
// ("(DICT)", not "(UAE)") cost one byte scan: gating on "(" before a
// capital alone tokenised most paragraphs of a generated corpus at every
// occurrence, and doubled the load's allocations and collections at 100k
// -dup 8 (TestBracketedInitials).
func (g *Gazetteer) paraInitials(p []byte) []initialsDef {
	if !g.bracketedInitials(p) {
		return nil
	}
	text := string(p)
	toks := Tokenize(text)
	var ms []Mention
	var defs []initialsDef
	found := false
	for i, t := range toks {
		if t.Gap != "(" || !initialsWord(t.Orig) || !strings.HasPrefix(text[t.End:], ")") {
			continue
		}
		if _, isCountry := g.Resolve(t.Orig); isCountry {
			continue // "(UAE)", "(DPRK)": the country's own abbreviation
		}
		if !found {
			ms, found = g.findText(toks, true), true
		}
		if c, ok := initialsCountry(toks, ms, i); ok {
			defs = append(defs, initialsDef{t.Orig, c})
		}
	}
	return defs
}

// initialsCountry is the country the spelled-out name before the initials
// at token i names: the last mention before them, in the same sentence,
// with only a name's words between (capitalised words and initialsNameWords).
func initialsCountry(toks []Token, ms []Mention, i int) (string, bool) {
	var m *Mention
	for k := range ms {
		if ms[k].Last < i {
			m = &ms[k]
		}
	}
	if m == nil || i-m.Last > initialsMaxGap+1 {
		return "", false
	}
	for k := m.Last + 1; k < i; k++ {
		t := toks[k]
		if t.SentStart || t.Gap != "" && t.Gap != "'" && t.Gap != "’" && t.Gap != "-" {
			return "", false
		}
		if r := []rune(t.Orig); len(r) > 0 && !unicode.IsUpper(r[0]) && !initialsNameWords[t.Lower] {
			return "", false
		}
	}
	return m.Country, true
}

// bracketedInitials reports whether p holds "(" right before initials
// (initialsWord) and ")" that are no country's own abbreviation.
func (g *Gazetteer) bracketedInitials(p []byte) bool {
	for i := 0; i+1 < len(p); i++ {
		if p[i] != '(' || p[i+1] < 'A' || p[i+1] > 'Z' {
			continue
		}
		j := i + 1
		for j < len(p) && j-i <= 9 && (p[j] >= 'A' && p[j] <= 'Z' || p[j] >= '0' && p[j] <= '9') {
			j++
		}
		if j >= len(p) || p[j] != ')' {
			continue
		}
		w := string(p[i+1 : j])
		if !initialsWord(w) {
			continue
		}
		if _, isCountry := g.Resolve(w); !isCountry {
			return true
		}
	}
	return false
}

// initialsWord reports whether w reads as an agency's initials: two to
// eight capital letters or digits, the first a letter, at least two
// letters ("DICT", "CSA", "ANSSI", "NCSC", "CERT-In" is no such word).
func initialsWord(w string) bool {
	if len(w) < 2 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letters >= 2
}

// initialsOpening is the country of the page-defined initials p opens with
// (within its first initialsOpenWords words: "The DICT secretary said",
// "A DICT spokesperson added", "Le directeur général de l'ANSSI a
// déclaré"), or "", and how many words come before them.
func initialsOpening(p string, initials map[string]string) (string, int) {
	n := 0
	for i := 0; i < len(p) && n < initialsOpenWords; {
		for i < len(p) && !isASCIIAlnum(p[i]) {
			if p[i] == ',' || p[i] == '.' || p[i] == ';' || p[i] == ':' {
				return "", 0 // the opening ends before any initials
			}
			i++
		}
		j := i
		for j < len(p) && (isASCIIAlnum(p[j]) || p[j] >= 0x80) {
			j++
		}
		if j > i {
			if c := initials[p[i:j]]; c != "" {
				return c, n
			}
			n++
		}
		i = j
	}
	return "", 0
}

// initialsOpenWords is how far into a paragraph its opening subject's
// initials are looked for.
const initialsOpenWords = 7

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
