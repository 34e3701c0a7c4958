package bot

import "testing"

// TestDateFollowUpFrame: a date follow-up asked as a whole question whose
// country is the thread's ("what did they say in 2025") asks the last
// question again within those dates; a topic or country word left beside
// the dates makes it no date follow-up.
func TestDateFollowUpFrame(t *testing.T) {
	rec := ReplyRecord{Question: "lithuania"}
	for _, tt := range []struct{ in, want string }{
		{"what did say in 2025", "lithuania in 2025"}, // "they" is dropped before (dropReferring)
		{"what did they say in 2025", "lithuania in 2025"},
		{"anything from them since 2024?", "lithuania since 2024"},
		{"what did they say on ransomware in 2025", ""},
		{"what did croatia say in 2024", ""},
	} {
		got, _ := dateFollowUp(rec, tt.in)
		if got != tt.want {
			t.Errorf("dateFollowUp(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
