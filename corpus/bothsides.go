package corpus

import (
	"regexp"
	"strings"
)

// A bilateral page — a joint communiqué, a call's readout — reports each
// party in turn ("The Bruneian side briefed …", "La Parte española
// expresó …") and then both together ("The two sides agreed …", "Ambas
// Partes acordaron …", "Les deux ministres ont convenu …"). The joint
// paragraph is both parties' words; block order gave it to the party named
// last alone, and a readout's "The two ministers agreed" to one of the two
// (TestBothSides). bothSidesRe (meetingvoice.go) reads the same voice
// right after a paragraph two named countries hold; this reads it on a page
// whose holders so far are two, whichever paragraph came before. On a page with more than two holders so far ("Both sides
// agreed" in a summary of many speakers) the phrase names no one the page
// has told apart, and stays as it was read.

// twoPartiesRe matches a paragraph opening with both parties of a
// bilateral meeting as its subject.
var twoPartiesRe = regexp.MustCompile(`^(?:(?:Both|The two) (?:sides|parties|Parties|ministers|foreign ministers|Foreign Ministers|leaders|governments|Governments|delegations|presidents|Presidents|heads of State|countries)|(?:Ambas|Las dos) (?:Partes|partes|delegaciones)|(?:Ambos|Los dos) (?:países|Gobiernos|gobiernos|ministros|Ministros|cancilleres|Cancilleres|presidentes|Presidentes|mandatarios)|Les deux (?:parties|Parties|pays|gouvernements|Gouvernements|ministres|Ministres|délégations|présidents|Présidents|chefs d'État))\b`)

// twoPartiesOpening reports such an opening; its first byte spares nearly
// every paragraph the expression.
func twoPartiesOpening(p string) bool {
	if len(p) < 8 {
		return false
	}
	switch p[0] {
	case 'B', 'T', 'A', 'L':
		// (Each alternative opens with one of twoPartiesLeads: most
		// paragraphs opening "The" or "A" are spared the expression.)
		for _, l := range twoPartiesLeads {
			if strings.HasPrefix(p, l) {
				return twoPartiesRe.MatchString(p)
			}
		}
	}
	return false
}

// twoPartiesLeads are the openings of twoPartiesRe's alternatives.
var twoPartiesLeads = [...]string{"Both ", "The two ", "Ambas ", "Las dos ", "Ambos ", "Los dos ", "Les deux "}

// twoHolders returns the page's holders so far when they are exactly two.
func twoHolders(paras []parsedPara) []string {
	var two []string
	for _, pp := range paras {
		if pp.holder == "" || contains(two, pp.holder) {
			continue
		}
		if len(two) == 2 {
			return nil
		}
		two = append(two, pp.holder)
	}
	if len(two) != 2 {
		return nil
	}
	return two
}
