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
var twoPartiesRe = regexp.MustCompile(`^(?:(?:The three|The four|The five) (?:sides|parties|Parties|ministers|Ministers|foreign ministers|Foreign Ministers|leaders|governments|Governments|delegations|States|countries)|` +
	`(?:Los|Las) (?:tres|cuatro|cinco) (?:Partes|partes|delegaciones|países|Estados|Gobiernos|gobiernos|ministros|Ministros|cancilleres|Cancilleres)|` +
	`Les (?:trois|quatre|cinq) (?:parties|Parties|pays|États|gouvernements|Gouvernements|ministres|Ministres|délégations)|` +
	`(?:Both|The two) (?:sides|parties|Parties|ministers|foreign ministers|Foreign Ministers|leaders|governments|Governments|delegations|presidents|Presidents|heads of State|countries)|(?:Ambas|Las dos) (?:Partes|partes|delegaciones)|(?:Ambos|Los dos) (?:países|Gobiernos|gobiernos|ministros|Ministros|cancilleres|Cancilleres|presidentes|Presidentes|mandatarios)|Les deux (?:parties|Parties|pays|gouvernements|Gouvernements|ministres|Ministres|délégations|présidents|Présidents|chefs d'État)|` +
	// "The sides agreed …", "The Parties agreed …", "Las Partes
	// acordaron …", "Les Parties sont convenues …": a communiqué's two
	// parties without their number (testdata/pages13's 9ba), read only on
	// a page whose holders so far are two.
	`The (?:sides|Sides|Parties)|Las Partes|Les Parties)\b`)

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
var twoPartiesLeads = [...]string{"Both ", "The two ", "The sides ", "The Sides ", "The Parties ", "Las Partes ", "Les Parties ", "Ambas ", "Las dos ", "Ambos ", "Los dos ", "Les deux ",
	"The three ", "The four ", "The five ", "Los tres ", "Las tres ", "Los cuatro ", "Las cuatro ", "Los cinco ", "Las cinco ",
	"Les trois ", "Les quatre ", "Les cinq "}

// partiesCount returns how many parties a twoPartiesRe opening names:
// two, or the three to five of a trilateral or wider communiqué ("The
// three Ministers agreed", "Los tres Estados", "Les quatre pays").
func partiesCount(p string) int {
	w := strings.Fields(p[:min(len(p), 16)])
	if len(w) < 2 {
		return 2
	}
	switch w[1] {
	case "three", "tres", "trois":
		return 3
	case "four", "cuatro", "quatre":
		return 4
	case "five", "cinco", "cinq":
		return 5
	}
	return 2
}

// twoHolders returns the page's holders so far when they are exactly n
// (two for "The two sides", three for "The three Ministers": a
// trilateral communiqué's joint paragraph after one party's went on with
// that party alone, testdata/pages12's 998), or, for two, the one holder
// so far and the one other State its paragraphs name.
func twoHolders(paras []parsedPara, n int) []string {
	var two []string
	for _, pp := range paras {
		if pp.holder == "" || contains(two, pp.holder) {
			continue
		}
		if len(two) == n {
			return nil
		}
		two = append(two, pp.holder)
	}
	if len(two) == 1 && n == 2 {
		// One party held so far, whose paragraphs name one other State
		// ("À l'invitation de son homologue de la République du Congo, le
		// ministre … centrafricain a effectué une visite …" then "Les deux
		// parties ont passé en revue …": pages15's 9d1): the two parties.
		other := ""
		for _, pp := range paras {
			for _, c := range pp.info.mentionList() {
				if c == two[0] || c == other {
					continue
				}
				if other != "" {
					return nil
				}
				other = c
			}
		}
		if other != "" {
			return []string{two[0], other}
		}
	}
	if len(two) != n {
		return nil
	}
	return two
}

