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
// premiers pays".
var countRE = regexp.MustCompile(`(?i)(?:\b(?:top|first|best)\s+(\d{1,2})\b(?:\s+best\b)?|(\d{1,2})\s+(?:(?:best|main|key|most\s+relevant|primer[oa]s|principales|mejores|premi[eè]re?s|meilleure?s|principa(?:ux|les))\s+)?(?:statements?|countries|country|quotes?|points?|messages?|takeaways?|arguments?|examples?|answers?|results?|positions?|declaraci(?:ón|on|ones)|pa[ií]s(?:es)?|citas?|ejemplos?|posiciones|respuestas?|resultados?|d[ée]clarations?|pays|citations?|exemples?|r[ée]ponses?|r[ée]sultats?)(?:\P{L}|$))`)

// cutCount returns text without the number of answers it asks for, and
// that number (0 when it asks for none): "give me 2 statements from japan"
// answered "no statement by Japan on 2". The nouns stay ("statements",
// "countries"): they say what the question lists.
func cutCount(text string) (string, int) {
	if strings.IndexAny(text, "0123456789") < 0 {
		return text, 0 // most questions: no regular expression run
	}
	n := 0
	out := countRE.ReplaceAllStringFunc(text, func(s string) string {
		m := countRE.FindStringSubmatch(s)
		num := m[1] + m[2]
		k, err := strconv.Atoi(num)
		if err != nil || k < 1 || k > maxAsked || n > 0 {
			return s
		}
		n = k
		if m[1] != "" {
			return " " // "top 3": both words go
		}
		return strings.Replace(s, num, " ", 1)
	})
	if n == 0 {
		return text, 0
	}
	return strings.Join(strings.Fields(out), " "), n
}
