package bot

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus/lang"
)

// TestESFRNamesNeverAnotherCountry asks, for every country of the
// gazetteer, a Spanish and a French question by each of its Spanish and
// French names and demonyms, as chat types them (as written, lower case
// without accents), on testdata/asked3, and fails when an answer is held by
// any other country: a name that holds another country's name ("República
// Popular Democrática de Corea", "Guinea Ecuatorial") or a name missing
// from the data must never answer with the other country's words. A name
// not read at all is logged: it asks the topic across countries, each
// answer labelled with its holder.
func TestESFRNamesNeverAnotherCountry(t *testing.T) {
	b := asked3Bot(t)
	g := b.Corpus().Gazetteer
	for _, c := range g.Countries {
		type ask struct{ frame, name string }
		var asks []ask
		for _, n := range c.ES {
			asks = append(asks, ask{"que dice %s sobre la ciberdelincuencia", n})
		}
		for _, n := range c.ESDemonyms {
			asks = append(asks, ask{"la posición %s sobre la ciberdelincuencia", n})
		}
		for _, n := range c.FR {
			asks = append(asks, ask{"que dit %s sur la cybercriminalité", n})
		}
		for _, n := range c.FRDemonyms {
			asks = append(asks, ask{"la position %s sur la cybercriminalité", n})
		}
		for _, n := range unNamesESFR[c.Short] {
			asks = append(asks, ask{"que dice %s sobre la ciberdelincuencia", n}, ask{"que dit %s sur la cybercriminalité", n})
		}
		for _, a := range asks {
			for _, name := range []string{a.name, strings.ToLower(lang.Fold(a.name))} {
				q := strings.Replace(a.frame, "%s", name, 1)
				r := b.Ask(q, 0)
				if len(r.Countries) == 0 {
					// Not read as a name at all ("eau" is water): a question
					// on the topic across countries, each answer labelled
					// with its holder. A miss, not a misattribution.
					t.Logf("%q (%s): no country read [%s]", q, c.Short, r.Intent)
					continue
				}
				for _, other := range r.Countries {
					if other != c.Short {
						t.Errorf("%q (%s): read as %s [%s %v]", q, c.Short, other, r.Intent, r.Countries)
					}
				}
				for _, ans := range r.Answers {
					if ans.Country != c.Short {
						t.Errorf("%q (%s): answered with %s's words [read as %s %v]", q, c.Short, ans.Country, r.Intent, r.Countries)
						break
					}
				}
			}
		}
	}
}

// unNamesESFR are names UN documents in Spanish and French give states,
// written down here apart from the gazetteer so that a name missing from
// its data is caught too: each holds another state's name.
var unNamesESFR = map[string][]string{
	"North Korea":              {"República Popular Democrática de Corea", "Corea (República Popular Democrática de)", "République populaire démocratique de Corée"},
	"South Korea":              {"República de Corea", "République de Corée"},
	"Equatorial Guinea":        {"República de Guinea Ecuatorial", "Guinea Ecuatorial", "Guinée équatoriale"},
	"Guinea-Bissau":            {"Guinea-Bissau", "Guinée-Bissau"},
	"Papua New Guinea":         {"Papua Nueva Guinea", "Papouasie-Nouvelle-Guinée"},
	"United Kingdom":           {"Reino Unido de Gran Bretaña e Irlanda del Norte", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"},
	"DR Congo":                 {"República Democrática del Congo", "République démocratique du Congo"},
	"Dominican Republic":       {"República Dominicana", "République dominicaine"},
	"South Sudan":              {"Sudán del Sur", "Soudan du Sud"},
	"Niger":                    {"República del Níger", "République du Niger"},
	"Tanzania":                 {"República Unida de Tanzanía", "République-Unie de Tanzanie"},
	"New Zealand":              {"Nueva Zelandia"},
	"Netherlands":              {"Reino de los Países Bajos", "Royaume des Pays-Bas"},
	"Central African Republic": {"República Centroafricana", "République centrafricaine"},
}
