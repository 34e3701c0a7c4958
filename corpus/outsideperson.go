package corpus

import (
	"regexp"
	"strings"
)

// A news story quotes people of no government: "Interrogé par notre
// journal, un diplomate européen a estimé que la position égyptienne «
// rejoint largement celle de la Russie »", "Un analyste occidental juge
// que …", "Selon un expert africain, la position égyptienne est isolée",
// "Según un analista, …". Their judgement of a country is not that
// country's words, yet the country they judge, the subject of their
// clause, held the paragraph (esfr21's 711: Egypt held a European
// diplomat's comparison with Russia and China). English had it right ("A
// Western diplomat said Egypt's position …" is nobody's); a person of a
// country ("un diplomate égyptien", "una fuente de la cancillería chilena",
// "un experto de Chile") still speaks for it, and keeps the reading the
// rest of the attribution gives (see speakingForRes).

// outsidePersonRe matches a paragraph opening with one unnamed person of
// no stated government: a journalist's frame ("Interrogé par notre
// journal,"), "selon"/"según"/"according to", then an indefinite article
// and the person's noun. Group 1 holds the few words after the noun, where
// a demonym or a country would say whose person it is.
var outsidePersonRe = regexp.MustCompile(`^(?:(?:Interrogé|Interrogée|Contacté|Contactée|Joint|Jointe|Consultado|Consultada|Entrevistado|Entrevistada|Asked|Contacted|Interviewed)[^,]{0,60},\s+)?` +
	`(?:(?:Selon|D'après|D’après|Según|Segun|De acuerdo con|According to|For)\s+)?` +
	`(?:[Uu]n|[Uu]ne|[Uu]na|A|An|a|an)\s+` +
	`((?:diplomate|analyste|experte?|observat(?:eur|rice)|chercheu(?:r|se)|spécialiste|universitaire|juriste|` +
	`diplomático|diplomática|analista|experto|experta|observador|observadora|investigador|investigadora|especialista|académico|académica|jurista|` +
	`diplomat|analyst|expert|observer|researcher|academic|scholar|lawyer))` +
	`((?:\s+[\p{L}'’-]+){0,4})`)

// noGovernmentNouns are the persons of outsidePersonRe whose trade is
// judging governments, not serving one: "un analista salvadoreño consultado
// por este diario" speaks for no State, where "un diplomate égyptien" or
// "un experto de Chile" (a delegation's expert) speaks for his (esfr22's
// 802: Guatemala, the paragraph before's holder, held a Salvadoran
// analyst's judgement of the talks).
var noGovernmentNouns = toSet(`analyste analista analyst chercheur chercheuse investigador investigadora researcher
universitaire académico académica academic scholar`)

// outsiderFrameRe matches the words after an outsider's noun that place
// him outside any government's voice: a journalist's frame ("consultado por
// este diario", "interrogé par notre journal", "présent à la conférence",
// "cited by the paper"). Under a heading that names the country judged,
// such a frame (or a trade of noGovernmentNouns) is needed before the
// heading's holder is taken away: a country's own statement may speak of
// "un expert" of its own (esfr22's 812: "Selon un diplomate africain
// présent à la conférence, la position suisse …" was Switzerland's by its
// heading).
var outsiderFrameRe = regexp.MustCompile(`\b(?:consultad[oa]s?|entrevistad[oa]s?|citad[oa]s?|presente|interrogée?s?|contactée?s?|cité|citée|présente?s?|quoted|interviewed|present|contacted)\b`)

// speakerLaterOpeners open a continuation that may name its own speaker
// after a fronted participle or the verb ("Also stressing … was the
// representative of Tuvalu", "También destacó … el representante del
// Paraguay"). A look-up of the first word: gating on the first letter
// ('A' or 'T') decoded every continuation opening "The …" of the load
// again (+54 MB, 41 → 59 GC cycles at 100k -dup 8).
var speakerLaterOpeners = toSet(`Also Also, También También, Tambien Tambien, Asimismo Asimismo, Igualmente Igualmente, Également Également, Egalement Egalement, Likewise Likewise, Similarly Similarly,`)

// outsidePersonFirst are the first words outsidePersonRe can match: a map
// look-up spares nearly every paragraph the expression.
var outsidePersonFirst = toSet(`Interrogé Interrogée Contacté Contactée Joint Jointe Consultado Consultada Entrevistado Entrevistada Asked
Contacted Interviewed Selon D'après D’après Según Segun De According For Un Une Una A An
Opposition Critics Activists Rights Human Civil Digital Legisladores Diputados Senadores Des L'opposition L’opposition`)

// outsideGroupRe matches a paragraph opening with people who speak for no
// government by what they are: a country's opposition, its critics, rights
// and civil-society groups ("Opposition lawmakers criticised the agency's
// budget as too small.", "Critics say the law …", "Diputados de la
// oposición criticaron …", "Des députés de l'opposition ont dénoncé …").
// Block order gave their words to the country of the paragraph before
// (asked22's Montenegrin opposition was Albania's).
var outsideGroupRe = regexp.MustCompile(`^(?:Opposition\s+(?:lawmakers|legislators|MPs|deputies|members|parties|leaders|politicians|senators)|Critics|Activists|(?:Human\s+|Digital\s+)?[Rr]ights\s+(?:groups|organi[sz]ations|advocates|defenders)|Civil[\s-]+society\s+(?:groups|organi[sz]ations|representatives)|(?:Legisladores|Diputados|Senadores)\s+de\s+la\s+oposición|Des\s+(?:députés|élus|parlementaires)\s+de\s+l['’]opposition|L['’]opposition)\b`)

// outsidePersonOpens reports whether paragraph p opens with an unnamed
// person of no government (see above): none of the words after the
// person's noun names a country.
//
// headed says the paragraph's holder came from the page's heading or its
// author (a country's own statement, which may speak of "un expert" of its
// own delegation): then only an outsider placed by a journalist's frame or
// by his trade (outsiderFrameRe, noGovernmentNouns) is one.
func (g *Gazetteer) outsidePersonOpens(p string, headed bool) bool {
	if !outsidePersonFirst[firstWordOf(p)] {
		return false
	}
	if outsideGroupRe.MatchString(p) {
		return true // an opposition, critics, rights groups: whoever they are of
	}
	sm := outsidePersonRe.FindStringSubmatch(p)
	if sm == nil {
		return false
	}
	if noGovernmentNouns[sm[1]] {
		// "Según un analista salvadoreño, …": whatever his country.
		return true
	}
	if headed && !outsiderFrameRe.MatchString(p[len(sm[0])-len(sm[2]):min(len(p), len(sm[0])+40)]) {
		return false
	}
	for _, w := range strings.Fields(sm[2]) {
		w = strings.Trim(w, ",.;:«»\"'’")
		if c, ok := g.Resolve(w); ok && !(c == "European Union" && isLowerWord(w)) {
			// "un diplomate égyptien", "un experto de Chile"; a
			// "diplomate européen" is of one of its members, not the
			// Union's.
			return false
		}
	}
	return true
}
