package corpus

import (
	"context"
	"strings"
	"testing"
)

// TestPages4Corpus: every paragraph of testdata/pages4 (page shapes the
// other test corpora lack: PDF conversions with running headers, job
// numbers, form feeds and footnotes between one speaker's paragraphs, a
// web page saved as text, a position paper naming its country only in its
// title, EU and group statements with alignment lists, a chair's summary
// naming nobody, Spanish and French coverage quoting other countries,
// interviews, co-sponsors listed at the end, turns without blank lines,
// Windows-1252, BOM and no-break spaces, names that only look like
// countries; see its -expected.tsv, written before the loader was run on
// it) is held by the countries the expected file gives, and nothing else
// is a statement.
func TestPages4Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/pages4", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/pages4-expected.tsv", pages4Leftovers)
	// Page debris must not reach a statement's words: a running header, a
	// job number or a page number between one speaker's paragraphs, or a
	// word cut by a line-end hyphen.
	for _, s := range c.Statements() {
		for _, debris := range []string{"26-04518", "A/AC.301", "Page 1 of", "Statement of the Kingdom of Tonga", "founda- tion", "renego- tiation", "ca- pacity", "ap- plies", "Share this", "cookies", "\u00a0", "\u202f", "\f", "¹", "²", "³"} {
			if strings.Contains(s.Text, debris) {
				t.Errorf("statement %s %.60q (%s) keeps page debris %q", s.Sources, s.Text, s.Country, debris)
			}
		}
	}
}

// pages4Leftovers are the rows of pages4-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var pages4Leftovers = map[string]string{}
