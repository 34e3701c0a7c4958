package corpus

import (
	"context"
	"testing"
)

// TestESFR24Corpus: every paragraph of testdata/esfr24 (Spanish, French and
// English pages whose authors describe several countries in their own
// voice, 'X e Y son vistos como …', 'X et Y passent pour …', '… sont
// considérés …', beside each country's own paragraph, delegations
// speaking 'en nombre de' or 'au nom de' a group or associating with
// another's statement, silent delegations; see its -expected.tsv, written
// before the loader was run on it) is held by the countries the expected
// file gives, and nothing else is a statement.
func TestESFR24Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/esfr24", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/esfr24-expected.tsv", esfr24Leftovers)
}

// esfr24Leftovers are the rows of esfr24-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var esfr24Leftovers = map[string]string{
	"860_comunicado_panama_es\tGuatemala y Honduras, invitados como":             "open: plural silent observers ('no hicieron declaraciones') held",
	"863_articulo_guinea_ecuatorial_es\tPara los analistas consultados por este": "open: 'Para los analistas …' held by the country named",
	"864_entrevista_andorra_es\tEl ministro andorrano responsable de la":         "open: an interview's lede held by the interviewee",
	"872_compte_rendu_cedeao_fr\tLe Niger, le Mali et le Burkina Faso":           "open: absent countries with a relative clause held by the first",
	"872_compte_rendu_cedeao_fr\tSelon le commissaire chargé des":                "open: continues the absent Niger",
	"873_article_centrafrique_fr\tLe directeur général de l'autorité":            "open: a foreign agency head's words held by the page's country",
	"873_article_centrafrique_fr\tSelon lui, la coopération Sud-Sud":             "open: continues the misread paragraph before",
	"873_article_centrafrique_fr\tLe Cameroun et le Congo voisins":               "open: the newsroom's description ('rappelle notre rédaction') held",
	"873_article_centrafrique_fr\tPour plusieurs observateurs, la":               "open: 'Pour plusieurs observateurs, …' held by the country named",
	"874_billet_suisse_monaco_fr\tÀ mon sens, la position suisse":                "open: the blogger's 'À mon sens' held",
}
