package corpus

import (
	"context"
	"testing"
)

// TestPages20Corpus: every paragraph of testdata/pages20 (page shapes the
// other test corpora lacked, with countries they name little: a newsletter
// of datelined briefs, a parliamentary question and answer, a joint
// statement with a national addition, a speech quoting treaty articles, a
// First Committee summary with rights of reply, an NGO report quoting
// governments, alternating English and French paragraphs, a ministry page
// with its chrome and related press releases, a Markdown tracker with
// nested bullets, a panel transcript labelled by surname, Spanish briefs, a
// Swiss interpellation in French; see its -expected.tsv, written before the
// loader was run on it) is held by the countries the expected file gives,
// and nothing else is a statement.
func TestPages20Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/pages20", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/pages20-expected.tsv", pages20Leftovers)
}

// pages20Leftovers are the rows of pages20-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var pages20Leftovers = map[string]string{}
