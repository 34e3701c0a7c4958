package bot

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestGroupingAfterGroupIsTopic: a grouping after an about-word, when a
// grouping before it is asked, is the topic, as after a country ("peru on
// latin america"): "caricom on small island states" asks CARICOM's
// members, where every small island State was compared with them. Two
// groupings joined as speakers stay both asked.
func TestGroupingAfterGroupIsTopic(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"jm.txt": {Data: []byte("Jamaica calls for capacity building for small island developing States.\n")},
		"bb.txt": {Data: []byte("Barbados says small island States depend on submarine cables.\n")},
		"fj.txt": {Data: []byte("Fiji calls for the protection of submarine cables in the Pacific.\n")},
		"mv.txt": {Data: []byte("Maldives says small island States need regional cooperation.\n")},
	}))
	for _, tc := range []struct {
		q         string
		countries []string
	}{
		{"caribbean community on small island states", []string{"Barbados", "Jamaica"}},
		{"what does caricom say about small island developing states", []string{"Barbados", "Jamaica"}},
		// mirrors: both groupings asked; a country before the grouping
		{"caricom and small island states on cables", []string{"Barbados", "Jamaica", "Fiji", "Maldives"}},
		{"compare caricom with the sids", []string{"Barbados", "Jamaica", "Fiji", "Maldives"}},
		{"jamaica on small island states", []string{"Jamaica"}},
	} {
		got := parsedCountries(Parse(b.Corpus(), tc.q))
		slices.Sort(got)
		want := slices.Clone(tc.countries)
		slices.Sort(want)
		if !slices.Equal(slices.Compact(got), want) {
			t.Errorf("Parse(%q) countries %v, want %v", tc.q, got, want)
		}
	}
}
