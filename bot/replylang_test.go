package bot

import (
	"slices"
	"testing"
)

// TestPreferReplyLang: a country's statement in the reply's language comes
// before its nearly equal one in another language (a bilingual page), and
// never before a clearly better one or another country's.
func TestPreferReplyLang(t *testing.T) {
	a := func(country, lang string, score float64) Answer {
		return Answer{Country: country, Lang: lang, Score: score, Text: country + "/" + lang}
	}
	texts := func(as []Answer) []string {
		var out []string
		for _, x := range as {
			out = append(out, x.Text)
		}
		return out
	}
	tests := []struct {
		name string
		lang string
		in   []Answer
		want []string
	}{
		{"a Spanish reply quotes the Spanish twin first", "es",
			[]Answer{a("Belize", "", 1.93), a("Belize", "es", 1.90)}, []string{"Belize/es", "Belize/"}},
		{"an English reply quotes the English twin first", "en",
			[]Answer{a("Canada", "fr", 2.0), a("Canada", "", 1.95)}, []string{"Canada/", "Canada/fr"}},
		{"a clearly better statement keeps its place", "es",
			[]Answer{a("Belize", "", 3.0), a("Belize", "es", 1.9)}, []string{"Belize/", "Belize/es"}},
		{"another country's statement is never moved", "es",
			[]Answer{a("Belize", "", 2.0), a("Guatemala", "es", 2.0)}, []string{"Belize/", "Guatemala/es"}},
		{"already in order", "fr",
			[]Answer{a("Mali", "fr", 2.0), a("Mali", "", 2.0)}, []string{"Mali/fr", "Mali/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := texts(preferReplyLang(tt.in, tt.lang)); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
