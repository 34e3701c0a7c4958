package bot

import (
	"regexp"
	"strings"
	"time"

	"github.com/stancebot/stancebot/corpus/lang"
)

// A month named without its year after "since", "after" or "before"
// ("anything new since march?", "desde marzo", "depuis mars") is the last
// such month up to today (clock): in July, "since march" is since 1 March
// of this year and "since september" since 1 September of last year. Chat
// users drop the year of a recent month; read as topic words the month
// found statements that name it ("table a bill in March"). Only these
// bounds take a bare month, and "in"/"en" ("what did iran say in january",
// "en enero", "en janvier") as the whole month: "in may" is left alone as
// it is as often the verb, and a month after other words is no date ("the
// march on parliament").
var (
	bareMonthEN = regexp.MustCompile(`(?i)\b(since|after|before|in)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b`)
	bareMonthES = regexp.MustCompile(`(?i)(?:^|[\s¿¡(,;:])(desde|despu[eé]s\s+de|antes\s+de|en)\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:$|[\s?!.,;:)])`)
	bareMonthFR = regexp.MustCompile(`(?i)(?:^|[\s¿¡(,;:])(depuis|apr[eè]s|avant|en)\s+(janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre)(?:$|[\s?!.,;:)])`)
)

// mayEndRe matches "in may" that ends the question, or a clause of it.
var mayEndRe = regexp.MustCompile(`(?i)\bin\s+may\s*(?:$|[?!.,;:)])`)

// monthsEN are the English month names bareMonthEN reads.
var monthsEN = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12}

// cutBareMonth cuts a bare month after a bound (see bareMonthEN) from the
// text of a question in language code into d, and returns the rest.
func cutBareMonth(code, text string, d *dateAsk) string {
	re, months := inLang(code, bareMonthEN, bareMonthES, bareMonthFR), inLang(code, monthsEN, monthsES, monthsFR)
	now := clock()
	// "in may" ending the question ("what did ethiopia say in may") is
	// the month: the verb has its own verb after it.
	mayEnds := (code == "" || code == "en") && mayEndRe.MatchString(text)
	return re.ReplaceAllStringFunc(text, func(s string) string {
		m := re.FindStringSubmatch(s)
		month, ok := months[lang.Fold(strings.ToLower(m[2]))]
		if !ok {
			return s
		}
		bound := lang.Fold(strings.ToLower(m[1]))
		if bound == "in" && month == 5 && !mayEnds {
			return s // "in may": as often the verb ("what we in may see")
		}
		start := lastMonthStart(time.Month(month), now)
		switch {
		case bound == "in" || bound == "en":
			d.from, d.to = start, start.AddDate(0, 1, -1)
		case bound == "since" || bound == "desde" || bound == "depuis":
			d.from = start
		case bound == "before" || strings.HasPrefix(bound, "antes") || bound == "avant":
			d.to = start.AddDate(0, 0, -1)
		default: // after, después de, après
			d.from = start.AddDate(0, 1, 0)
		}
		d.phrases = append(d.phrases, strings.Trim(strings.Join(strings.Fields(s), " "), "¿¡(,;:?!.)"))
		return " "
	})
}

// lastMonthStart is the first day of the last month m up to now: this
// year's when m has begun, last year's otherwise.
func lastMonthStart(m time.Month, now time.Time) time.Time {
	y := now.Year()
	if m > now.Month() {
		y--
	}
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
}
