package bot

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/stancebot/stancebot/corpus"
)

// TestThemeQuestionBySynonym: "who mentions the financial sector" reads as
// critical infrastructure through a question synonym; besides the
// statements tagged with the theme, it answers with those that hold the
// synonym's own words, which no tag marks.
func TestThemeQuestionBySynonym(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Statement by Kenya\n\nKenya calls for the protection of critical infrastructure.\n")},
		"b.txt": {Data: []byte("Statement by Bahrain\n\nBahrain shares its experience in protecting the financial sector against intrusions.\n")},
		"c.txt": {Data: []byte("Statement by Ghana\n\nGhana asks for a fund for capacity building.\n")},
	}
	c, err := corpus.Load(context.Background(), fsys, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := New(c)
	for _, q := range []string{"who mentions the financial sector", "which countries talk about the banking system"} {
		r := b.Ask(q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		want := []string{"Kenya"}
		if q == "who mentions the financial sector" {
			want = []string{"Bahrain", "Kenya"}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%q: answers %v, want %v (%s)", q, got, want, r.Message)
		}
	}
}
