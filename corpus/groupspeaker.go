package corpus

import (
	"regexp"
	"strings"
)

// Reports of meetings and chairs' summaries let a group of States speak in
// prose: "The African Group, in a statement delivered by Egypt, called for
// …", "The Association of Southeast Asian Nations, speaking through its
// chair, recalled …", "The Group of 77 and China stressed …". No country
// is the subject, so such a paragraph fell to the speaker before it by
// block order: another country's words. The country the sentence names
// as delivering it ("delivered by Egypt", "through Egypt", "represented
// by Egypt") holds it, as a country "speaking on behalf of" a group does;
// without one it is nobody's (the members of the group are not known to
// have said it, and the page names none of them as signing).

// groupOpensRe matches a paragraph whose subject is a group of States,
// followed by an aside or a verb (not "The African Group's proposal").
var groupOpensRe = regexp.MustCompile(`^(?:(?:The|El|La|Le|Les|Los)\s+|L['’])?(?:Grupo de los 77(?: y China)?|Liga de (?:los )?Estados Árabes|Organización de (?:la )?Cooperación Islámica|Foro de las Islas del Pacífico|Alianza de (?:los )?Pequeños Estados Insulares|Consejo de Cooperación del Golfo|Comunidad de África Meridional para el Desarrollo|Comunidad Económica de (?:los )?Estados de África Occidental|Asociación de Naciones de Asia Sudoriental|Ligue des États arabes|Forum des îles du Pacifique|Alliance des petits États insulaires|Conseil de coopération du Golfe|Communauté de développement de l'Afrique australe|Association des nations de l'Asie du Sud-Est|Grupo (?:Africano|Árabe|de Estados (?:Africanos|Árabes|de Asia y el Pacífico|de América Latina y el Caribe))|Movimiento de (?:los )?Países No Alineados|Alianza Bolivariana\b[^,]{0,40}|ALBA|Unión Africana|Comunidad (?:del Caribe|de Estados Latinoamericanos y Caribeños)|Sistema de la Integración Centroamericana|SICA|Groupe des 77(?: et la Chine)?|Groupe (?:africain|arabe|des États (?:d'Afrique|arabes))|Mouvement des (?:pays )?non[- ]align[ée]s|Union africaine|Communauté (?:des Caraïbes|économique des États de l'Afrique de l'Ouest)|CEDEAO|Organisation de la coopération islamique|(?:African|Arab|Asia-Pacific|Asian|Eastern European|Latin American and Caribbean|Western European and Others?)\s+(?:Group|States)|Group of (?:77(?: and China)?|Arab States|African States|Asia-Pacific States|Latin American and Caribbean States|Eastern European States|Friends\b[^,]{0,40}|Like-minded\b[^,]{0,40})|G-?77(?: and China)?|Non-Aligned Movement|Movement of Non-Aligned Countries|NAM|Association of Southeast Asian Nations|ASEAN|African Union|Caribbean Community|CARICOM|Pacific Islands Forum|Southern African Development Community|SADC|Economic Community of West African States|ECOWAS|Organi[sz]ation of Islamic Cooperation|OIC|League of Arab States|Arab League|Alliance of Small Island States|AOSIS|Community of Latin American and Caribbean States|CELAC|Gulf Cooperation Council|GCC|Nordic countries|Nordic and Baltic countries|BRICS)\b(?:\s*\([^()]{1,40}\))?\s*(?:,|\s[a-z])`)

// groupFirst are the first words groupOpensRe can match after an article:
// most paragraphs are passed by a look at their first two words.
var groupFirst = toSet(`African Arab Asia-Pacific Asian Eastern Latin Western Group G77 G-77 Non-Aligned Movement NAM
Association ASEAN Caribbean CARICOM Pacific Southern SADC Economic ECOWAS Organisation Organization OIC League Alliance
AOSIS Community CELAC Gulf GCC Nordic BRICS Grupo Movimiento Alianza ALBA Unión Comunidad Sistema SICA Groupe Mouvement Union
Communauté CEDEAO Organisation
Liga Organización Foro Consejo Asociación Ligue Forum Conseil`)

// groupDeliverer reads a paragraph opening with a group of States as its
// subject (see groupOpensRe; Spanish and French names too, "La Alianza
// Bolivariana rechaza …", "Le Groupe africain a souligné …"): it returns
// the country its first sentence (toks[:e], mentions ms) names as
// delivering the group's words, and whether a group opens it at all.
func groupDeliverer(p string, toks []Token, e int, ms []Mention) (country string, group bool) {
	p, onBehalf := onBehalfOpening(p)
	first, rest := leadWord(p)
	switch first {
	case "The", "El", "La", "Le", "Les", "Los", "L":
		first, _ = leadWord(strings.TrimLeft(rest, " '’"))
	}
	if !groupFirst[first] || !groupOpensRe.MatchString(p) {
		return "", false
	}
	for _, m := range ms {
		if m.First >= e || m.How == ByDemonym {
			continue
		}
		for i := m.First - 1; i >= 0 && i >= m.First-6; i-- {
			switch w := toks[i].Lower; w {
			case "by", "through", "par", "por", "voix", "intermedio", "conducto", "través":
				// "delivered by Egypt", "speaking through Egypt", "par la
				// voix de l'Égypte", "por intermedio de Kenia"
				return m.Country, true
			case "the", "its", "delegation", "of", "de", "del", "la", "le", "l", "el", "du", "délégation", "delegación",
				"su", "sa", "son", "representative":
				continue
			default:
				if roleNounsESFR[w] {
					continue // "por intermedio de la representante de Kenia"
				}
				if onBehalf && deliveryVerbs[w] {
					// "En nombre de la Unión Africana, habló Kenia"
					return m.Country, true
				}
			}
			break
		}
	}
	return "", true
}

// onBehalfPrefixes open a paragraph whose group of States is named
// before the country speaking for it, after the verb: "En nombre de la
// Unión Africana, habló Kenia …", "Au nom du Groupe africain, a pris la
// parole le Kenya …".
var onBehalfPrefixes = [...]string{"En nombre de ", "En nombre del ", "Au nom du ", "Au nom de ", "Au nom des "}

// deliveryVerbs name the taking of the floor in an onBehalfPrefixes
// paragraph; the country after one holds it.
var deliveryVerbs = toSet(`habló hablo intervino intervinieron palabra parole intervenu intervenue exprimé exprimée`)

// onBehalfOpening strips an onBehalfPrefixes opening (and the article
// after it) from p: the rest opens with the group's name.
func onBehalfOpening(p string) (string, bool) {
	if len(p) < 10 || p[0] != 'E' && p[0] != 'A' {
		return p, false
	}
	for _, pre := range onBehalfPrefixes {
		if rest, ok := strings.CutPrefix(p, pre); ok {
			for _, a := range [...]string{"la ", "los ", "las ", "l'", "l’"} {
				if r, ok := strings.CutPrefix(rest, a); ok {
					return r, true
				}
			}
			return rest, true
		}
	}
	return p, false
}
