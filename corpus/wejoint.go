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
	if p != "" && (p[0] == 'I' || p[0] == 'T' || p[0] == 'J') {
		return g.honourBehalf(p)
	}
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

// A speaker may open a joint statement by naming the States it speaks for:
// "I have the honour to deliver this statement on behalf of Costa Rica,
// Czechia, Ghana, Liechtenstein, San Marino and Slovenia.", "Tengo el honor
// de intervenir en nombre de A, B y C.", "J'ai l'honneur de prendre la
// parole au nom de A, B et C." Each of them holds it and the paragraphs
// after it, as "We, the Ministers of A, B and C," makes them (testdata/pages10's
// 966): the deliverer alone held them. A group by name ("on behalf of the
// African Group") is read as before (see groupstatement.go).

// honourOpenings open such a sentence.
var honourOpenings = [...]string{"I have the honour", "I have the honor", "I am honoured", "I am honored", "I am delivering",
	"I deliver this", "I speak on behalf", "I am speaking on behalf", "This statement is delivered", "Tengo el honor", "J'ai l'honneur", "J’ai l’honneur"}

// namelyRe matches a group's name and the word that lists its members
// after it: "A3+, à savoir", "the G4, namely", "el grupo, a saber".
var namelyRe = regexp.MustCompile(`^[^,;:]{1,40},\s*(?:à savoir|a savoir|namely|that is|es decir|a saber|soit)\s+`)

// ownCountryRe matches the speaker's own country named by its relation
// before its name: "mi propio país, ", "my own country, ", "mon propre
// pays, ", "mi país, ".
var ownCountryRe = regexp.MustCompile(`(?i)\b(?:mi propio país|mi propio pais|mi país|mi pais|my own country|my country|mon propre pays|mon pays)\s*,\s*`)

// honourBehalf returns the countries a speaker's first sentence says it
// speaks for (at least two, nothing but countries after "on behalf of"),
// and the sentence's opening as evidence.
func (g *Gazetteer) honourBehalf(p string) ([]string, string) {
	ok := false
	for _, o := range honourOpenings {
		if strings.HasPrefix(p, o) {
			ok = true
			break
		}
	}
	if !ok {
		return nil, ""
	}
	first := p[:min(len(p), 600)]
	if i := strings.Index(first, ". "); i > 0 {
		first = first[:i]
	}
	first = strings.TrimRight(first, ".:")
	loc := behalfAlsoRe.FindStringIndex(first)
	if loc == nil {
		return nil, ""
	}
	list := first[loc[1]:]
	if m := namelyRe.FindStringIndex(list); m != nil {
		list = list[m[1]:] // "au nom des A3+, à savoir l'Algérie, …"
	}
	if i := strings.IndexAny(list, ":;"); i >= 0 {
		list = list[:i]
	}
	list = ownCountryRe.ReplaceAllString(list, "")
	if countries := g.countryList(list); len(countries) >= 2 {
		return countries, clip(first, 60)
	}
	return nil, ""
}
