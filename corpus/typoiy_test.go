package corpus

import "testing"

// TestTypoIY: a name misspelt with "y" and "i" swapped is its country,
// in a French question too; words the swap does not bring within the
// allowance stay words.
func TestTypoIY(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct{ q, want string }{
		{"que dit la lybie sur les infrastructures critiques", "Libya"},
		{"what does lybia say on critical infrastructure", "Libya"},
		{"what does sirya say on attribution", "Syria"},
		{"what does the lobby say on attribution", ""},
	} {
		got := ""
		if ms := g.Find(Tokenize(c.q), true, nil); len(ms) > 0 {
			got = ms[0].Country
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.q, got, c.want)
		}
	}
}
