package bot

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/stancebot/stancebot/corpus/lang"
)

// clock is today for date words relative to it ("last year", "el año
// pasado", "cette année"); tests set it.
var clock = time.Now

// Relative date words, read before the newest-first words ("en los
// últimos dos años" is a range, not "latest").
var (
	relativeEN = regexp.MustCompile(`(?i)\b(?:(?:in|during|over|within|for)\s+)?(?:the\s+)?(this|last|past|previous)\s+(?:(\d{1,2}|two|three|four|five|six|ten|twelve)\s+)?(years?|months?|weeks?|days?)\b`)
	relativeES = regexp.MustCompile(`(?i)(?:\b(?:en|durante)\s+)?(?:\b(?:el|este|esta|la|los|las)\s+)(?:(?:[uú]ltim[oa]s?|pasad[oa]s?)\s+)?(?:(\d{1,2}|dos|tres|cuatro|cinco|seis|diez|doce)\s+)?(años|anos|año|ano|mes|meses|semanas?|d[ií]as?)\b(?:\s+(pasad[oa]s?))?`)
	relativeFR = regexp.MustCompile(`(?i)(?:\b(?:en|pendant|durant|au\s+cours\s+de|au\s+cours\s+des|depuis)\s+)?(?:\b(?:l['’]|le\s+|la\s+|les\s+|ces\s+|cette\s+|ce\s+|cet\s+)|\b(?:au\s+cours\s+des|des)\s+)(?:(\d{1,2}|deux|trois|quatre|cinq|six|dix|douze)\s+)?(?:derni[eè]re?s?\s+|pass[ée]e?s?\s+)?(ann[ée]es?|ans?|mois|semaines?|jours?)(?:-ci)?\b(?:\s+(derni[eè]re?s?|pass[ée]e?s?))?`)
)

var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "twelve": 12,
	"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "diez": 10, "doce": 12,
	"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10, "douze": 12}

// relativeSpan is the span a relative phrase names on day now: this
// year, month or week so far (this), the previous calendar year, month or
// week (last, with no number), or the last n years, months, weeks or days
// up to now (past, or last with a number). unit is "year", "month",
// "week" or "day" (readRelative's).
func relativeSpan(which string, n int, unit string, now time.Time) (from, to time.Time) {
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	switch unit {
	case "week":
		// Weeks start on Monday (ISO 8601), as a diplomat's calendar does.
		monday := day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
		switch which {
		case "this":
			return monday, day
		case "last":
			return monday.AddDate(0, 0, -7), monday.AddDate(0, 0, -1)
		}
		return day.AddDate(0, 0, -7*n), day
	case "day":
		return day.AddDate(0, 0, -n), day
	}
	month := unit == "month"
	switch which {
	case "this":
		if month {
			return time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC), day
		}
		return time.Date(day.Year(), 1, 1, 0, 0, 0, 0, time.UTC), day
	case "last":
		if month {
			start := time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
			return start, start.AddDate(0, 1, -1)
		}
		return time.Date(day.Year()-1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(day.Year()-1, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	if month {
		return day.AddDate(0, -n, 0), day
	}
	return day.AddDate(-n, 0, 0), day
}

// cutRelative cuts the relative date words of a question in language
// code ("" or "en", "es", "fr") into d, and returns the rest.
func cutRelative(code, text string, d *dateAsk) string {
	re := inLang(code, relativeEN, relativeES, relativeFR)
	now := clock()
	return re.ReplaceAllStringFunc(text, func(s string) string {
		m := re.FindStringSubmatch(s)
		which, n, unit, ok := readRelative(code, strings.ToLower(s), m)
		if !ok {
			return s
		}
		d.from, d.to = relativeSpan(which, n, unit, now)
		d.phrases = append(d.phrases, strings.Join(strings.Fields(s), " "))
		return " "
	})
}

// readRelative reads a relative phrase s (lower case) matched as m.
func readRelative(code, s string, m []string) (which string, n int, unit string, ok bool) {
	count := func(w string) int {
		if w == "" {
			return 0
		}
		if v, err := strconv.Atoi(w); err == nil {
			return v
		}
		return numberWords[strings.ToLower(w)]
	}
	f := lang.Fold(s)
	switch code {
	case lang.Spanish:
		n, unit = count(m[1]), lang.Fold(strings.ToLower(m[2]))
		switch {
		case strings.Contains(f, "ultim"):
			which = "past"
		case strings.Contains(f, "pasad"):
			which = "last"
		case strings.Contains(f, "este") || strings.Contains(f, "esta"):
			which = "this"
		default:
			return "", 0, "", false // "el año 2021" is read elsewhere; "los años" alone is no date
		}
		if strings.HasPrefix(unit, "mes") {
			unit = "month"
		}
	case lang.French:
		n, unit = count(m[1]), lang.Fold(strings.ToLower(m[2]))
		switch {
		case n > 0 || strings.Contains(f, "ces ") || strings.Contains(f, "les "):
			which = "past"
		case strings.Contains(f, "derni") || strings.Contains(f, "passe"):
			which = "last"
		case strings.Contains(f, "cette") || strings.Contains(f, "ce mois") || strings.Contains(f, "cet an"):
			which = "this"
		default:
			return "", 0, "", false
		}
		if !strings.Contains(f, "derni") && !strings.Contains(f, "passe") && which != "this" {
			return "", 0, "", false // "les années" alone is no date
		}
		if unit == "mois" {
			unit = "month"
		}
	default:
		which, n, unit = strings.ToLower(m[1]), count(m[2]), strings.ToLower(m[3])
		if which == "previous" {
			which = "last"
		}
		if which == "past" && n == 0 && strings.HasSuffix(unit, "s") {
			return "", 0, "", false // "past years": no span
		}
	}
	switch unit = lang.Fold(unit); {
	case strings.HasPrefix(unit, "week") || strings.HasPrefix(unit, "sema"):
		unit = "week"
	case strings.HasPrefix(unit, "day") || strings.HasPrefix(unit, "dia") || strings.HasPrefix(unit, "jour"):
		if n == 0 {
			return "", 0, "", false // "the last day of the session", "ces derniers jours": no span
		}
		unit = "day"
	case strings.HasPrefix(unit, "m"):
		unit = "month"
	default:
		unit = "year"
	}
	if n == 0 && which == "past" {
		n = 1
	}
	if n > 0 && which == "last" {
		which = "past" // "last two years": up to now
	}
	return which, n, unit, true
}
