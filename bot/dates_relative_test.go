package bot

import (
	"testing"
	"time"

	"github.com/stancebot/stancebot/corpus/lang"
)

// TestRelativeDates: date words relative to today, in English, Spanish
// and French, become the range they name; words that only look like them
// are left alone.
func TestRelativeDates(t *testing.T) {
	defer func(c func() time.Time) { clock = c }(clock)
	clock = func() time.Time { return time.Date(2026, 11, 30, 15, 0, 0, 0, time.UTC) }
	tests := []struct {
		code, text string
		from, to   string // "" : no date read
		rest       string
	}{
		{"", "who talked about sovereignty last year", "2025-01-01", "2025-12-31", "who talked about sovereignty"},
		{"", "what did Kenya say in the past year?", "2025-11-30", "2026-11-30", "what did Kenya say ?"},
		{"", "Chile this year", "2026-01-01", "2026-11-30", "Chile"},
		{"", "norms over the last 12 months", "2025-11-30", "2026-11-30", "norms"},
		{"", "capacity building in the last two years", "2024-11-30", "2026-11-30", "capacity building"},
		{"", "Peru last month", "2026-10-01", "2026-10-31", "Peru"},
		{"", "the years of conflict", "", "", "the years of conflict"},
		{"", "in past years Peru said", "", "", "in past years Peru said"},
		{lang.Spanish, "qué dijo Chile el año pasado", "2025-01-01", "2025-12-31", "qué dijo Chile"},
		{lang.Spanish, "normas en los últimos dos años", "2024-11-30", "2026-11-30", "normas"},
		{lang.Spanish, "Perú este año", "2026-01-01", "2026-11-30", "Perú"},
		{lang.French, "qui a parlé de souveraineté l'année dernière", "2025-01-01", "2025-12-31", "qui a parlé de souveraineté"},
		{lang.French, "que dit le Kenya ces deux dernières années", "2024-11-30", "2026-11-30", "que dit le Kenya"},
		{lang.French, "le Pérou cette année", "2026-01-01", "2026-11-30", "le Pérou"},
		{lang.French, "au cours des six derniers mois", "2026-05-30", "2026-11-30", ""},
		{lang.French, "qui a parlé de rançongiciels au cours des deux dernières années", "2024-11-30", "2026-11-30", "qui a parlé de rançongiciels"},
		{lang.French, "des années de négociations", "", "", "des années de négociations"},
		// Weeks (from Monday) and days; 30 November 2026 is a Monday.
		{"", "who talked about ransomware this week", "2026-11-30", "2026-11-30", "who talked about ransomware"},
		{"", "kenya last week", "2026-11-23", "2026-11-29", "kenya"},
		{"", "norms in the past two weeks", "2026-11-16", "2026-11-30", "norms"},
		{"", "anything on AI over the last 30 days?", "2026-10-31", "2026-11-30", "anything on AI ?"},
		{"", "what did they say on the last day of the session", "", "", "what did they say on the last day of the session"},
		{"", "the week of action", "", "", "the week of action"},
		{lang.Spanish, "qué dijo Chile la semana pasada", "2026-11-23", "2026-11-29", "qué dijo Chile"},
		{lang.Spanish, "normas esta semana", "2026-11-30", "2026-11-30", "normas"},
		{lang.Spanish, "ransomware en las últimas dos semanas", "2026-11-16", "2026-11-30", "ransomware"},
		{lang.Spanish, "algo en los últimos 30 días", "2026-10-31", "2026-11-30", "algo"},
		{lang.French, "que dit le Kenya cette semaine", "2026-11-30", "2026-11-30", "que dit le Kenya"},
		{lang.French, "la souveraineté la semaine dernière", "2026-11-23", "2026-11-29", "la souveraineté"},
		{lang.French, "au cours des deux dernières semaines", "2026-11-16", "2026-11-30", ""},
	}
	for _, tt := range tests {
		var rest string
		var d dateAsk
		if tt.code == "" {
			rest, d = cutDates(tt.text)
		} else {
			rest, d = cutDatesESFR(tt.code, tt.text)
		}
		day := func(x time.Time) string {
			if x.IsZero() {
				return ""
			}
			return x.Format("2006-01-02")
		}
		if day(d.from) != tt.from || day(d.to) != tt.to || rest != tt.rest {
			t.Errorf("%q: %s..%s, rest %q; want %s..%s, %q", tt.text, day(d.from), day(d.to), rest, tt.from, tt.to, tt.rest)
		}
	}
}
