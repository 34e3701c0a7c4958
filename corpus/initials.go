package corpus

import (
	"regexp"
	"slices"
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

// initialsDef is initials a paragraph spells out with their country, or
// (described) after a description that names none: "The national CERT
// (JaCIRT)", "El ministerio de tecnologías de la información y
// comunicación (MITIC)" are the agency of the country that holds the
// paragraph, which the parse reads once it is held (testdata/pages19's
// 9h2, 9h3: "A spokesperson for JaCIRT added …" after Belize's paragraph
// went with Belize, or nobody).
type initialsDef struct {
	initials, country string
	described         bool
}

// agencyNouns are the words a description before bracketed initials
// names a national body with ("the national CERT (JaCIRT)", "el
// ministerio de … (MITIC)", "l'agence nationale … (ANTIC)").
var agencyNouns = toSet(`cert csirt cirt agency agencia agence ministry ministerio ministère ministere department departamento
département departement authority autoridad autorité autorite centre center centro council consejo conseil directorate
dirección direccion direction secretariat secretaría secretaria secrétariat secretariat team equipo équipe regulator
office oficina bureau commission comisión comision`)

// describedInitials reports whether the words right before the bracketed
// initials at token i, in the same sentence, describe a national body
// (agencyNouns) within initialsDescribeWords words, with only words
// between (no punctuation but hyphens and apostrophes).
func describedInitials(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-initialsDescribeWords; k-- {
		t := toks[k]
		w := t.Lower
		if j := strings.LastIndexByte(w, '\''); j >= 0 {
			w = w[j+1:] // "l'agence"
		} else if j := strings.LastIndex(w, "’"); j >= 0 {
			w = w[j+len("’"):] // "l’agence"
		}
		if agencyNouns[w] {
			return true
		}
		if t.SentStart || k < i-1 && t.Gap != "" && t.Gap != "'" && t.Gap != "’" && t.Gap != "-" {
			return false // the description starts no earlier than this word
		}
	}
	return false
}

// initialsDescribeWords is how far before its initials a description's
// agency noun may stand ("El ministerio de tecnologías de la información
// y comunicación": eight words after the noun).
const initialsDescribeWords = 10

// mergeInitials adds defs to into in order, and returns it (allocated on
// the first definition). Initials two countries' agencies go by are
// neither's ("").
func mergeInitials(into map[string]string, defs []initialsDef) map[string]string {
	for _, d := range defs {
		if d.described {
			continue // read with the paragraph's holder (see heldInitials)
		}
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
			defs = append(defs, initialsDef{initials: t.Orig, country: c})
		} else if describedInitials(toks, i) {
			defs = append(defs, initialsDef{initials: t.Orig, described: true})
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
		for j < len(p) && j-i <= 9 && (p[j] >= 'A' && p[j] <= 'Z' || p[j] >= 'a' && p[j] <= 'z' || p[j] >= '0' && p[j] <= '9') {
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
// letters ("DICT", "CSA", "ANSSI", "NCSC", "CERT-In" is no such word), or
// capitals with a few small letters among them, at least three capitals
// and more capitals than small letters ("JaCIRT", "MinTIC", "MoID"; not
// "McAfee", "WannaCry", "Tuesday").
func initialsWord(w string) bool {
	if len(w) < 2 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	letters, small := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= 'a' && c <= 'z':
			small++
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letters >= 2 && small == 0 || small > 0 && letters >= 3 && letters > small
}

// heldInitials adds to into the initials defs described with no country
// (see initialsDef), as the agency of holder, the country that holds the
// paragraph defining them; into as mergeInitials returns it.
func heldInitials(into map[string]string, defs []initialsDef, holder string) map[string]string {
	for _, d := range defs {
		if d.described && holder != "" {
			into = mergeInitials(into, []initialsDef{{initials: d.initials, country: holder}})
		}
	}
	return into
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

// initialsRoleRe matches an opening whose subject is a role of the agency
// named after it: "A spokesperson for JaCIRT", "The director of the
// MITIC", "Un portavoz del MITIC", "Le directeur de l'ANTIC".
var initialsRoleRe = regexp.MustCompile(`^(?:A|An|The|Un|Una|La|El|Le|Un|Une)\s+(?:[\p{L}-]+\s+)?(?:spokesperson|spokesman|spokeswoman|director|director-general|head|chief|official|officer|secretary|minister|portavoz|vocero|vocera|director|directora|jefe|jefa|responsable|porte-parole|directeur|directrice|chef)\s+(?:for|of|at|from|del|de la|de l['’]|du|de)\s*(?:the\s+)?[\p{Lu}]`)

// initialsRoleOf reports whether p opens on a role of an agency it names
// right after (see initialsRoleRe).
func initialsRoleOf(p string) bool { return initialsRoleRe.MatchString(p[:min(len(p), 120)]) }

// InitialsOwners returns the countries text spells initials out as the
// agency of ("l'Agence … du Bénin (ANSSI)", "la Agencia … de Francia
// (ANSSI)"), in order; nil when it spells them out for none. A byte search
// first: most texts hold no such brackets.
func (g *Gazetteer) InitialsOwners(text, initials string) []string {
	if !strings.Contains(text, "("+initials+")") {
		return nil
	}
	var out []string
	for _, d := range g.paraInitials([]byte(text)) {
		if d.country != "" && d.initials == initials && !slices.Contains(out, d.country) {
			out = append(out, d.country)
		}
	}
	return out
}
