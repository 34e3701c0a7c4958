package bot

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestWhoAccuses: "who blames China", "has anyone accused Russia", "which
// countries attributed attacks to Russia" ask who names the country, not
// what it says: the answers are the other countries' statements naming it,
// and when none does, the reply says no statement names it (not that the
// country itself said nothing, nor that no country speaks at all).
func TestWhoAccuses(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"a.txt": {Data: []byte("Statement by Czechia\n\nCzechia attributes the campaign against its foreign ministry to Russia and calls for accountability.\n")},
		"b.txt": {Data: []byte("Statement by Estonia\n\nEstonia stresses that public attribution is a sovereign decision.\n")},
		"c.txt": {Data: []byte("Statement by Russia\n\nRussia rejects unfounded accusations and politicised attribution.\n")},
	}))
	tests := []struct {
		q    string
		want []string // answering countries
		msg  string   // in the message
	}{
		{"who blames russia", []string{"Czechia"}, ""},
		{"has anyone accused russia of cyberattacks", []string{"Czechia"}, ""},
		{"did any country blame russia", []string{"Czechia"}, ""},
		{"which countries attributed attacks to russia", []string{"Czechia"}, ""},
		{"who pointed the finger at russia", []string{"Czechia"}, ""},
		{"¿quién culpa a Rusia?", []string{"Czechia"}, ""},
		{"qui accuse la Russie ?", []string{"Czechia"}, ""},
		{"who blames china", nil, "No statement in the corpus names China"},
		// Unchanged: the country's own words.
		{"what does russia say on attribution", []string{"Russia"}, ""},
		{"does russia blame anyone", []string{"Russia"}, ""},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 5)
		var got []string
		for _, a := range r.Answers {
			if !slices.Contains(got, a.Country) {
				got = append(got, a.Country)
			}
		}
		if !slices.Equal(got, tt.want) || !strings.Contains(r.Message, tt.msg) {
			t.Errorf("%q: answered by %v (%s), want %v with %q", tt.q, got, r.Message, tt.want, tt.msg)
		}
	}
}
