package corpus

import (
	"regexp"
	"strings"
)

// A record of a vote lists the countries by how they voted: "In favour:
// Argentina, Australia, …", "Against: Belarus, Iran (Islamic Republic of),
// …", "Abstaining: China, Cuba, …". Each list is what its countries did,
// and no other country's: read as prose, the first list's first country
// held all three, so Argentina "voted against" with Iran
// (TestVoteListsHoldEachCountry). Each country listed holds its list, as
// each of a summary's named delegations holds their paragraph.

// voteLabelRe matches a vote list's label and its colon, in English,
// Spanish and French.
var voteLabelRe = regexp.MustCompile(`^(?:In favou?r|Against|Abstaining|Abstentions?|Abstained|Voting (?:in favou?r|against)|Votes? (?:in favou?r|against)|Did not vote|Non-voting|A favor|Votos? a favor|En contra|Votos? en contra|Abstenciones|Se abstienen|Pour|Contre|Se sont abstenus|Ont voté pour|Ont voté contre|N'ont pas participé au vote)\s*:\s*`)

// voteLabelFirst are the first words voteLabelRe can match.
var voteLabelFirst = toSet(`In Against Abstaining Abstention Abstentions Abstained Voting Vote Votes Did Non A Votos Voto En
Abstenciones Se Pour Contre Ont N`)

// voteList returns the countries of a vote list (voteLabelRe, then only
// country names, list words and UN qualifiers in brackets), and its label
// as evidence.
func (g *Gazetteer) voteList(p string) (countries []string, evidence string) {
	first, _ := leadWord(p)
	if !voteLabelFirst[first] || strings.IndexByte(p, ':') < 0 {
		// (The label ends in a colon: without one the regular
		// expression's search ran on every paragraph opening "In" or
		// "A", ~1 % of a load's analysis.)
		return nil, ""
	}
	loc := voteLabelRe.FindStringIndex(p)
	if loc == nil {
		return g.voteTableRow(p)
	}
	if countries := g.countryList(strings.TrimRight(p[loc[1]:], ". ")); len(countries) > 0 {
		return countries, "voted: " + strings.TrimSpace(strings.TrimRight(p[:loc[1]], ": "))
	}
	return nil, ""
}

// voteTableRow reads a table of votes' row as its rendering gives it
// ("Contre — Nombre: 12; Exemples de délégations: Burkina Faso, Mali,
// Niger."): a vote label, then cells, one of which lists countries. Its
// countries are the row's, as a vote list's are; read as prose, the first
// row's first country held every row, "Contre" too (testdata/pages12's 99c).
func (g *Gazetteer) voteTableRow(p string) (countries []string, evidence string) {
	label, rest, ok := strings.Cut(p, " — ")
	if !ok || len(label) > 40 || len(rest) > 600 || !voteLabelRe.MatchString(label+": ") {
		return nil, ""
	}
	for _, cell := range strings.Split(strings.TrimRight(rest, ". "), "; ") {
		_, v, ok := strings.Cut(cell, ": ")
		if !ok {
			v = cell
		}
		if countries := g.countryList(strings.TrimSpace(v)); len(countries) > 0 {
			return countries, "voted: " + label
		}
	}
	return nil, ""
}

// countryList returns the countries of a list that holds nothing but
// country names, list words ("and", "l'", "du") and UN qualifiers in
// brackets ("Belarus, Iran (Islamic Republic of) and Nicaragua"), or nil:
// a vote's list, a summary's named group (namedGroup), a joint
// statement's opening (weJoint).
func (g *Gazetteer) countryList(list string) []string {
	toks := Tokenize(list)
	var countries []string
	for _, esfr := range []bool{false, true} {
		ms := g.findText(toks, esfr)
		covered := make([]bool, len(toks))
		countries = countries[:0]
		for _, m := range ms {
			if m.How == ByDemonym || m.How == ByCapital {
				continue
			}
			for k := m.First; k <= m.Last; k++ {
				covered[k] = true
			}
			if !contains(countries, m.Country) {
				countries = append(countries, m.Country)
			}
		}
		depth, other := 0, 0
		for k, t := range toks {
			depth += strings.Count(t.Gap, "(") - strings.Count(t.Gap, ")")
			if !covered[k] && depth <= 0 && !listJoins[strings.TrimRight(t.Lower, "'’")] {
				other++
			}
		}
		if len(countries) > 0 && other == 0 {
			return countries
		}
	}
	return nil
}
