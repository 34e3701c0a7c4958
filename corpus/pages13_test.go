package corpus

import (
	"context"
	"testing"
)

// TestPages13Corpus: every paragraph of testdata/pages13 (page shapes the
// other test corpora have few of, with countries they name least: a cabinet
// briefing whose ministers are named by portfolio after the country is named
// once, a summit report whose ministers' country is never established, a
// podcast transcript with timestamps and upper-case name labels, a French
// press briefing whose spokesperson moderates and answers, a panel with
// "Moderator:" lines between three States' blocks, a UN meetings-coverage
// release with rights of reply, an EU statement with its alignment
// paragraph, a Spanish "intervención" named only in its header, a French
// "compte rendu analytique", a Spanish news story quoting an analyst between
// two countries, a bilateral joint press release, a French statement with a
// references section and a Spanish table of explanations of vote; see its
// -expected.tsv, written before the loader was run on it) is held by the
// countries the expected file gives, and nothing else is a statement.
func TestPages13Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/pages13", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/pages13-expected.tsv", pages13Leftovers)
}

// pages13Leftovers are the rows of pages13-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var pages13Leftovers = map[string]string{
	"9b0_cabinet_briefing_angola\tThe draft law will now be submitted":         "a government news page's closing procedural line is held by the government (its own page: arguably its words)",
	"9b2_podcast_nepal\tRAJU SHRESTHA: Thank you":                              "the guest's thanks after the host's introduction ('Thank you, Priya. It is a pleasure to be here.') is dropped with it (missing, safe)",
	"9b2_podcast_nepal\tRAJU SHRESTHA: The critics":                            "a host's prompt that is no question ('Critics say the response was slow.') is not joined to the answer: the answer is its own statement, held right",
	"9b4_panel_moderator_nordic_central\tModerator: And Slovakia?":             "a moderator's question to the next panelist is dropped (missing, safe)",
	"9b4_panel_moderator_nordic_central\tHorváthová: Yes, in January":          "so the answer after it is its own statement, held right",
	"9b6_eu_statement_candidates_osce\tNorth Macedonia and Albania":            "an EU statement's asterisk note is held by the EU (its own text: arguably its words)",
	"9bb_fr_declaration_madagascar_references\t[3] Voir également la position": "a reference reporting another State's position is dropped with the references (missing, safe)",
}
