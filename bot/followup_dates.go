package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus/lang"
)

// A follow-up of only date words asks the last question again within
// those dates: "and in 2021?", "latest?", "since 2023?", "what about since
// the last session?", "¿y desde 2023?", "et depuis 2022 ?". Read as a new
// question it had no country and no topic ("The corpus has no statement by
// China on 2021").

// datePrefixes may open a date-only follow-up (folded, as followUpText
// leaves a message).
var datePrefixes = []string{"and what about ", "what about ", "how about ", "and only ", "and just ", "and ", "only ", "just ",
	"y que hay de ", "y solo ", "y ", "solo ", "et qu'en est-il ", "et seulement ", "et ", "seulement "}

// dateFollowUp returns the last question (rec.Question, English) with the
// date words of text added, when text holds nothing else.
func dateFollowUp(rec ReplyRecord, text string) (string, bool) {
	t := strings.TrimSpace(text)
	only := false // the prefix narrows: "only", "just", "solo", "seulement"
	for _, p := range datePrefixes {
		if rest, ok := strings.CutPrefix(t+" ", p); ok {
			t = strings.TrimSpace(rest)
			only = strings.Contains(p, "only") || strings.Contains(p, "just") || strings.Contains(p, "solo") || strings.Contains(p, "seulement")
			break
		}
	}
	if t == "" || rec.Question == "" {
		return "", false
	}
	if y := strings.Trim(t, " ?!.¿¡"); only && bareYear(y) {
		// "only 2024", "solo 2025": a year narrowed to is the year asked
		// about ("and 2024" stays no date: TestDateFollowUps).
		t = "in " + y
		if rec.Lang == lang.Spanish || rec.Lang == lang.French {
			t = "en " + y
		}
	}
	for _, code := range []string{lang.English, lang.Spanish, lang.French} {
		rest, occ := cutOccasion(code, t)
		var d dateAsk
		if code == lang.English {
			rest, d = cutDates(rest)
		} else {
			rest, d = cutDatesESFR(code, rest)
		}
		d = d.withOccasion(occ)
		if !d.active() || !onlyDateFrame(strings.Trim(rest, " ,;:?!.¿¡")) {
			continue
		}
		// The date words as typed: the last question is read again in its
		// own language, whose date reader (or, after its translation, the
		// English one) reads them.
		return withoutDates(rec.Question) + " " + strings.Join(d.phrases, " "), true
	}
	return "", false
}

// bareYear reports a year alone ("2024").
func bareYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && strings.Trim(s, "0123456789") == ""
}

// withoutDates returns the last question with the dates an earlier
// follow-up added cut: "and before 2024?" after "only since 2025" asks
// before 2024, not since 2025 and before 2024 (no statement qualifies).
// The question is left as it is when the cut would leave nothing.
func withoutDates(q string) string {
	for _, code := range []string{lang.English, lang.Spanish, lang.French} {
		var rest string
		var d dateAsk
		if code == lang.English {
			rest, d = cutDates(q)
		} else {
			rest, d = cutDatesESFR(code, q)
		}
		if d.active() && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest)
		}
	}
	return q
}
