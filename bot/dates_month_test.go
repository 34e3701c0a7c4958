package bot

import (
	"testing"
	"time"

	"github.com/stancebot/stancebot/corpus/lang"
)

// TestBareMonthDates: a month without its year after since, after or
// before, in English, Spanish and French, is the last such month up to
// today (see cutBareMonth); a month with its year is read as before, and
// month words that are no bound's ("in may" before a verb, "the march", "mars" the
// planet, "mayo" alone) are left alone.
func TestBareMonthDates(t *testing.T) {
	defer func(c func() time.Time) { clock = c }(clock)
	clock = func() time.Time { return time.Date(2026, 7, 1, 10, 0, 0, 0, time.UTC) }
	tests := []struct {
		code, text string
		from, to   string // "" : open
		rest       string
	}{
		{"", "anything new since march?", "2026-03-01", "", "?"},
		{"", "what did samoa say since September", "2025-09-01", "", "what did samoa say"},
		{"", "tonga after april", "2026-05-01", "", "tonga"},
		{"", "what did peru say before may", "", "2026-04-30", "what did peru say"},
		{"", "since december", "2025-12-01", "", ""},
		{lang.Spanish, "que dijo panama desde marzo", "2026-03-01", "", "que dijo panama"},
		{lang.Spanish, "algo nuevo despues de agosto?", "2025-09-01", "", ""},
		{lang.Spanish, "honduras antes de junio", "", "2026-05-31", "honduras"},
		{lang.French, "qu'a dit djibouti depuis mars ?", "2026-03-01", "", "qu'a dit djibouti ?"},
		{lang.French, "le togo avant février", "", "2026-01-31", "le togo"},
		{lang.French, "le togo après décembre", "2026-01-01", "", "le togo"},
		// "in"/"en" before a bare month is the whole month.
		{"", "what did iran say in january", "2026-01-01", "2026-01-31", "what did iran say"},
		{"", "anything In October?", "2025-10-01", "2025-10-31", "anything ?"},
		{lang.Spanish, "que dijo camerun en marzo", "2026-03-01", "2026-03-31", "que dijo camerun"},
		{lang.French, "qu'a dit le gabon en février ?", "2026-02-01", "2026-02-28", "qu'a dit le gabon ?"},
		{lang.French, "et en septembre", "2025-09-01", "2025-09-30", "et"},
		// "in may" ending the question is the month, not the verb (asked23).
		{"", "what did peru say in may", "2026-05-01", "2026-05-31", "what did peru say"},
		{"", "anything from ethiopia in may?", "2026-05-01", "2026-05-31", "anything from ethiopia ?"},
		// Mirrors.
		{"", "within march", "", "", "within march"},
		{"", "in march 2025", "2025-03-01", "2025-03-31", ""},
		{lang.Spanish, "que dice mayo en ransomware", "", "", "que dice mayo en ransomware"},
		{"", "since march 2025", "2025-03-01", "", ""},
		{"", "what peru in may see as a threat", "", "", "what peru in may see as a threat"},
		{"", "peru on the march for digital rights", "", "", "peru on the march for digital rights"},
		{"", "since the march on parliament", "", "", "since the march on parliament"},
		{lang.Spanish, "que dice mayo sobre ransomware", "", "", "que dice mayo sobre ransomware"},
		{lang.French, "la mission vers mars", "", "", "la mission vers mars"},
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
