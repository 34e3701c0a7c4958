package corpus

import (
	"context"
	"testing"
)

// TestPages22Corpus: every paragraph of testdata/pages22 (page shapes the
// other test corpora lacked, with countries they name little: regional
// organisations' press releases datelined in a member's capital, with
// attendance lines and "About …" boilerplate, in English, Spanish and
// French; interviews with short unlabelled questions; a ministry's FAQ; a
// chair's summary of "several delegations" and named ones; a newsletter
// under bold country headings; a speech quoting a foreign leader; a
// Hansard page; a social-media thread; a flattened tracker table; a joint
// statement with a reservation; see its -expected.tsv, written before the
// loader was run on it) is held by the countries the expected file gives,
// and nothing else is a statement.
func TestPages22Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/pages22", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/pages22-expected.tsv", pages22Leftovers)
}

// pages22Leftovers are the rows of pages22-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var pages22Leftovers = map[string]string{
	"9ka_social_thread_lebanon_kuwait\t@MOFA_Oman · 1 Dec": "Oman's post, which quotes Lebanon's before its own sentence, is nobody's now (a post is no longer the repost's before it): the subject after the quotation is not read",
}
