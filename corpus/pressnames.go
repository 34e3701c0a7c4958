package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// UN meetings coverage (press releases) and many summaries name each
// speaker by name with the country in brackets, in capitals or not, and
// report what they said: "NEVILLE GERTZE (Namibia), speaking on behalf of
// the Southern African Development Community, said …", "Julio Arriola
// (Paraguay) said …". Unread, such a paragraph fell to the speaker before
// (another country's words). The bracketed country labels that paragraph
// alone, as "Albania: …" does; "He went on to say …" continues it.
//
// A record also notes who presides: "Ms. Dime Labille (Benin), Vice-Chair,
// took the Chair.", "M. Diallo (Guinée), Vice-Président, assume la
// présidence." That is procedure, nobody's, and ends the speaker's turn.

// chairTakesRe matches a presiding officer named with a country and then
// the office: "Mr. Kaba (Guinea), Chair, returned to the Chair."
var chairTakesRe = regexp.MustCompile(`^[^():]{2,60}?\s*\([^()]{2,60}\),\s*(?:(?:Acting|Vice|Co)[- ]?)?(?i:chair|chairperson|chairman|chairwoman|president|vice-chair|vice-president|co-chair|presidente|presidenta|vicepresidente|vicepresidenta|copresidente|pr[ée]sident|pr[ée]sidente|vice-pr[ée]sident|vice-pr[ée]sidente|copr[ée]sident|rapporteur|facilitator|co-facilitator)\s*,`)

// groupNouns in a bracketed name mean delegations, not a person: "Two
// States (Fiji, Samoa) asked" is a summary's group (namedgroup.go).
var groupNouns = toSet(`states delegations countries members member group groups delegation representative representatives
several many some other others two three four five`)

// bracketLabel reads a paragraph opening with a name and a country in
// brackets (k is the bracket's byte offset): a speaker's name followed by
// a comma or a verb in lower case is that country's label (labelCountry,
// with the label as evidence: "NEVILLE GERTZE (Namibia)"); followed by the
// presiding office, procedure (labelChair). Anything else is labelNone.
// The name's words are checked before any regular expression or lookup
// runs: most paragraphs with an early bracket fail there.
func (g *Gazetteer) bracketLabel(p string, k int) (country, evidence string, kind labelKind) {
	if p[k-1] != ' ' {
		return "", "", labelNone
	}
	words := 0
	for _, w := range strings.Fields(p[:k]) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || words == 0 && (w == "The" || w == "A" || w == "An" || w == "El" || w == "La" || w == "Le" ||
			w == "Les" || w == "Los" || w == "Las" || w == "THE") {
			return "", "", labelNone // "The First Committee (Disarmament …)": a role or an organ, not a name
		}
		if groupNouns[strings.ToLower(strings.Trim(w, ".,"))] {
			return "", "", labelNone
		}
		if words++; words > 6 {
			return "", "", labelNone
		}
	}
	if words < 2 {
		return "", "", labelNone
	}
	j := strings.IndexByte(p[k:], ')')
	if j < 3 || j > 60 {
		return "", "", labelNone
	}
	if in := strings.IndexByte(p[k+1:k+j], '('); in >= 0 && k+j+1 < len(p) && p[k+j+1] == ')' {
		j++ // a UN qualifier inside: "JUAN ROJAS (Bolivia (Plurinational State of)) said"
	}
	bracket, after := p[k+1:k+j], p[k+j+1:]
	switch {
	case len(after) < 2:
		return "", "", labelNone
	case after[0] == ',':
		if chairTakesRe.MatchString(p) {
			return "", "", labelChair
		}
	case after[0] != ' ' || !startsLower([]byte(after[1:])):
		return "", "", labelNone
	}
	if c, ok := g.Resolve(bracket); ok && g.namesOnly(bracket) {
		return c, p[:k+j+1], labelCountry
	}
	return "", "", labelNone
}
