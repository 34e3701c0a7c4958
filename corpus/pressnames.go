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

// pressSpeaker reads a paragraph opening with a speaker's name and their
// country in brackets, followed by a comma or a verb in lower case; k is
// the byte offset of the opening bracket. It returns the country and the
// label ("NEVILLE GERTZE (Namibia)"), or "".
func (g *Gazetteer) pressSpeaker(p string, k int) (country, evidence string) {
	name := p[:k]
	if !strings.HasSuffix(name, " ") {
		return "", ""
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 6 {
		return "", ""
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || groupNouns[strings.ToLower(strings.Trim(w, ".,"))] {
			return "", ""
		}
	}
	switch words[0] {
	case "The", "A", "An", "El", "La", "Le", "Les", "Los", "Las", "THE":
		return "", "" // "The First Committee (Disarmament …)", a role, not a name
	}
	j := strings.IndexByte(p[k:], ')')
	if j < 3 || j > 60 {
		return "", ""
	}
	bracket, after := p[k+1:k+j], p[k+j+1:]
	if len(after) < 2 || !(after[0] == ',' || after[0] == ' ' && startsLower([]byte(after[1:]))) {
		return "", ""
	}
	if c, ok := g.Resolve(bracket); ok && g.namesOnly(bracket) {
		return c, p[:k+j+1]
	}
	return "", ""
}