// A news story gives its own background on both countries ("The two
// countries fought a brief border war in 2021", "Ambos países comparten una
// frontera de 700 kilómetros", "Les deux pays partagent une frontière"): the
// journalist's words, which the joint voice above made both countries'
// joint statement (testdata/pages11's 987, pages12's 994). What the two do
// together as speakers — agree, reaffirm, condemn, call, decide, deny —
// is still theirs; any other verb after the joint subject is background.

// twoPartiesBackground reports a twoPartiesRe opening whose verb is none
// of jointSpeechStems (auxiliaries and adverbs skipped): background, no
// statement. The caller has seen twoPartiesOpening hold.
func twoPartiesBackground(p string) bool {
	loc := twoPartiesRe.FindStringIndex(p)
	if loc == nil {
		return false
	}
	words := strings.Fields(p[loc[1]:min(len(p), loc[1]+120)])
	for i, w := range words {
		w = strings.ToLower(strings.Trim(w, ",.;:"))
		if jointSkip[w] {
			continue
		}
		for _, st := range jointSpeechStems {
			if strings.HasPrefix(w, st) {
				return false
			}
		}
		if strings.HasPrefix(w, "shar") || strings.HasPrefix(w, "compart") || strings.HasPrefix(w, "partag") {
			// "shared the view that", "comparten la preocupación": a
			// common position; "share a border": background.
			for _, v := range words[i+1 : min(len(words), i+5)] {
				v = strings.ToLower(v)
				if strings.HasPrefix(v, "view") || strings.HasPrefix(v, "concern") || strings.HasPrefix(v, "opini") ||
					strings.HasPrefix(v, "visi") || strings.HasPrefix(v, "preocupaci") || strings.HasPrefix(v, "préoccupation") ||
					strings.HasPrefix(v, "position") || strings.HasPrefix(v, "posici") || strings.HasPrefix(v, "point") {
					return false
				}
			}
		}
		return true
	}
	return false
}

// jointSkip are the words between the joint subject and its verb:
// auxiliaries, reflexives, adverbs, and the words of "par ailleurs", "en
// outre", "por otra parte" ("Les deux pays ont par ailleurs affirmé …",
// testdata/esfr19's Tunisian-Algerian article, was read as background).
var jointSkip = toSet(`have has had also further then jointly both once again han habían habian se también tambien además ademas
asimismo ont sont se sont avaient également egalement aussi ensuite conjointement par ailleurs d'ailleurs en outre por otra parte`)

// jointSpeechStems open the verbs of what two parties say or decide
// together, in English, Spanish and French.
var jointSpeechStems = [...]string{
	"agree", "reaffirm", "affirm", "support", "condemn", "welcom", "express", "discuss", "exchang", "commit", "decid",
	"note", "noted", "stress", "underlin", "underscor", "emphasi", "call", "urg", "recogni", "pledg", "resolv", "look",
	"will", "would", "shall", "should", "intend", "plan", "hope", "wish", "reiterat", "encourag", "acknowledg", "accus",
	"deni", "deny", "reject", "review", "consider", "highlight", "join", "held", "hold", "met", "meet", "explor", "undert",
	"acord", "reafirm", "afirm", "apoy", "conden", "acog", "expres", "discut", "abord", "intercambi", "comprometi",
	"decid", "destac", "subray", "reconoc", "coincid", "convin", "manifest", "insist", "inst", "llam", "acept", "rechaz",
	"reiter", "acus", "neg", "celebr", "sostuv", "examin", "analiz", "pasaron", "revis",
	"convenu", "convien", "réaffirm", "soutien", "soutenu", "condamn", "salu", "exprim", "échang", "engag", "décid",
	"soulign", "reconn", "appel", "rejet", "réitér", "accus", "dém", "examin", "passé", "tenu", "tiendr",
	// "Les deux ministres ont évoqué …", "Ambas Partes trataron …", "The
	// two sides addressed …": what they discussed (asked24's "ont évoqué"
	// was background, nobody's, and the block ended there).
	"évoqu", "analys", "évalu", "evalu", "rappel", "souhait", "insist", "constat", "trat", "address", "talk",
}
