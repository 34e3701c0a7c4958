package corpus

import (
	"strings"
	"unicode"
)

// News reports a government's words through its people: "Officials from
// Kenya said …", "Diplomats from Kenya and Ghana, who asked not to be
// named, said …", "Senior officials of Botswana warned …". The grammar
// stops a subject noun phrase at "from" (so that "Attacks from Russia have
// grown" is not Russia's words), and such a paragraph went to the country
// of the paragraph before it (TestOfficialsFrom).

// officialNouns are the people who speak for a government.
// A readout opens with both parties' delegations: "Kathmandu, 3 March
// 2026 – Delegations of Nepal and Bhutan held consultations …", "Las
// delegaciones del Paraguay y Bolivia celebraron …", "Les délégations du
// Sénégal et de la Gambie ont tenu …": what both sides did and agreed is
// each one's (it was the first one's alone).
var officialNouns = toSet(`official officials diplomat diplomats delegate delegates representative representatives negotiator
negotiators envoy envoys minister ministers spokesperson spokespersons spokespeople delegation delegations
head director commissioner ambassador commander
directora directeur directrice jefe jefa ministro ministra ministre viceministro viceministra vice-ministre canciller
cancillera vicecanciller embajador embajadora ambassadeur ambassadrice portavoz
delegación delegaciones délégation délégations comandante commandant funcionario funcionaria funcionarios responsable responsables
representante representantes représentant représentants`)

// officialOf are the prepositions between the officials and their
// countries, in English, Spanish and French.
var officialOf = toSet(`from of de del du des d`)

// officialAnd join two countries of the list ("and", "y", "et"), and
// officialArticles may follow it ("et de la Gambie").
var (
	officialAnd      = toSet(`and y e et`)
	officialArticles = toSet(`the el la los las le les l de del du des d`)
)

// readoutVerbs are what a readout says both delegations did: held talks,
// agreed, signed; and the French auxiliary of any past ("ont tenu").
var readoutVerbs = toSet(`held met agreed signed discussed exchanged reviewed adopted reaffirmed
celebraron acordaron firmaron examinaron intercambiaron reafirmaron ont sont`)

// officialLead may come before them: "Senior officials", "Two diplomats".
// "An official from the Philippines, speaking on the record, said" (an
// event recap, pages9's 934), "Un responsable du Bénin a déclaré".
// An office's rank may come too: "the Deputy Minister of …", "the acting
// head of …" (asked21's South African deputy minister and Israeli head of
// directorate, held by the page's country).
var officialLead = toSet(`the senior top two three several some government foreign ministry las los les el la le a an one another un una une
deputy vice acting assistant chief`)

// officialSceneFirst open a short scene before the official ("At the
// launch, the Deputy Minister of … said"): the words up to its comma are
// skipped when they name no country.
var officialSceneFirst = toSet(`at during on after later earlier speaking opening closing`)

// officeNameJoin join the capitalised words of an office's or a body's
// name ("Minister of Communications and Digital Technologies of South
// Africa", "Instituto Nacional de Ciberseguridad de España", "Agence
// nationale de la sécurité des systèmes d'information du Bénin").
var officeNameJoin = toSet(`and for of the & de del la los las les y e et du des`)

// officeNameOf are the prepositions before the country closing an office's
// or a body's name ("of", "de", "del", "du"); "of the", "de la" take the
// article too.
var officeNameOf = toSet(`of de del du`)

// officialsFrom returns the countries a sentence toks[s:e] opens with as
// "<officials> from/of <country> [and <country>]" followed by a verb of
// saying, possibly after a relative clause or an appositive; ms are the
// sentence's mentions.
func officialsFrom(toks []Token, s, e int, ms []Mention) []string {
	out, i := officialsListed(toks, s, e, ms)
	if len(out) == 0 {
		return nil
	}
	for k := i; k < e && k < i+16; k++ {
		if sayVerbs[toks[k].Lower] || reportVerbsAfter(toks[k].Lower) || sayingVerbs[toks[k].Lower] || k == i && readoutVerbs[toks[k].Lower] {
			return out
		}
	}
	return nil
}

