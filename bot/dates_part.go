package bot

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/stancebot/stancebot/corpus/lang"
)

// A part of a year ("early 2025", "mid-2025", "late 2024", "the end of
// 2024", "since the start of 2025", "the first half of 2025", "Q2 2025",
// "a principios de 2025", "a mediados de 2025", "finales de 2024", "el
// primer semestre de 2025", "début 2025", "mi-2025", "fin 2024", "au
// premier semestre 2025", "T2 2025"), alone or after a bound, is read as
// the months it covers: early January-April, mid May-August, late and
// the end September-December, the start January-March, halves and
// quarters as they are. They were topic words ("1 country on early
// 2025"). A bound works as with a month: "since early 2025" is from
// 1 January, "before late 2024" until 31 August, "after mid-2025" from 1
// September.
var (
	partEN = regexp.MustCompile(`(?i)\b(?:(since|after|from|before|until|till|by|in|during)\s+)?(?:the\s+)?` +
		`(early|late|mid|end\s+of|start\s+of|beginning\s+of|(?:first|second|1st|2nd)\s+half\s+of|` +
		`(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of|q[1-4]|h[12])[\s-]*(\d{4})\b`)
	partES = regexp.MustCompile(`(?i)(?:^|[\s¿¡(,;:])(?:(desde|a\s+partir\s+de|despu[eé]s\s+de|antes\s+de|hasta|en|durante|a)\s+)?(?:(?:el|los|las)\s+)?` +
		`(principios|comienzos|inicios|mediados|finales|fines|fin|(?:primer|segundo)\s+(?:semestre|trimestre)|(?:tercer|cuarto)\s+trimestre)\s+(?:de(?:l)?\s+)?(\d{4})(?:$|[\s?!.,;:)])`)
	partFR = regexp.MustCompile(`(?i)(?:^|[\s¿¡(,;:])(?:(depuis|[aà]\s+partir\s+de|apr[eè]s|avant|jusqu['’][aà]|en|pendant|durant|d[eè]s|au|[aà])\s+)?(?:(?:la|le)\s+)?` +
		`(d[ée]but|mi|fin|(?:premier|second|deuxi[eè]me)\s+semestre|(?:premier|deuxi[eè]me|troisi[eè]me|quatri[eè]me)\s+trimestre|t[1-4]|s[12])[\s-]*(?:de\s+|d['’])?(\d{4})(?:$|[\s?!.,;:)])`)
)

// partMonths are the first and last month of a part of a year, by its
// folded, single-spaced name.
var partMonths = map[string][2]int{
	"early": {1, 4}, "mid": {5, 8}, "late": {9, 12}, "end of": {9, 12}, "start of": {1, 3}, "beginning of": {1, 3},
	"first half of": {1, 6}, "1st half of": {1, 6}, "second half of": {7, 12}, "2nd half of": {7, 12}, "h1": {1, 6}, "h2": {7, 12},
	"first quarter of": {1, 3}, "1st quarter of": {1, 3}, "second quarter of": {4, 6}, "2nd quarter of": {4, 6},
	"third quarter of": {7, 9}, "3rd quarter of": {7, 9}, "fourth quarter of": {10, 12}, "4th quarter of": {10, 12},
	"q1": {1, 3}, "q2": {4, 6}, "q3": {7, 9}, "q4": {10, 12},
	"principios": {1, 4}, "comienzos": {1, 4}, "inicios": {1, 4}, "mediados": {5, 8}, "finales": {9, 12}, "fines": {9, 12}, "fin": {9, 12},
	"primer semestre": {1, 6}, "segundo semestre": {7, 12},
	"primer trimestre": {1, 3}, "segundo trimestre": {4, 6}, "tercer trimestre": {7, 9}, "cuarto trimestre": {10, 12},
	"debut": {1, 4}, "mi": {5, 8},
	"premier semestre": {1, 6}, "second semestre": {7, 12}, "deuxieme semestre": {7, 12}, "s1": {1, 6}, "s2": {7, 12},
	"premier trimestre": {1, 3}, "deuxieme trimestre": {4, 6}, "troisieme trimestre": {7, 9}, "quatrieme trimestre": {10, 12},
	"t1": {1, 3}, "t2": {4, 6}, "t3": {7, 9}, "t4": {10, 12},
}

// cutPartOfYear cuts a part of a year (see partEN), with the bound before
// it, from the text of a question in language code into d, and returns
// the rest.
func cutPartOfYear(code, text string, d *dateAsk) string {
	re := inLang(code, partEN, partES, partFR)
	return re.ReplaceAllStringFunc(text, func(s string) string {
		m := re.FindStringSubmatch(s)
		part, ok := partMonths[lang.Fold(strings.ToLower(strings.Join(strings.Fields(m[2]), " ")))]
		y, err := strconv.Atoi(m[3])
		if !ok || err != nil || y < 1900 || y > 2999 {
			return s
		}
		start := time.Date(y, time.Month(part[0]), 1, 0, 0, 0, 0, time.UTC)
		end := time.Date(y, time.Month(part[1])+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		switch bound := lang.Fold(strings.ToLower(strings.Join(strings.Fields(m[1]), " "))); {
		case bound == "since" || bound == "from" || bound == "desde" || bound == "depuis" || strings.HasPrefix(bound, "a partir") ||
			bound == "des":
			d.from = start
		case bound == "after" || strings.HasPrefix(bound, "despues") || bound == "apres":
			d.from = end.AddDate(0, 0, 1)
		case bound == "before" || strings.HasPrefix(bound, "antes") || bound == "avant":
			d.to = start.AddDate(0, 0, -1)
		case bound == "until" || bound == "till" || bound == "by" || bound == "hasta" || strings.HasPrefix(bound, "jusqu"):
			d.to = end
		default: // in, during, en, durante, pendant, a, à, au, or none
			d.from, d.to = start, end
		}
		d.phrases = append(d.phrases, strings.Trim(strings.Join(strings.Fields(s), " "), "¿¡(,;:?!.)"))
		return " "
	})
}
