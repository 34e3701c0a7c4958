package corpus

import (
	"context"
	"testing"
)

// TestPages17Corpus: every paragraph of testdata/pages17 (page shapes the
// other test corpora have few of, with countries they name least: an
// English and a French UN meetings coverage with group statements and
// rights of reply, a PDF national position's extracted text with running
// footers, a sentence broken by a page footer and hyphenated line breaks,
// a side event's Q&A whose questioners are other States, a joint statement
// with its signatories listed at the end, news naming its country only by
// its capital and its minister's title, a news story whose last paragraph
// quotes another State, a bilingual statement, a fixed-width table of
// positions; see its -expected.tsv, written before the loader was run on
// it) is held by the countries the expected file gives, and nothing else
// is a statement.
func TestPages17Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/pages17", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/pages17-expected.tsv", pages17Leftovers)
}

// pages17Leftovers are the rows of pages17-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var pages17Leftovers = map[string]string{}
