package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// "compare them" after a reply that showed more countries than a
// comparison holds (widen keeps the first five) compared the first five
// and said nothing of the others: after "who talks about submarine
// cables" (75 countries, 10 shown) the comparison read as if it were of
// every country asked. The reply now says how many of how many it
// compares (TestCompareThemSaysCut).

// msgCompareCut opens a comparison of fewer countries than the last
// reply showed: "Comparing the first 5 of the 10 countries …".
const msgCompareCut = "compare-cut"

func init() {
	catalogueEntries = append(catalogueEntries, entry{msgCompareCut,
		msgText("Comparing the first %[1]d of the %[2]d countries the last answer showed."),
		msgText("Se comparan los %[1]d primeros de los %[2]d países de la última respuesta."),
		msgText("Comparaison des %[1]d premiers des %[2]d pays de la dernière réponse.")})
}

// compareCut returns how many countries r, the reply to a "compare them"
// follow-up (text) of the record rec, compares and how many the record
// showed, when it compares fewer; 0, 0 otherwise.
func compareCut(c *corpus.Corpus, rec ReplyRecord, text string, r Reply) (compared, shown int) {
	if r.Intent != IntentCompare {
		return 0, 0
	}
	t := followUpText(text)
	for _, conj := range []string{"and ", "y ", "et ", "e "} {
		if rest, ok := strings.CutPrefix(t, conj); ok && rest != "" {
			t = rest
			break
		}
	}
	if !compareThem[strings.Join(strings.Fields(t), " ")] {
		return 0, 0
	}
	names := holdersOfKeys(c, rec.Keys)
	if len(r.Countries) == 0 || len(names) <= len(r.Countries) {
		return 0, 0
	}
	return len(r.Countries), len(names)
}
