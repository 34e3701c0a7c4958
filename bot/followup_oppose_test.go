package bot

import "testing"

// TestOpposeFollowUp: "does anyone oppose it" after a reply asks who
// opposes its topic, "who disagrees?" who else speaks on it; with no topic before, or with a topic of its own, it
// is no such follow-up.
func TestOpposeFollowUp(t *testing.T) {
	b := asked7Bot(t)
	rec := ReplyRecord{Question: "compare nepal, bangladesh and tanzania on data localisation", Lang: "en"}
	for _, tt := range []struct {
		rec      ReplyRecord
		in, want string
	}{
		{rec, "does anyone oppose it", "who opposes data localisation"},
		{rec, "<@U1> anyone against it?", "who opposes data localisation"},
		{ReplyRecord{Question: "bangladesh on data localisation", Lang: "en", Earlier: []string{"Bangladesh"}}, "who disagrees?", "who talks about data localisation besides Bangladesh"},
		{rec, "does anyone oppose sanctions", ""},
		{ReplyRecord{Question: "nepal", Lang: "en"}, "anyone against it", ""},
	} {
		got, _ := opposeFollowUp(b.Corpus(), tt.rec, tt.in)
		if got != tt.want {
			t.Errorf("opposeFollowUp(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
