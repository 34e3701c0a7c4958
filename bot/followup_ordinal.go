package bot

import (
	"regexp"
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// An ordinal follow-up points at one of the countries the last reply
// showed: "what does the second one say on capacity building", "tell me
// more about the first country", "and the last one?", "¿y el segundo?",
// "et le troisième pays ?". The ordinal phrase is replaced with that
// country's name and the message is read as usual (a new question, or a
// follow-up continuing the last topic). Without a last reply, or with
// fewer countries than the ordinal, the message is left as typed.
var ordinalRE = regexp.MustCompile(`(?i)\b(?:the|el|la|le)\s+` +
	`(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th|primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta|[uú]ltimo|[uú]ltima|premier|premi[eè]re|deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me|cinqui[eè]me|dernier|derni[eè]re)` +
	`(?:\s+(?:one|country|answer|statement|uno|una|pa[ií]s|respuesta|declaraci[oó]n|pays|r[ée]ponse|d[ée]claration)\b|\s*([?.!,]|$)|\s+(?:say|says|said|think|thinks|on|about|dice|dijo|opina|sobre|dit|pense|sur)\b)`)

// ordinalIndex maps an ordinal word (folded to lower case) to its index,
// -1 for the last.
func ordinalIndex(w string) int {
	switch strings.ToLower(w) {
	case "first", "1st", "primer", "primero", "primera", "premier", "première", "premiere":
		return 0
	case "second", "2nd", "segundo", "segunda", "deuxième", "deuxieme", "seconde":
		return 1
	case "third", "3rd", "tercer", "tercero", "tercera", "troisième", "troisieme":
		return 2
	case "fourth", "4th", "cuarto", "cuarta", "quatrième", "quatrieme":
		return 3
	case "fifth", "5th", "quinto", "quinta", "cinquième", "cinquieme":
		return 4
	}
	return -1 // last, último, dernier …
}

// ordinalFollowUp returns text with its ordinal phrase replaced by the
// country of the last reply it points at, and the countries it counted in:
// those the last reply showed, or, when the last reply answered an ordinal
// itself, the ones that ordinal counted in (Record.Counted): "and the
// second?" after "the first one — when was that?" is the second of the
// list the first one was, not of the one-country reply to it.
func ordinalFollowUp(c *corpus.Corpus, rec ReplyRecord, text string) (string, []string, bool) {
	m := ordinalRE.FindStringSubmatchIndex(text)
	if m == nil || len(rec.Keys) == 0 && len(rec.Counted) == 0 {
		return text, nil, false
	}
	names := rec.Counted
	if len(names) == 0 {
		names = holdersOfKeys(c, rec.Keys)
	}
	i := ordinalIndex(text[m[2]:m[3]])
	if i < 0 {
		i = len(names) - 1
	}
	if i < 0 || i >= len(names) {
		return text, nil, false
	}
	// Keep what followed the noun: "say", "on", the punctuation.
	end := m[1]
	if m[4] >= 0 {
		end = m[4]
	} else if tail := text[m[0]:m[1]]; !strings.HasSuffix(tail, "one") && !ordinalNoun(tail) {
		end = m[0] + strings.LastIndexAny(tail, " \t")
	}
	return text[:m[0]] + names[i] + text[end:], names, true
}

// ordinalNoun reports whether a matched ordinal phrase ends with its noun
// ("the second country") rather than with the word after it ("the second
// say").
func ordinalNoun(phrase string) bool {
	f := strings.Fields(strings.ToLower(phrase))
	switch f[len(f)-1] {
	case "one", "country", "answer", "statement", "uno", "una", "país", "pais", "respuesta", "declaración", "declaracion",
		"pays", "réponse", "reponse", "déclaration", "declaration":
		return true
	}
	return false
}
