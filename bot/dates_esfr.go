package bot

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/stancebot/stancebot/corpus/lang"
)

// Date words of Spanish and French questions ("desde 2021", "depuis mars
// 2021", "entre 2018 y 2020", "lo más reciente", "les plus récentes").
// They are cut from the question as typed, before it is translated (the
// translation would drop "desde" as a stop word and keep a bare year), and
// read into the same dateAsk as English date words; notes quote them as
// typed.
var (
	monthsES = map[string]int{"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
		"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12}
	monthsFR = map[string]int{"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
		"septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12}

	datesES = newDateWords(`(?:lo|la|las|los)\s+)?(?:m[aá]s\s+recientes?|[uú]ltimamente|recientemente|[uú]ltim[oa]s?|recientes?|qu[eé]\s+hay\s+de\s+nuevo|algo\s+(?:de\s+)?nuevo|(?:alguna|hay|qu[eé])\s+novedad(?:es)?|novedades)`,
		`(?:entre\s+(?:el\s+|los\s+años\s+|los\s+anos\s+)?%[1]s\s+y|(?:de|desde)\s+(?:el\s+)?%[1]s\s+(?:a|hasta))\s+(?:el\s+)?%[1]s`,
		`(desde|a\s+partir\s+del?|despu[eé]s\s+del?|tras|antes\s+del?|hasta|en|durante|posteriores?\s+al?|anteriores?\s+al?)\s+(?:el\s+(?:año\s+|ano\s+)?)?%[1]s`,
		monthsES, `(?:\s+de(?:l)?)?`,
		`(?:lo|la|las|los|el)\s+)?(?:m[aá]s\s+antigu[oa]s?|m[aá]s\s+tempran[oa]s?|primer[oa]?s?\s+(?:declaraci[oó]n(?:es)?|comunicados?|intervenci[oó]n(?:es)?|pronunciamientos?|discursos?|posici[oó]n(?:es)?))`)
	datesFR = newDateWords(`(?:les?|la)\s+)?(?:plus\s+r[eé]cent(?:e)?s?|derni[eè]rement|r[eé]cemment|derni[eè]re?s?|derniers|r[eé]cent(?:e)?s?|quoi\s+de\s+neuf|du\s+nouveau|quelque\s+chose\s+de\s+nouveau|(?:des\s+|les\s+)?nouveaut[eé]s|des\s+nouvelles\s+(?:de|du|des))`,
		`(?:entre\s+%[1]s\s+et|(?:de|depuis)\s+%[1]s\s+(?:[aà]|jusqu['’](?:en|à|a)))\s+%[1]s`,
		`(depuis|[aà]\s+partir\s+de|apr[eè]s|avant|jusqu['’](?:en|à|a)|en|pendant|durant|post[eé]rieur(?:e)?s?\s+[aà]|ant[eé]rieur(?:e)?s?\s+[aà])\s+%[1]s`,
		monthsFR, ``,
		`(?:les?|la)\s+)?(?:plus\s+ancien(?:ne)?s?|premi(?:er|[eè]re)s?\s+(?:d[eé]clarations?|communiqu[eé]s?|interventions?|discours|prises?\s+de\s+position))`)
)

// dateWords are one language's date expressions.
type dateWords struct {
	newest, between, bound *regexp.Regexp
	oldest                 *regexp.Regexp
	months                 map[string]int
}

// newDateWords builds the expressions; %[1]s in between and bound is one
// date (a year, an ISO date, or a month name and year, with monthJoin
// between them: Spanish "marzo de 2021").
func newDateWords(newest, between, bound string, months map[string]int, monthJoin, oldest string) dateWords {
	names := make([]string, 0, len(months))
	for m := range months {
		names = append(names, m)
	}
	// Accented spellings match too: the text is matched as typed, the
	// month is looked up folded.
	monthRE := `(?:` + strings.Join(names, "|") + `|f[eé]vrier|ao[uû]t|d[eé]cembre)`
	date := `(\d{4}(?:-\d{2}(?:-\d{2})?)?|` + monthRE + monthJoin + `\s+\d{4})`
	// A phrase starts a question or follows a space or punctuation: \b
	// does not see a boundary before "últimas" or "à".
	const start = `(?i)(?:^|[\s¿¡(,;:])`
	const end = `(?:$|[\s?!.,;:)])`
	return dateWords{
		newest:  regexp.MustCompile(start + `(?:` + newest + end),
		oldest:  regexp.MustCompile(start + `(?:` + oldest + end),
		between: regexp.MustCompile(start + fmt.Sprintf(between, date) + end),
		bound:   regexp.MustCompile(start + fmt.Sprintf(bound, date) + end),
		months:  months,
	}
}

// readDateIn reads one date of a Spanish or French question: a year, an
// ISO date or "marzo de 2021" / "mars 2021".
func (w dateWords) readDate(s string) (dateAsk, bool) {
	f := strings.Fields(s)
	if len(f) >= 2 {
		y, err := strconv.Atoi(f[len(f)-1])
		m, ok := w.months[lang.Fold(strings.ToLower(f[0]))]
		if err != nil || !ok {
			return dateAsk{}, false
		}
		s = fmt.Sprintf("%04d-%02d", y, m)
	}
	d, ok := readDate(s)
	if !ok {
		return dateAsk{}, false
	}
	return dateAsk{from: d.Start(), to: d.End()}, true
}

// cutDatesESFR reads the date words of a Spanish or French question and
// returns the question without them. Other languages are returned as
// they are.
func cutDatesESFR(code, text string) (string, dateAsk) {
	var w dateWords
	switch code {
	case lang.Spanish:
		w = datesES
	case lang.French:
		w = datesFR
	default:
		return text, dateAsk{}
	}
	text, occasion := cutOccasion(code, text)
	text = cutGroupVenue(code, text)
	if !mayHaveDatesESFR(text) {
		return text, dateAsk{}.withOccasion(occasion)
	}
	d := dateAsk{}.withOccasion(occasion)
	cut := func(re *regexp.Regexp, fn func(m []string) bool) {
		text = re.ReplaceAllStringFunc(text, func(s string) string {
			if !fn(re.FindStringSubmatch(s)) {
				return s
			}
			d.phrases = append(d.phrases, strings.Trim(strings.Join(strings.Fields(s), " "), "¿¡(,;:?!.)"))
			return " "
		})
	}
	text = cutMonthRange(code, text, &d)
	text = cutPartOfYear(code, text, &d)
	cut(w.between, func(m []string) bool {
		first := m[1] // entre … y/et …
		if first == "" {
			first = m[2] // de … a/à …
		}
		a, okA := w.readDate(first)
		b, okB := w.readDate(m[3])
		if !okA || !okB {
			return false
		}
		if b.from.Before(a.from) {
			a, b = b, a
		}
		d.from, d.to = a.from, b.to
		return true
	})
	cut(w.bound, func(m []string) bool {
		at, ok := w.readDate(m[2])
		if !ok {
			return false
		}
		switch word := lang.Fold(strings.ToLower(strings.Join(strings.Fields(m[1]), " "))); {
		case word == "desde" || word == "depuis" || strings.HasPrefix(word, "a partir"):
			d.from = at.from
		case word == "tras" || strings.HasPrefix(word, "despues") || word == "apres" ||
			strings.HasPrefix(word, "posterior") || strings.HasPrefix(word, "posterieur"):
			d.from = at.to.AddDate(0, 0, 1)
		case strings.HasPrefix(word, "antes") || word == "avant" || strings.HasPrefix(word, "anterior") || strings.HasPrefix(word, "anterieur"):
			d.to = at.from.AddDate(0, 0, -1)
		case word == "hasta" || strings.HasPrefix(word, "jusqu"):
			d.to = at.to
		default: // en, durante, pendant, durant
			d.from, d.to = at.from, at.to
		}
		return true
	})
	text = cutBareMonth(code, text, &d)
	text = cutRelative(code, text, &d)
	cut(w.newest, func([]string) bool { d.newest = true; return true })
	cut(w.oldest, func([]string) bool { d.oldest = true; return true })
	return strings.Join(strings.Fields(text), " "), d
}

// mayHaveDatesESFR is cutDatesESFR's cheap pre-check: a digit, or a
// newest-first word.
func mayHaveDatesESFR(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; '0' <= c && c <= '9' {
			return true
		}
	}
	l := strings.ToLower(text)
	for _, w := range []string{"recient", "ltim", "récent", "recent", "derni", "récemment", "recemment", "antigu", "tempran", "ancien", "primer", "premi", "año", "ano", "mes", "ann", "an ", "mois", "semana", "semaine", "dias", "días", "jours", "nuevo", "novedad", "neuf", "nouveau", "nouveaut", "nouvelles",
		"desde", "despu", "antes", "depuis", "apr", "avant", // a bare month after a bound (see cutBareMonth)
		"en ener", "en febr", "en marz", "en abr", "en may", "en jun", "en jul", "en ago", "en sep", "en set", "en oct", "en nov", "en dic",
		"en janv", "en févr", "en fevr", "en mars", "en avr", "en mai", "en juin", "en juil", "en ao", "en déc", "en dec"} { // "en enero", "en janvier"
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// merge adds the date words of o (cut from the question as typed) to d
// (cut from its English reading).
func (d dateAsk) merge(o dateAsk) dateAsk {
	if !o.active() {
		return d
	}
	d.phrases = append(o.phrases, d.phrases...)
	d.newest = d.newest || o.newest
	d.oldest = d.oldest || o.oldest
	if !o.from.IsZero() {
		d.from = o.from
	}
	if !o.to.IsZero() {
		d.to = o.to
	}
	return d
}
