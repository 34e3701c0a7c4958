package corpus

import (
	"regexp"
	"strings"
)

// A joint statement may name its signatories in its first sentence rather
// than its title: "We, the Foreign Ministers of Argentina, Brazil and
// Chile, are deeply concerned …". Each signs it, and the paragraphs after
// it are theirs as a joint statement's are, whoever they name: without
// this, "We condemn … the Russian Federation. Russia must cease …" was
// Russia's (TestWeJointOpening).

// weJointRe matches such an opening up to the list of countries: group 1
// is the text from the list on.
var weJointRe = regexp.MustCompile(`^(?:We|Nous|Nosotros|Nosotras),\s+(?:the |les |los |las )?(?:[^,;:.]{0,80}?\s)?(?:of|de|des|du|del|d')\s*(.{4,400})`)

// weJointEnd matches the comma and the verb that close the list: ", are",
// ", have", ", sommes", ", reafirmamos".
var weJointEnd = regexp.MustCompile(`,\s+(?:hereby\s+)?(?:are|have|reaffirm|affirm|declare|condemn|express|note|welcome|commit|call|recall|sommes|avons|réaffirmons|condamnons|exprimons|déclarons|saluons|appelons|somos|hemos|estamos|reafirmamos|condenamos|expresamos|declaramos|acogemos|llamamos|meeting|gathered|assembled|réunis|réunies|reunidos|reunidas)\b`)

// weJoint returns the signatories a paragraph's "We, the … of A, B and C,"
// opening names (at least two), and the opening as evidence.
func (g *Gazetteer) weJoint(p string) ([]string, string) {
	if !strings.HasPrefix(p, "We, ") && !strings.HasPrefix(p, "Nous, ") && !strings.HasPrefix(p, "Nosotros, ") && !strings.HasPrefix(p, "Nosotras, ") {
		return nil, ""
	}
	sm := weJointRe.FindStringSubmatchIndex(p[:min(len(p), 600)])
	if sm == nil {
		return nil, ""
	}
	rest := p[sm[2]:sm[3]]
	end := weJointEnd.FindStringIndex(rest)
	if end == nil {
		return nil, ""
	}
	// The list starts after the first "of" that leaves only countries:
	// "the Ministers of Foreign Affairs of A, B and C", "les ministres des
	// Affaires étrangères du Sénégal, du Mali et du Niger".
	seg := rest[:end[0]]
	toks := Tokenize(seg)
	for i := -1; i < len(toks)-1; i++ {
		from := 0
		if i >= 0 {
			if w := toks[i].Lower; w != "of" && w != "de" && w != "du" && w != "des" && w != "del" {
				continue
			}
			from = toks[i+1].Start
		}
		if countries := g.countryList(seg[from:]); len(countries) >= 2 {
			return countries, clip(p[:sm[2]+end[0]], 60)
		}
	}
	return nil, ""
}
