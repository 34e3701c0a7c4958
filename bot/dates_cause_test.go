package bot

import (
	"testing"
	"time"
)

// TestContextSentenceDates: the dates of a leading first-person sentence
// telling what brings the question ("we met the Cambodian police last
// week. …") date that meeting, not the statements asked for; a sentence
// that asks for something ("I need statements from last week. …") and a
// question's own date words keep theirs.
func TestContextSentenceDates(t *testing.T) {
	defer func(c func() time.Time) { clock = c }(clock)
	clock = func() time.Time { return time.Date(2026, 11, 30, 15, 0, 0, 0, time.UTC) }
	tests := []struct {
		text   string
		active bool
	}{
		{"we met the cambodian police last week. what do they say about scams", false},
		{"I saw the Kenyan minister last month. what does Kenya say on AI?", false},
		{"our team visited Lima last year. what does peru say on attribution", false},
		{"given the cable cuts in the red sea last year, has yemen said anything on cables", false},
		// Neighbours: the dates are the question's.
		{"what did kenya say last week", true},
		{"I need statements from last week. what did Peru say on AI", true},
		{"we only want last year. what does peru say on attribution", true},
		{"since 2024, what has chile said on norms", true},
		{"we met them last week", true}, // nothing follows: a question of its own
	}
	for _, tt := range tests {
		_, d := cutDates(tt.text)
		if d.filters() != tt.active {
			t.Errorf("%q: dates applied %v, want %v (%v)", tt.text, d.filters(), tt.active, d.phrases)
		}
	}
}
