package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestAcronymData: every line of data/acronyms.txt parses, and no form is
// listed under two acronyms (a form would then find one at random).
func TestAcronymData(t *testing.T) {
	tab, err := parseAcronyms(acronymsTXT)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, ps := range tab.byFirst {
		for _, p := range ps {
			k := joinStems(p.stems)
			if c, ok := seen[k]; ok && c != tab.names[p.theme] {
				t.Errorf("form %q is under %s and %s", k, c, tab.names[p.theme])
			}
			seen[k] = tab.names[p.theme]
		}
	}
	if _, err := parseAcronyms("CERT computer emergency response team\n"); err == nil {
		t.Error("a line without a colon was accepted")
	}
}

func joinStems(s []string) string { return strings.Join(s, " ") }

// TestAcronymTerms: a question's forms become the acronym's term, outside
// theme phrases only, with the other words left in place and parallel.
func TestAcronymTerms(t *testing.T) {
	for _, tt := range []struct {
		words   []string
		inTheme []bool
		want    []string // stems of the result
		alt     map[int]string
	}{
		{[]string{"computer", "emergency", "response", "team", "strategy"}, nil, []string{"cert", Stem("strategy")}, nil},
		{[]string{"csirt"}, nil, []string{"csirt"}, map[int]string{0: "cert"}},
		{[]string{"cert"}, nil, []string{"cert"}, nil},
		{[]string{"denial", "service", "attacks"}, []bool{false, false, true}, []string{Stem("ddos"), Stem("attacks")}, nil},
		{[]string{"terrorism"}, nil, []string{Stem("terrorism")}, map[int]string{0: Stem("terrorist")}},
		{[]string{"incident", "response", "team"}, []bool{true, false, false}, []string{Stem("incident"), Stem("response"), Stem("team")}, nil},
		{[]string{"memorandum", "understanding"}, nil, []string{Stem("mou")}, nil},
		{[]string{"mous"}, nil, []string{Stem("mous")}, map[int]string{0: Stem("mou")}},
	} {
		var content []string
		var terms []QueryTerm
		for i, w := range tt.words {
			content = append(content, Stem(w))
			terms = append(terms, QueryTerm{Stem: Stem(w), InTheme: tt.inTheme != nil && tt.inTheme[i]})
		}
		c, w, q := AcronymTerms(content, slices.Clone(tt.words), terms)
		if !slices.Equal(c, tt.want) || len(w) != len(c) || len(q) != len(c) {
			t.Errorf("%v: content %v words %v terms %d, want %v", tt.words, c, w, len(q), tt.want)
			continue
		}
		for i, a := range tt.alt {
			if !slices.Contains(q[i].Alt, a) {
				t.Errorf("%v: term %d alternatives %v lack %q", tt.words, i, q[i].Alt, a)
			}
		}
	}
}
