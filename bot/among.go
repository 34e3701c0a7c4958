package bot

import (
	"slices"

	"github.com/stancebot/stancebot/corpus"
)

// amongWords before a region ask which of its countries speak ("which
// african countries mention ransomware", "has any EU state raised 5G",
// "¿cuántos países africanos…?", "combien de pays africains…"), not what
// each says: a who-question within the region.
var amongWords = toSet(`which who whom anyone anybody cuáles cuales cuál cual quiénes quienes quién quien cuántos cuantos
cuántas cuantas algún algun alguno alguna algunos algunas ningún ningun ninguno quels quelles quel quelle lesquels lesquelles
combien aucun aucune`)

// amongDirect ask so only right before the region ("what african
// countries mention X", "qué países africanos…", "quels pays…"): "what do
// african countries say" asks what each says, "what's the AU position"
// the grouping's.
var amongDirect = toSet(`what qué que`)

// amongRegion reports whether a question whose countries (ms) all answer
// for regions asks which of the regions' countries speak on its topic: a
// who-word before the first region, "how many" ("cuántos", "combien"), or
// "what" right before it. A named country beside the region keeps the
// comparison ("which is closer to india, the gulf states?" is rare; "how
// does kenya differ from the african group" is not).
func amongRegion(toks []corpus.Token, ms []corpus.Mention) bool {
	if len(ms) == 0 || slices.ContainsFunc(ms, func(m corpus.Mention) bool { return m.How != "region" }) {
		return false
	}
	first := ms[0].First
	for i := 0; i < first; i++ {
		w := toks[i].Lower
		if amongWords[w] || w == "how" && i+1 < first && (toks[i+1].Lower == "many" || toks[i+1].Lower == "much") {
			return true
		}
		if w == "any" && (i+1 == first || i+1 < len(toks) && speakerWords[toks[i+1].Lower]) {
			return true // "any african country", "any countries in Africa"; not "any views from Africa"
		}
	}
	j := first - 1
	if j >= 0 && (toks[j].Lower == "países" || toks[j].Lower == "paises" || toks[j].Lower == "pays" || toks[j].Lower == "estados") {
		j-- // "qué países africanos": the noun before the demonym
	}
	return j >= 0 && amongDirect[toks[j].Lower]
}

// within returns the names of the countries a who-question is asked
// among (Parsed.Within), nil when it is asked of every country.
func (a *asked) within() []string {
	if len(a.p.Within) == 0 {
		return nil
	}
	out := make([]string, 0, len(a.p.Within))
	for _, m := range a.p.Within {
		if !slices.Contains(out, m.Country) {
			out = append(out, m.Country)
		}
	}
	return out
}

// withinName names the regions a who-question is asked among, in the
// reply's language ("Africa", "África").
func (a *asked) withinName() string {
	var names []string
	for _, r := range a.p.Regions {
		if len(r.Countries) > 0 {
			names = append(names, regionName(a.c, a.lang, r.Region))
		}
	}
	return a.and(names)
}

// Catalogue keys of the answers among a region's countries.
const (
	msgWithinSummary = "within-summary" // Africa: 3 of its 20 countries in the corpus on T: A, B and C.
	msgWithinNone    = "within-none"    // Africa: none of its 20 countries in the corpus speaks on T.
	msgWithinSilent  = "within-silent"  // Africa: 17 of its 20 countries in the corpus hold no statement on T: …
)

func init() {
	catalogueEntries = append(catalogueEntries,
		entry{msgWithinSummary,
			msgText("%[3]s: %[1]d of its %[2]d countries in the corpus%[4]s: %[5]s."),
			msgText("%[3]s: %[1]d de sus %[2]d países en el corpus%[4]s: %[5]s."),
			msgText("%[3]s : %[1]d de ses %[2]d pays dans le corpus%[4]s : %[5]s.")},
		entry{msgWithinNone,
			msgText("%[2]s: none of its %[1]d countries in the corpus speaks%[3]s."),
			msgText("%[2]s: ninguno de sus %[1]d países en el corpus se pronuncia%[3]s."),
			msgText("%[2]s : aucun de ses %[1]d pays dans le corpus ne s'exprime%[3]s.")},
		entry{msgWithinSilent,
			msgText("%[3]s: %[1]d of its %[2]d countries in the corpus hold no statement%[4]s: %[5]s."),
			msgText("%[3]s: %[1]d de sus %[2]d países en el corpus no tienen ninguna declaración%[4]s: %[5]s."),
			msgText("%[3]s : %[1]d de ses %[2]d pays dans le corpus n'ont aucune déclaration%[4]s : %[5]s.")},
	)
}
