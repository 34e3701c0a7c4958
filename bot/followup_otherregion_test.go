package bot

import "testing"

// TestOtherRegionFollowUp: "the other <region>" after a reply on one of
// its countries asks the region besides the thread's countries, on the
// same topic; a region without "other", or with a topic of its own, is no
// such follow-up, nor is "other <region>" without its article, which may
// show the country beside them.
func TestOtherRegionFollowUp(t *testing.T) {
	b := asked7Bot(t)
	rec := ReplyRecord{Question: "kuwait on the gulf cert", Lang: "en", Earlier: []string{"Kuwait"}}
	for _, tt := range []struct{ in, want string }{
		{"what about the other gulf states", "gulf states besides Kuwait on gulf cert"},
		{"and the other gcc countries?", "gcc countries besides Kuwait on gulf cert"},
		{"what about the gulf states", ""},
		{"what about other gulf states", ""},
		{"the other gulf states on crypto", ""},
	} {
		got, _ := otherRegionFollowUp(b.Corpus(), rec, tt.in)
		if got != tt.want {
			t.Errorf("otherRegionFollowUp(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
