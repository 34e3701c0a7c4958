package corpus

import "testing"

// TestOverstemmedApart: words Snowball joins across unrelated families
// stay apart, each family still joining its own forms.
func TestOverstemmedApart(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"hospitality", "hospitals"},
		{"hospitable", "hospital"},
		{"informal", "information"},
		{"internal", "international"},
		{"internally", "internationally"},
		{"critical", "criticised"},
		{"critically", "criticism"},
		{"university", "universal"},
		{"authorities", "author"},
	} {
		if Stem(c.a) == Stem(c.b) {
			t.Errorf("Stem(%q) = Stem(%q) = %q: two families joined", c.a, c.b, Stem(c.a))
		}
	}
	for _, c := range []struct{ a, b string }{
		{"hospitals", "hospital"},
		{"information", "inform"},
		{"informal", "informally"},
		{"international", "internationally"},
		{"internal", "internally"},
		{"critical", "critically"},
		{"criticised", "criticism"},
		{"criticised", "criticized"},
		{"universities", "university"},
		{"authority", "authorities"},
		{"hospitality", "hospitable"},
	} {
		if Stem(c.a) != Stem(c.b) {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q: one family split", c.a, Stem(c.a), c.b, Stem(c.b))
		}
	}
	for _, w := range []string{"hospitality", "informal", "internal", "critical", "university", "authority"} {
		if !isEnglishWord(w) {
			t.Errorf("isEnglishWord(%q) = false: data/englishstems.txt lacks its stem", w)
		}
	}
}
