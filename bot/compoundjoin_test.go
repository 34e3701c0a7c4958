package bot

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/stancebot/stancebot/corpus"
)

// TestJoinCompounds: two topic words become the closed compound the
// corpus writes only when the corpus knows the compound and lacks one of
// the parts; a pair whose parts it knows stays open.
func TestJoinCompounds(t *testing.T) {
	c := fsCorpus(t, fstest.MapFS{"f.txt": {Data: []byte(
		"Zimbabwe has said that ransomware has hit hospitals and that data protection matters.\n" +
			"Kenya has said that undersea cables and data centres need protection.\n")}})
	for _, tt := range []struct {
		in, want []string
	}{
		{[]string{"ransom", "ware"}, []string{"ransomware"}},
		{[]string{"ransom", "ware", "attacks"}, []string{"ransomware", "attacks"}},
		{[]string{"under", "sea", "cables"}, []string{"undersea", "cables"}},
		{[]string{"data", "protection"}, []string{"data", "protection"}}, // both known
		{[]string{"spy", "ware"}, []string{"spy", "ware"}},               // "spyware" unknown
		{[]string{"hospital"}, []string{"hospital"}},
	} {
		content := make([]string, len(tt.in))
		terms := make([]corpus.QueryTerm, len(tt.in))
		for i, w := range tt.in {
			content[i] = corpus.Stem(w)
			terms[i] = corpus.QueryTerm{Stem: content[i]}
		}
		_, words, qt := joinCompounds(c, content, slices.Clone(tt.in), terms)
		if !slices.Equal(words, tt.want) || len(qt) != len(words) {
			t.Errorf("%v: words %v (%d terms), want %v", tt.in, words, len(qt), tt.want)
		}
	}
}
