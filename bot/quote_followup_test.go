package bot

import "testing"

// TestQuoteFollowUp: "quote it", "exact words?", "cítalo", "cite-le"
// after a reply ask for its statements again; with no reply before, or
// with a topic of their own ("quote the treaty", "the quote on cables"),
// they are no such follow-up.
func TestQuoteFollowUp(t *testing.T) {
	rec := ReplyRecord{Question: "what does kiribati say about cables", Lang: "en"}
	for _, tt := range []struct {
		rec  ReplyRecord
		in   string
		want bool
	}{
		{rec, "quote it", true},
		{rec, "ok quote it pls", true},
		{rec, "exact words?", true},
		{rec, "¿cítalo?", true},
		{rec, "las palabras exactas", true},
		{rec, "cite-le", true},
		{rec, "mot pour mot ?", true},
		{ReplyRecord{}, "quote it", false},
		{rec, "quote the treaty", false},
		{rec, "the quote on cables", false},
	} {
		text, _ := dropReferring(followUpLead(followUpText(tt.in)))
		if got := quoteFollowUp(tt.rec, text); got != tt.want {
			t.Errorf("quoteFollowUp(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
