package corpus

import (
	"context"
	"testing"
)

// TestPages8Corpus: every paragraph of testdata/pages8 (page shapes the
// other test corpora lack, with countries they use least: press coverage
// whose speakers run on in one paragraph, a statement signed only by its
// mission at the end, a one-per-line signatories list, a ministry news item
// with a caption, a written answer, a forum thread, a PDF with form feeds, a
// wire story with trailing attributions, communiqués with "the two sides",
// panellists named by surname, a grid table, a speech with applause marks, a
// noon briefing, a timeline, an academic review, a treaty's objections,
// slides, a live blog, a letter's annex, a programme, an op-ed's bio line;
// see its -expected.tsv, written before the loader was run on it) is held by
// the countries the expected file gives, and nothing else is a statement.
func TestPages8Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/pages8", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/pages8-expected.tsv", pages8Leftovers)
}

// pages8Leftovers are the rows of pages8-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var pages8Leftovers = map[string]string{}
