package corpus

import (
	"context"
	"testing"
)

// TestPages12Corpus: every paragraph of testdata/pages12 (page shapes the
// other test corpora have few of, with countries they name least: a radio
// interview with "Q:"/"A:" labels and a named host, a press conference whose
// questions are labelled "Question (Name, Outlet):", a Spanish and a French UN
// press release closing on the next meeting (one with a table of votes), a
// think-tank brief with per-country bullets, a Spanish news story of two
// countries with the journalist's background on both, a French procès-verbal,
// a parliamentary committee hearing, a regional chair's summary, a joint
// communiqué of three States, a side-event report, a newsletter digest and a
// Spanish statement with footnotes; see its -expected.tsv, written before the
// loader was run on it) is held by the countries the expected file gives, and
// nothing else is a statement.
func TestPages12Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/pages12", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/pages12-expected.tsv", pages12Leftovers)
}

// pages12Leftovers are the rows of pages12-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var pages12Leftovers = map[string]string{
	"993_thinktank_caucasus_moldova\tThis brief maps":          "a think tank's own framing is held by the country its title names as its topic ('… in the South Caucasus and Moldova'); telling a topic from an author needs more than the title",
	"99a_newsletter_digest_pacific\tVanuatu will hold a snap":  "a newsletter's news item about a country ('Vanuatu will hold a snap general election') reads as that country's statement: telling a reported fact from a position needs the meaning",
	"99a_newsletter_digest_pacific\tThe PaCSON annual meeting": "a newsletter's events item ('The PaCSON annual meeting takes place …') goes on with the item before",
	"99b_es_declaracion_honduras_nota\tCosta Rica ha señalado": "a footnote reporting another State's position under 'Notas' is dropped with the notes (missing, safe)",
}
