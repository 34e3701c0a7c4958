package corpus

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"
)

// formsCorpus holds each word once: "spyware" and "ransomware" in one
// statement each (below the typo vocabulary's two-statement floor), and
// disinformation only through a form of its concept ("false information").
func formsCorpus(t *testing.T) *Corpus {
	t.Helper()
	c, err := Load(context.Background(), fstest.MapFS{"f.txt": {Data: []byte(
		"Libya has called for controls on spyware sold to armed groups.\n" +
			"Zimbabwe has said that ransomware has hit its hospitals.\n" +
			"Haiti has condemned campaigns of false information on social media.\n" +
			"Sudan has defended restrictions on mobile data during unrest.\n")}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCorrectWareAndForms: an unknown "-wear" word is the "-ware" word the
// corpus knows (two edits, and "spyware" is in one statement only: the
// distance rule alone cannot reach it), dictionary "-wear" words stay; a
// misspelt word of data/acronyms.txt is corrected though the corpus holds
// the concept only through a form.
func TestCorrectWareAndForms(t *testing.T) {
	c := formsCorpus(t)
	for _, tt := range []struct{ in, want string }{
		{"spywear", "spyware"},
		{"ransomwear", "ransomware"},
		{"ransomwears", "ransomware"},
		{"malwear", ""},  // the corpus does not know malware
		{"footwear", ""}, // an English word
		{"knitwear", ""},
		{"disinformaton", "disinformation"},
		{"misinformaton", "misinformation"},
		{"spyware", ""},  // known
		{"atlantis", ""}, // not "atlantic": the words of a name in acronyms.txt are no typo target
		{"shanghaj", ""}, // nor "shanghai"
	} {
		checkCorrect(t, c, tt.in, tt.want)
	}
}

// TestNearSynonymConcepts: the near-synonym concepts of data/acronyms.txt
// find the statement whichever words it uses: "internet shutdowns" the
// Sudanese "restrictions on mobile data", "disinformation" the Haitian
// "false information", "cyber mercenaries" and "PSOAs" one another.
func TestNearSynonymConcepts(t *testing.T) {
	c := formsCorpus(t)
	for _, tt := range []struct {
		q    string
		want string // holder of the only hit
	}{
		{"internet shutdowns", "Sudan"},
		{"network disruptions", "Sudan"},
		{"disinformation", "Haiti"},
		{"fake accounts", "Haiti"}, // another form of disinformation
		{"intrusion software", "Libya"},
	} {
		words := Tokenize(tt.q)
		var content, ws []string
		var terms []QueryTerm
		for _, w := range words {
			content = append(content, Stem(w.Lower))
			ws = append(ws, w.Lower)
			terms = append(terms, QueryTerm{Stem: Stem(w.Lower)})
		}
		_, _, terms = AcronymTerms(content, ws, terms)
		res := c.Search(Query{Terms: terms})
		var got []string
		for _, h := range res.Hits {
			got = append(got, c.Holder(h.Stmt))
		}
		if !slices.Equal(got, []string{tt.want}) {
			t.Errorf("%q: hits %v, want %s only", tt.q, got, tt.want)
		}
	}
}
