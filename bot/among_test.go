package bot

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestWhoAmongRegion: a who-question naming a region ("which african
// countries mention ransomware", "how many…", "¿cuántos países
// africanos…?") lists the region's countries that speak on the topic and
// says how many of how many, never another region's countries; "what do
// african countries say" still compares each one's statement.
func TestWhoAmongRegion(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"ke.txt": {Data: []byte("Kenya condemns ransomware attacks against hospitals and calls for cooperation.\n")},
		"gh.txt": {Data: []byte("Ghana has suffered ransomware attacks on its ministries and trains police investigators.\n")},
		"ng.txt": {Data: []byte("Nigeria supports the United Nations convention against cybercrime.\n")},
		"pe.txt": {Data: []byte("Peru condemns ransomware attacks against public hospitals.\n")},
		"vn.txt": {Data: []byte("Viet Nam supports capacity building for developing countries.\n")},
	}))
	for _, c := range []struct {
		q, intent, lang string
		want            []string // in the message
		answered        []string // the answers' holders, in any order; nil: none checked
	}{
		{"which african countries mention ransomware", IntentTheme, "en", []string{"Africa: 2 of its 3 countries", "Kenya", "Ghana"}, []string{"Kenya", "Ghana"}},
		{"how many african countries talk about ransomware?", IntentTheme, "en", []string{"2 of its 3"}, []string{"Kenya", "Ghana"}},
		{"has any african country mentioned ransomware", IntentTheme, "en", []string{"2 of its 3"}, []string{"Kenya", "Ghana"}},
		{"what african states mention ransomware", IntentTheme, "en", []string{"2 of its 3"}, []string{"Kenya", "Ghana"}},
		{"which african countries dont mention ransomware", IntentTheme, "en", []string{"1 of its 3 countries in the corpus hold no statement", "Nigeria"}, nil},
		{"which african countries mention quantum computing", IntentTheme, "en", []string{"none of its 3 countries"}, nil},
		{"¿qué países africanos hablan de ransomware?", IntentTheme, "es", []string{"2 de sus 3 países"}, []string{"Kenya", "Ghana"}},
		{"¿cuántos países africanos hablan de ransomware?", IntentTheme, "es", []string{"2 de sus 3 países"}, []string{"Kenya", "Ghana"}},
		{"¿algún país africano habla de ransomware?", IntentTheme, "es", []string{"2 de sus 3 países"}, []string{"Kenya", "Ghana"}},
		{"quels pays africains parlent de rançongiciels ?", IntentTheme, "fr", []string{"2 de ses 3 pays"}, []string{"Kenya", "Ghana"}},
		{"combien de pays africains parlent de rançongiciels", IntentTheme, "fr", []string{"2 de ses 3 pays"}, []string{"Kenya", "Ghana"}},
		// What each says, or a comparison asked: every member compared.
		{"what do african countries say on ransomware", IntentCompare, "en", []string{"Africa is not a country"}, nil},
		{"compare african countries on ransomware", IntentCompare, "en", nil, nil},
		{"que disent les pays africains sur les rançongiciels", IntentCompare, "fr", nil, nil},
		// A country beside the region: still a comparison.
		{"which is closer to peru, african countries on ransomware?", IntentCompare, "en", nil, nil},
	} {
		r := b.Ask(c.q, 0)
		if r.Intent != c.intent || r.Lang != c.lang {
			t.Errorf("%q: intent %s lang %s, want %s %s (%s)", c.q, r.Intent, r.Lang, c.intent, c.lang, r.Message)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(r.Message, w) {
				t.Errorf("%q: message %q lacks %q", c.q, r.Message, w)
			}
		}
		if strings.Contains(r.Message, "Peru") || strings.Contains(r.Message, "Perú") || strings.Contains(r.Message, "Pérou") {
			if c.intent == IntentTheme {
				t.Errorf("%q: message %q names Peru, no African country", c.q, r.Message)
			}
		}
		if c.answered != nil {
			var got []string
			for _, a := range r.Answers {
				got = append(got, a.Country)
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(c.answered))
			if !slices.Equal(got, want) {
				t.Errorf("%q: answered by %v, want %v", c.q, got, want)
			}
		}
	}
}