// officialsListed returns the countries a sentence toks[s:e] opens with as
// "<officials> from/of <country> [and <country>]", whatever verb follows,
// and where the list ends.
func officialsListed(toks []Token, s, e int, ms []Mention) ([]string, int) {
	i := s
	if s == 0 {
		i = readoutDatelineEnd(toks, e)
	}
	i = afterOfficialScene(toks, i, e, ms)
	for i < e && officialLead[toks[i].Lower] {
		i++
	}
	if i >= e-2 || !officialNouns[toks[i].Lower] || !officialOf[strings.TrimRight(toks[i+1].Lower, "'’")] {
		return nil, i
	}
	i += 2
	if articles[toks[i].Lower] && !mentionAt(ms, i) {
		i++ // (not the article of "the Philippines", which is the name's own)
	}
	i = afterOfficeName(toks, i, e, ms)
	var out []string
	for _, m := range ms {
		if m.First < i {
			continue
		}
		if m.First != i || m.How == ByDemonym {
			break
		}
		out = append(out, m.Country)
		i = m.Last + 1
		if i < e && (officialAnd[toks[i].Lower] || strings.Contains(toks[i].Gap, ",") && toks[i].Lower != "who" && toks[i].Lower != "which") {
			if officialAnd[toks[i].Lower] {
				i++
			}
			for k := 0; k < 2 && i < e && officialArticles[strings.TrimRight(toks[i].Lower, "'’")] && !mentionAt(ms, i); k++ {
				i++
			}
			continue
		}
		break
	}
	return out, i
}

// afterOfficialScene returns where a short scene opening toks[i:e] ("At
// the launch,", "Speaking at the forum,") ends, or i without one: the
// scene names no country and ends at a comma within eight words.
func afterOfficialScene(toks []Token, i, e int, ms []Mention) int {
	if i >= e || !officialSceneFirst[toks[i].Lower] {
		return i
	}
	for k := i + 1; k < e && k <= i+8; k++ {
		if mentionAt(ms, k) {
			return i
		}
		if strings.Contains(toks[k].Gap, ",") {
			return k
		}
		if toks[k].Gap != "" && toks[k].Gap != "-" {
			return i
		}
	}
	return i
}

// afterOfficeName returns the country closing an office's or a body's name
// that starts at toks[i] ("Communications and Digital Technologies of
// South Africa" after "the Deputy Minister of"): where the mention after
// the name's last "of" starts, or i when the words at i are no such name
// (lower-case words, punctuation, or no country after "of").
func afterOfficeName(toks []Token, i, e int, ms []Mention) int {
	if i >= e || mentionAt(ms, i) || !capitalised(unelided(toks[i].Orig)) {
		return i
	}
	lower := 0 // lower-case words of the name: French and Spanish write "Affaires étrangères", "sécurité des systèmes d'information"
	for k := i + 1; k < e && k <= i+14; k++ {
		if toks[k].Gap != "" && toks[k].Gap != "-" {
			return i
		}
		if mentionAt(ms, k) {
			if officeNameOf[toks[k-1].Lower] || (toks[k-1].Lower == "the" || toks[k-1].Lower == "la") && k-2 > i && officeNameOf[toks[k-2].Lower] {
				return k
			}
			return i
		}
		if w := toks[k].Lower; !capitalised(toks[k].Orig) && !officeNameJoin[w] {
			if sayVerbs[w] || w == "que" || w == "that" || w == "qui" {
				return i // "Fuentes del ministerio dijeron que el CERT de Sri Lanka": no name
			}
			if lower++; lower > 4 {
				return i
			}
		}
	}
	return i
}

