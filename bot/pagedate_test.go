package bot

import (
	"testing"
	"time"
)

// TestPageDateQuestions asks date questions, typed as users type them, on
// testdata/pagedates, whose pages are dated only by their opening lines
// (a dateline, a byline, "Posted … on", "Publié le", "Mis à jour :"), by
// front matter or by sources.tsv: the dated answers come back filtered to
// the asked period and in the asked order.
func TestPageDateQuestions(t *testing.T) {
	defer func(c func() time.Time) { clock = c }(clock)
	clock = func() time.Time { return time.Date(2026, 7, 1, 10, 0, 0, 0, time.UTC) }
	b := dirBot(t, "../testdata/pagedates")
	for _, c := range []struct {
		q, country string
		from, to   string // every answer dated in [from, to] (prefix compare)
		first      string // the first answer's date, when set
		newest     bool   // answers newest first, undated ones (no filter) last
		oldest     bool   // answers oldest first
	}{
		{q: "latest from kenya", country: "Kenya", from: "2026", to: "2026-12", first: "2026-05-20", newest: true},
		{q: "what did kenya say recently", country: "Kenya", from: "2026", to: "2026-12", first: "2026-05-20", newest: true},
		{q: "what did kenya say in march 2026", country: "Kenya", from: "2026-03", to: "2026-03-31", first: "2026-03-10"},
		{q: "kenya ransomware since april", country: "Kenya", from: "2026-04", to: "2026-12", first: "2026-05-20"},
		{q: "qué dijo méxico en 2025", country: "Mexico", from: "2025", to: "2025-12-31", first: "2025-01-12"},
		{q: "que dijo mexico antes de 2025", country: "Mexico", from: "2024", to: "2024-12-31", first: "2024-11-20"},
		{q: "la position de la France depuis mars", country: "France", from: "2026-03", to: "2026-12", first: "2026-04-01"},
		{q: "qu'a dit la france en février 2026 ?", country: "France", from: "2026-02", to: "2026-02-28", first: "2026-02"},
		{q: "oldest statement from peru", country: "Peru", from: "2025", to: "2026-12", first: "2025-06-01", oldest: true},
		{q: "latest from peru", country: "Peru", from: "2025", to: "2026-12", first: "2026-05-20", newest: true},
		{q: "statements since march", from: "2026-03", to: "2026-12", first: "2026-05-20", newest: true},
	} {
		r := b.Ask(c.q, 0)
		if len(r.Answers) == 0 {
			t.Errorf("%q: no answer (%s)", c.q, r.Message)
			continue
		}
		prev := ""
		for k, a := range r.Answers {
			if c.country != "" && a.Country != c.country {
				t.Errorf("%q: answer %d by %s", c.q, k, a.Country)
			}
			if c.newest && a.Date == "" {
				// "latest" filters nothing: an undated statement (Kenya's
				// position, whose only date is in a sentence) comes last.
				prev = ""
				continue
			}
			if c.newest && prev == "" && k > 0 {
				t.Errorf("%q: answer %d dated %s after an undated one", c.q, k, a.Date)
			}
			if a.Date == "" || a.Date < c.from || a.Date > c.to {
				t.Errorf("%q: answer %d dated %q, outside %s–%s", c.q, k, a.Date, c.from, c.to)
			}
			if k > 0 && (c.newest && a.Date > prev || c.oldest && a.Date < prev) {
				t.Errorf("%q: answer %d dated %s after %s", c.q, k, a.Date, prev)
			}
			prev = a.Date
		}
		if c.first != "" && r.Answers[0].Date != c.first {
			t.Errorf("%q: first answer dated %q, want %q (%.60q)", c.q, r.Answers[0].Date, c.first, r.Answers[0].Text)
		}
	}
}
