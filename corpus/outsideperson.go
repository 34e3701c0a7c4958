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
	`(?:diplomate|analyste|experte?|observat(?:eur|rice)|chercheu(?:r|se)|spécialiste|universitaire|juriste|` +
	`diplomático|diplomática|analista|experto|experta|observador|observadora|investigador|investigadora|especialista|académico|académica|jurista|` +
	`diplomat|analyst|expert|observer|researcher|academic|scholar|lawyer)` +
	`((?:\s+[\p{L}'’-]+){0,4})`)

// outsidePersonFirst are the first words outsidePersonRe can match: a map
// look-up spares nearly every paragraph the expression.
var outsidePersonFirst = toSet(`Interrogé Interrogée Contacté Contactée Joint Jointe Consultado Consultada Entrevistado Entrevistada Asked
Contacted Interviewed Selon D'après D’après Según Segun De According For Un Une Una A An`)

// outsidePersonOpens reports whether paragraph p opens with an unnamed
// person of no government (see above): none of the words after the
// person's noun names a country.
func (g *Gazetteer) outsidePersonOpens(p string) bool {
	if !outsidePersonFirst[firstWordOf(p)] {
		return false
	}
	sm := outsidePersonRe.FindStringSubmatch(p)
	if sm == nil {
		return false
	}
	for _, w := range strings.Fields(sm[1]) {
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
