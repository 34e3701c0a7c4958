package bot

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestOthersAbout: "what did others say about X", "what are countries
// saying about X" ask the others' statements naming X, never X's own.
func TestOthersAbout(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"ua.txt": {Data: []byte("Ukraine calls for accountability for attacks on its power grid.\n")},
		"pl.txt": {Data: []byte("Poland has delivered cyber defence assistance to Ukraine since 2022.\n")},
		"jp.txt": {Data: []byte("Japan supports Ukraine with equipment for its cyber defence units.\n")},
		"pe.txt": {Data: []byte("Peru supports the convention against cybercrime.\n")},
	}))
	for _, c := range []struct {
		q    string
		want []string // the answers' holders, sorted
	}{
		{"what did others say about ukraine", []string{"Japan", "Poland"}},
		{"what are countries saying about ukraine?", []string{"Japan", "Poland"}},
		{"what does everyone say on ukraine", []string{"Japan", "Poland"}},
		{"how did other states react to the ukraine attacks", []string{"Japan", "Poland"}},
		{"qué dicen otros países sobre ucrania", []string{"Japan", "Poland"}},
		{"¿qué opinan los demás sobre ucrania?", []string{"Japan", "Poland"}},
		{"que disent les autres pays sur l'ukraine", []string{"Japan", "Poland"}},
		// The speaker named: its own statements.
		{"what does ukraine say about its power grid", []string{"Ukraine"}},
		{"what do countries like peru say about cybercrime", []string{"Peru"}},
		{"should states demand accountability according to ukraine", []string{"Ukraine"}},
	} {
		r := b.Ask(c.q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %s %v answered by %v, want %v (%s)", c.q, r.Intent, r.Countries, got, c.want, r.Message)
		}
	}
}
