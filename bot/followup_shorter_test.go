package bot

import "testing"

// TestShorterFollowUp: "shorter pls", "tl;dr" ask the last question again
// with one answer (one country) or three (across countries); another
// message is no such follow-up.
func TestShorterFollowUp(t *testing.T) {
	b := asked7Bot(t)
	one := ReplyRecord{Question: "lithuania election interference", Intent: IntentStance, Lang: "en"}
	many := ReplyRecord{Question: "who talks about ransomware", Intent: IntentTheme, Lang: "en"}
	for _, tt := range []struct {
		rec      ReplyRecord
		in, want string
	}{
		{one, "shorter pls", "lithuania election interference top 1"},
		{one, "tl;dr", "lithuania election interference top 1"},
		{one, "<@U1> too long", "lithuania election interference top 1"},
		{many, "shorter please", "who talks about ransomware top 3"},
		{one, "shorter statements on cables", ""},
		{ReplyRecord{}, "tl;dr", ""},
	} {
		got, _ := shorterFollowUp(b.Corpus(), tt.rec, tt.in)
		if got != tt.want {
			t.Errorf("shorterFollowUp(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