// unelided returns w without a French elided article ("l'Économie",
// "d’Haïti"): the name's own word.
func unelided(w string) string {
	if len(w) > 2 && (w[0] == 'l' || w[0] == 'd') {
		if rest, ok := strings.CutPrefix(w[1:], "'"); ok {
			return rest
		}
		if rest, ok := strings.CutPrefix(w[1:], "’"); ok {
			return rest
		}
	}
	return w
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// readoutDatelineEnd returns where a readout's dateline ("Kathmandu, 3
// March 2026 –", "Asunción, 5 de mayo de 2026 –") or a news dateline
// ("JUBA —", see datelineEnd) that opens the sentence toks[:e] ends, or 0
// without one: a place, a comma and a date, then a dash.
func readoutDatelineEnd(toks []Token, e int) int {
	if i := datelineEnd(toks, e); i > 0 {
		return i
	}
	// The place may be two or three words ("La Paz, 14 de mayo de 2026 –",
	// "San José, …", "Port Louis, …": esfr23's 833), each capitalised.
	k := 1
	for k < 3 && k < e && !strings.Contains(toks[k].Gap, ",") && startsUpper(toks[k].Orig) {
		k++
	}
	d := k
	if e > k+3 && (toks[k].Lower == "le" || toks[k].Lower == "el") {
		d = k + 1 // "Antananarivo, le 21 mai 2026 –" (pages9's 940)
	}
	if e < k+3 || !strings.Contains(toks[k].Gap, ",") || toks[d].Lower == "" || toks[d].Lower[0] < '0' || toks[d].Lower[0] > '9' {
		return 0
	}
	for i := k + 1; i < e && i <= k+6; i++ {
		if strings.ContainsAny(toks[i].Gap, "—–") {
			return i
		}
	}
	return 0
}

// reportVerbsAfter are past-tense verbs of reporting news uses after
// officials ("warned", "told", "stressed").
func reportVerbsAfter(w string) bool {
	switch w {
	case "said", "told", "warned", "stressed", "noted", "argued", "insisted", "added", "explained", "confirmed", "acknowledged",
		"cautioned", "suggested", "indicated", "complained", "countered", "conceded", "emphasised", "emphasized",
		// Spanish and French: "Un funcionario de Panamá dijo", "Un
		// responsable du Bénin a déclaré" (the participle after "a").
		"dijo", "afirmó", "declaró", "señaló", "indicó", "advirtió", "subrayó", "explicó", "aseguró", "sostuvo",
		"déclaré", "affirmé", "indiqué", "souligné", "estimé", "expliqué", "précisé", "assuré",
		// A summary's delegations in the plural: "Las delegaciones de
		// Costa Rica y Panamá subrayaron" (pages9's 953).
		"subrayaron", "destacaron", "señalaron", "afirmaron", "expresaron", "propusieron", "indicaron", "insistieron",
		"manifestaron", "advirtieron", "pidieron", "apoyaron", "insisté", "proposé", "exprimé", "appelé", "soutenu":
		return true
	}
	return false
}

// mentionAt reports whether one of ms starts at token i.
func mentionAt(ms []Mention, i int) bool {
	for _, m := range ms {
		if m.First == i {
			return true
		}
	}
	return false
}

// namesOnly reports whether the paragraph info names country and no other.
func namesOnly(info *paraInfo, country string) bool {
	return info.mentions != nil && len(*info.mentions) == 1 && (*info.mentions)[0] == country
}

// bodyNouns are a State's bodies that act for it: "la Agencia … de
// Francia (ANSSI) envió …", "the Ministry of Defence of Estonia said".
var bodyNouns = toSet(`agency agencies ministry government institute authority centre center office department
agencia ministerio gobierno instituto autoridad centro oficina departamento
agence ministère gouvernement institut autorité centre office département`)

// frontedTurns open a sentence that turns to another actor ("Por su
// parte, …", "For its part, …", "De son côté, …", "Pour sa part, …").
var frontedTurns = toSet(`por for de pour meanwhile asimismo además`)

// bodyOf returns the country whose body opens the sentence toks[s:e] as
// its subject after a fronted turn ("Por su parte, la Agencia Nacional …
// de Francia (ANSSI) envió un mensaje de apoyo"), or "": the body's name
// runs to "of"/"de"/"du" and the country, and a verb follows (after the
// body's initials in brackets). A later sentence's body of another State
// is a new actor (see splitAt): asked22's Andorra story gave the French
// agency's message to Spain's official before it.
func bodyOf(toks []Token, s, e int, ms []Mention) string {
	// Only after a fronted turn: "The Government of Finland objects …"
	// after "The Government of Finland has examined …" goes on with its
	// own paragraph (pages8's 819).
	i := s
	if i >= e || !frontedTurns[toks[i].Lower] {
		return ""
	}
	for k := i + 1; k < e && k <= i+4; k++ {
		if strings.Contains(toks[k].Gap, ",") {
			i = k
			break
		}
	}
	if i == s {
		return ""
	}
	if i < e && articles[toks[i].Lower] {
		i++
	}
	j := afterOfficeName(toks, i, e, ms) // the country closing the body's name
	if j == i {
		return ""
	}
	// A body's noun heads the name, after its capitalised words only
	// ("la Agencia …", "l'Agence …", "the National Cyber Security
	// Agency"), not "Fuentes del ministerio …".
	body := false
	for k := i; k < j && !body && capitalised(unelided(toks[k].Orig)); k++ {
		body = bodyNouns[strings.ToLower(unelided(toks[k].Orig))]
	}
	if !body {
		return ""
	}
	for _, m := range ms {
		if m.First != j || m.How == ByDemonym {
			continue
		}
		k := m.Last + 1
		if k < e && strings.Contains(toks[k].Gap, "(") && k+1 < e {
			k++ // "(ANSSI)"
		}
		if k < e && verbLike(toks[k]) {
			return m.Country
		}
	}
	return ""
}
