package corpus

import "testing"

// TestDatelineOpens: a news dateline is told from a country's label in
// capitals and from ordinary openings.
func TestDatelineOpens(t *testing.T) {
	g := DefaultGazetteer()
	for _, tc := range []struct {
		p    string
		want bool
	}{
		{"WARSAW – The proposal follows a wave of incidents.", true},
		{"BUDAPEST, 3 June 2026 – Poland's foreign ministry said on Tuesday.", true},
		{"NEW YORK, 4 November (Reuters) — The committee met again.", true},
		{"GENEVA -- Talks resumed on Monday.", true},
		{"KENYA – supports a binding treaty.", false},
		{"EU Statement – capacity-building", false},
		{"The proposal follows a wave of incidents.", false},
		{"UN Secretary-General – remarks", false},
	} {
		if got := g.datelineOpens(tc.p); got != tc.want {
			t.Errorf("datelineOpens(%q) = %v, want %v", tc.p, got, tc.want)
		}
	}
}
