package corpus

import (
	"context"
	"testing"
)

// TestESFR25Corpus: every paragraph of testdata/esfr25 (Spanish, French and
// English pages in shapes the earlier sets used less: a defence ministry's
// bulletin, group statements 'en nombre de' and 'au nom des A3+' listing
// their members, a joint communiqué of regional bodies' secretariats, a
// signed opinion column, a round table with a moderator, a two-country
// joint communiqué, a news agency dispatch, a minister's speech with
// applause, an agency's FAQ page; see its -expected.tsv, written before
// the loader was run on it) is held by the countries the expected file
// gives, and nothing else is a statement.
func TestESFR25Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/esfr25", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/esfr25-expected.tsv", esfr25Leftovers)
}

// esfr25Leftovers are the rows of esfr25-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var esfr25Leftovers = map[string]string{
	"893_columna_opinion_mexico_es\tDurante años, México fue un espectador":                "open: a columnist's own narrative opening with the country as subject ('Durante años, México fue un espectador …') is held by the country",
	"895_communique_conjoint_tunisie_mauritanie_fr\tSur invitation du ministre tunisien":   "open: a joint communiqué on one party's masthead opens with the host's invitation: held by the host alone, the visiting party missing",
	"895_communique_conjoint_tunisie_mauritanie_fr\tLes deux parties ont signé":            "open: 'Les deux parties ont signé …' after a paragraph held by the host alone is dropped (the two sides are not yet known)",
	"895_communique_conjoint_tunisie_mauritanie_fr\tLa prochaine session de la commission": "open: the closing 'La prochaine session … se tiendra' goes on with the host's paragraph before it (the host's own page; no other State's words)",
	"898_discours_ministre_belgique_fr\tJe vous remercie pour votre attention":             "open: a speech's closing thanks longer than the bare formula ('… et je vous souhaite une excellente Cyber Week') is kept as the speaker's statement",
}
