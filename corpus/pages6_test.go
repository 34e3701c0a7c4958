package corpus

import (
	"context"
	"strings"
	"testing"
)

// TestPages6Corpus: every paragraph of testdata/pages6 (page shapes the
// other test corpora lack: an Arria-formula summary, a compilation of
// views with footnotes, a CBM table, an embassy reporting another
// country's debate, joint declarations with a named reservation,
// explanations of vote, press conferences whose journalists ask about
// other countries, a table whose columns are countries, an email thread,
// an OCR'd working paper, capitals as actors, "aligned themselves" lists,
// a readout, a social thread, a wiki page, a podcast, a written question,
// a communiqué, an event Q&A, an ARF summary; see its -expected.tsv,
// written before the loader was run on it) is held by the countries the
// expected file gives, and nothing else is a statement.
func TestPages6Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/pages6", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/pages6-expected.tsv", pages6Leftovers)
	// Page debris must not reach a statement's words.
	for _, s := range c.Statements() {
		for _, debris := range []string{"[edit]", "26-05118", ">>"} {
			if strings.Contains(s.Text, debris) {
				t.Errorf("statement %s %.60q (%s) keeps page debris %q", s.Sources, s.Text, s.Country, debris)
			}
		}
	}
}

// pages6Leftovers are the rows of pages6-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var pages6Leftovers = map[string]string{}
