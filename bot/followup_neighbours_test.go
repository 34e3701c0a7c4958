package bot

import "testing"

// TestNeighboursFollowUp: "what about its neighbours" after a reply on one
// country asks its M49 sub-region besides it, on the same topic; another
// message is no neighbours follow-up.
func TestNeighboursFollowUp(t *testing.T) {
	b := asked7Bot(t)
	rec := ReplyRecord{Question: "kuwait ransomware", Lang: "en", Earlier: []string{"Kuwait"}}
	for _, tt := range []struct{ in, want string }{
		{"what about its neighbours", "Western Asia besides Kuwait on ransomware"},
		{"<@U1> And its neighbors?", "Western Asia besides Kuwait on ransomware"},
		{"others in the region", "Western Asia besides Kuwait on ransomware"},
		{"and the other countries in the region?", "Western Asia besides Kuwait on ransomware"},
		{"¿y los demás países de la región?", "Western Asia besides Kuwait on ransomware"},
		{"et les autres pays de la région ?", "Western Asia besides Kuwait on ransomware"},
		{"ok, et le reste de la région ?", "Western Asia besides Kuwait on ransomware"},
		{"the other countries in the gulf", ""},
		{"what about bahrain", ""},
		{"neighbours on crypto", ""},
	} {
		got, _ := neighboursFollowUp(b.Corpus(), rec, tt.in)
		if got != tt.want {
			t.Errorf("neighboursFollowUp(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
