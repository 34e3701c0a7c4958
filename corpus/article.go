package corpus

import "strings"

// theWords are the words that make an English country name take "the"
// ("the United States", "the European Union", "the Dominican Republic",
// "the Solomon Islands"): CLDR gives names without articles, and English
// usage for these is settled by the name's head noun.
var theWords = map[string]bool{
	"united": true, "union": true, "republic": true, "kingdom": true, "federation": true,
	"emirates": true, "islands": true, "states": true, "see": true,
}

// TakesThe reports whether the English short name of a country (or
// organisation) is written with "the" after a preposition ("no statement
// by the Netherlands"): a name whose head noun asks for it, or one the
// gazetteer also knows with "the" ("the Philippines", "the Gambia").
func (g *Gazetteer) TakesThe(short string) bool {
	for _, w := range strings.Fields(short) {
		if theWords[strings.ToLower(w)] {
			return true
		}
	}
	i, ok := g.byShort[short]
	if !ok {
		return false
	}
	for _, a := range g.Countries[i].Aliases {
		if strings.EqualFold(a, "the "+short) {
			return true
		}
	}
	return false
}
