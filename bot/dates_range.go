package bot

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/stancebot/stancebot/corpus/lang"
)

// A range of months whose year is written once, after the second
// ("between march and june 2025", "from January to April 2026", "entre
// marzo y junio de 2025", "de enero a abril de 2026", "entre mars et juin
// 2025", "de janvier à avril 2026"): chat users do not repeat the year.
// betweenRE and its Spanish and French forms want a date on each side, so
// these were left as the topic words "march june 2025". The first month
// is of the year before when it comes after the second ("between november
// and february 2026" is November 2025 to February 2026).
var (
	monthRangeEN = regexp.MustCompile(`(?i)\b(?:between|from)\s+(` + monthNames + `)\.?\s+(?:and|to|until|till|through|thru)\s+(` + monthNames + `)\.?,?\s+(\d{4})\b`)
	monthRangeES = regexp.MustCompile(`(?i)(?:^|[\s¿¡(,;:])(?:entre|de|desde)\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+(?:y|a|hasta)\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:\s+del?)?\s+(\d{4})(?:$|[\s?!.,;:)])`)
	monthRangeFR = regexp.MustCompile(`(?i)(?:^|[\s¿¡(,;:])(?:entre|de|depuis)\s+(janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre)\s+(?:et|[aà]|jusqu['’][aà])\s+(janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre)\s+(\d{4})(?:$|[\s?!.,;:)])`)
)

// monthsENShort reads the English month names monthNames matches,
// abbreviated or whole, by their first three letters.
var monthsENShort = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "oct": 10, "nov": 11, "dec": 12}

// cutMonthRange cuts a month range written with one year (see
// monthRangeEN) from the text of a question in language code into d, and
// returns the rest.
func cutMonthRange(code, text string, d *dateAsk) string {
	re := inLang(code, monthRangeEN, monthRangeES, monthRangeFR)
	month := func(s string) (int, bool) {
		if code == lang.Spanish || code == lang.French {
			m, ok := inLang(code, nil, monthsES, monthsFR)[lang.Fold(strings.ToLower(s))]
			return m, ok
		}
		m, ok := monthsENShort[strings.ToLower(s)[:min(3, len(s))]]
		return m, ok
	}
	return re.ReplaceAllStringFunc(text, func(s string) string {
		m := re.FindStringSubmatch(s)
		a, okA := month(m[1])
		b, okB := month(m[2])
		y, err := strconv.Atoi(m[3])
		if !okA || !okB || err != nil || y < 1900 || y > 2999 {
			return s
		}
		ya := y
		if a > b {
			ya--
		}
		d.from = time.Date(ya, time.Month(a), 1, 0, 0, 0, 0, time.UTC)
		d.to = time.Date(y, time.Month(b)+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		d.phrases = append(d.phrases, strings.Trim(strings.Join(strings.Fields(s), " "), "¿¡(,;:?!.)"))
		return " "
	})
}

// inLang is the one of en, es and fr for language code: English's for
// any language other than Spanish and French.
func inLang[T any](code string, en, es, fr T) T {
	switch code {
	case lang.Spanish:
		return es
	case lang.French:
		return fr
	}
	return en
}
