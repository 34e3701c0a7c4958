package corpus

import (
	"context"
	"testing"
)

// TestPages10Corpus: every paragraph of testdata/pages10 (page shapes the
// other test corpora have few of, with countries they name least: a wire
// story quoting two governments and the EU, a blog whose author gives an
// opinion after reporting a State, a regional meeting summary, a
// Hansard-style question time, a podcast Q/A transcript, a translated
// statement with unbracketed translator's notes, a joint statement with
// States aligning afterwards, a dateline before two countries that agreed,
// a Wikipedia-like country article reporting neighbours' ministries, a
// markdown table of positions, an English story with French and Spanish
// quotes, a Spanish dateline memorandum, a Spanish Diario de Sesiones, a
// French meeting summary, a French blog, a French agency dispatch, a
// Spanish P/R interview, a spokesperson's press briefing, a newsletter
// digest of bullets, a phone-call readout; see its -expected.tsv, written
// before the loader was run on it) is held by the countries the expected
// file gives, and nothing else is a statement.
func TestPages10Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/pages10", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/pages10-expected.tsv", pages10Leftovers)
}

// pages10Leftovers are the rows of pages10-expected.tsv still read wrong,
// each with why (see pages2Leftovers).
var pages10Leftovers = map[string]string{
	"960_wire_three_governments\tThe outage affected":               "a wire story's own reporting after a government's quote ('The outage affected … according to the utility') goes on with the EU's block",
	"960_wire_three_governments\tRelations between the two sides":   "a journalist's background opens as one ('Relations between the two sides have been tense'), but the country acting in its 'since Kosovo declared independence' clause is read as its subject: Kosovo's",
	"961_blog_author_opinion\tWhat happens next?":                   "a blogger's closing question and outlook goes on with the last State's block",
	"967_dateline_two_countries\tThe conference was financed":       "a news story's closing line goes on with the last country's block",
	"968_wiki_country_article\tCybersecurity in Djibouti":           "the title is no statement, but its row's prefix also starts the article's definitional lead, which is read as Djibouti's (see the row below)",
	"968_wiki_country_article\tCybersecurity in Djibouti concerns":  "an encyclopaedia article's definitional lead ('Cybersecurity in Djibouti concerns the laws …') reads 'Cybersecurity in Djibouti' as the subject: Djibouti's",
	"970_en_news_es_fr_quotes\tGuinea's foreign minister delivered": "'Guinea's foreign minister delivered his remarks in French:' before the quote is dropped (missing, safe)",
}
