package bot

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stancebot/stancebot/corpus"
)

// TestThemeClosest: "who talks about T", when the question's words name a
// theme no statement is tagged with, answers with the statements holding
// the words themselves, marked closest, in the asker's language; a theme
// with tagged statements answers as before, and words found nowhere still
// answer "no country".
func TestThemeClosest(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Statement by Norway\n\nPrivate firms must never hack back against intruders.\n")},
		"b.txt": {Data: []byte("Statement by Ghana\n\nGhana asks for a fund for capacity building.\n")},
	}
	c := fsCorpus(t, fsys)
	b := New(c)
	tests := []struct {
		q         string
		countries []string
		match     string
		msg       string
	}{
		{"who talks about hack back", []string{"Norway"}, corpus.MatchClosest, "closest by the question's words"},
		{"which countries mention hacking back?", []string{"Norway"}, corpus.MatchClosest, "closest"},
		{"¿quién habla de hack back?", []string{"Norway"}, corpus.MatchClosest, "más cercanas"},
		{"who talks about capacity building", []string{"Ghana"}, "", "1 country"},
		{"who talks about retaliation against zebras", nil, "", "No country"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r := b.Ask(tt.q, 0)
			var got []string
			for _, a := range r.Answers {
				got = append(got, a.Country)
				if tt.match != "" && a.Match != tt.match {
					t.Errorf("answer %s match %q, want %q", a.Country, a.Match, tt.match)
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.countries, ",") || !strings.Contains(r.Message, tt.msg) {
				t.Errorf("answers %v, message %q; want %v and %q", got, r.Message, tt.countries, tt.msg)
			}
		})
	}
}
