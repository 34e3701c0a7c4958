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
	for _, p := range datePrefixes {
		if rest, ok := strings.CutPrefix(t+" ", p); ok {
			t = strings.TrimSpace(rest)
			break
		}
	}
	if t == "" || rec.Question == "" {
		return "", false
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
		return rec.Question + " " + strings.Join(d.phrases, " "), true
	}
	return "", false
}
