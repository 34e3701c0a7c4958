package bot

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestCriticalOf: "who is critical of X" and "countries critical of X" ask
// who criticises X — the others' statements naming it, never X's own and
// never statements on critical infrastructure.
func TestCriticalOf(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"ee.txt": {Data: []byte("Estonia has repeatedly criticised Belarus for its disinformation campaigns.\n")},
		"lt.txt": {Data: []byte("Lithuania protects critical infrastructure such as its power grid from cyber attacks.\n")},
		"by.txt": {Data: []byte("Belarus rejects politically motivated accusations and calls for dialogue.\n")},
		"pl.txt": {Data: []byte("Poland is a frequent critic of Belarus and its hybrid operations at the border.\n")},
	}))
	for _, c := range []struct {
		q     string
		about bool     // read as who speaks about the country
		want  []string // the answers' holders, sorted
	}{
		{"who is critical of belarus", true, []string{"Estonia", "Poland"}},
		{"countries critical of belarus?", true, []string{"Estonia", "Poland"}},
		{"which states are critical of belarus", true, []string{"Estonia", "Poland"}},
		{"anyone sceptical of belarus", true, nil},
		// Not an attitude towards a country: stays as it was.
		{"what does lithuania say on critical infrastructure", false, []string{"Lithuania"}},
		{"is estonia critical of belarus", false, nil},
	} {
		r := b.Ask(c.q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		slices.Sort(got)
		if about := r.Intent == IntentTheme && len(r.Countries) == 0; about != c.about {
			t.Errorf("%q: intent %s countries %v: read as who speaks of it %v, want %v (%s)", c.q, r.Intent, r.Countries, about, c.about, r.Message)
			continue
		}
		if c.want != nil && !slices.Equal(got, c.want) {
			t.Errorf("%q: answered by %v, want %v (%s)", c.q, got, c.want, r.Message)
		}
		if slices.Contains(got, "Belarus") && c.about {
			t.Errorf("%q: answered with Belarus's own words", c.q)
		}
	}
}
