package bot

import (
	"regexp"
	"strconv"
	"strings"
)

// maxAsked is the most answers a question may ask for by number ("top 3",
// "give me 5 statements"); a larger number is not taken as a count.
const maxAsked = 50

// countRE finds a number of answers asked for in a question, in English,
// Spanish or French: "top 3", "first 2", "the 5 best", "3 statements", "2
// countries", "los 3 principales países", "2 declaraciones", "les 3
// premiers pays". A number glued to letters before it names something
// ("which v4 countries", "the g7 countries", "g20 states"): no count.
var countRE = regexp.MustCompile(`(?i)(?:\b(?:top|first|best)\s+(\d{1,2})\b(?:\s+best\b)?|\b(\d{1,2})\s+(?:(?:best|main|key|most\s+relevant|primer[oa]s|principales|mejores|premi[eè]re?s|meilleure?s|principa(?:ux|les))\s+)?(?:statements?|countries|country|quotes?|points?|messages?|takeaways?|arguments?|examples?|answers?|results?|positions?|declaraci(?:ón|on|ones)|pa[ií]s(?:es)?|citas?|ejemplos?|posiciones|respuestas?|resultados?|d[ée]clarations?|pays|citations?|exemples?|r[ée]ponses?|r[ée]sultats?)(?:\P{L}|$))`)

// cutCount returns text without the number of answers it asks for, and
// that number (0 when it asks for none): "give me 2 statements from japan"
// answered "no statement by Japan on 2". The nouns stay ("statements",
// "countries"): they say what the question lists.
func cutCount(text string) (string, int) {
	if strings.IndexAny(text, "0123456789") < 0 {
		return text, 0 // most questions: no regular expression run
	}
	for _, m := range countRE.FindAllStringSubmatchIndex(text, -1) {
		from, to := m[4], m[5] // "3 statements": the number goes, the noun stays
		if m[2] >= 0 {
			from, to = m[0], m[1] // "top 3": both words go
		}
		num := text[max(m[2], m[4]):max(m[3], m[5])]
		if k, err := strconv.Atoi(num); err == nil && k >= 1 && k <= maxAsked {
			return strings.Join(strings.Fields(text[:from]+" "+text[to:]), " "), k
		}
	}
	return text, 0
}

// statementCountRE finds a count of statements asked in English, Spanish
// or French: "how many statements", "cuántas declaraciones", "combien de
// déclarations" (a word or two may come between: "how many public
// statements").
var statementCountRE = regexp.MustCompile(`(?i)\b(?:how\s+many|cu[aá]nt[oa]s|combien\s+d['’e]?)\s*(?:\pL+\s+){0,2}?(?:statements|declaraciones|d[ée]clarations|interventions|intervenciones|pronunciamientos)\b`)

// countsStatements reports whether text asks how many statements there
// are (see statementCountRE); a byte search first, as most questions
// count nothing.
func countsStatements(text string) bool {
	return mayFoldAny(text, []string{"many", "cu", "combien"}) && statementCountRE.MatchString(text)
}
