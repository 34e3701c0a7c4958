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
var groupOpensRe = regexp.MustCompile(`^(?:The\s+)?(?:(?:African|Arab|Asia-Pacific|Asian|Eastern European|Latin American and Caribbean|Western European and Others?)\s+(?:Group|States)|Group of (?:77(?: and China)?|Arab States|African States|Asia-Pacific States|Latin American and Caribbean States|Eastern European States|Friends\b[^,]{0,40}|Like-minded\b[^,]{0,40})|G-?77(?: and China)?|Non-Aligned Movement|Movement of Non-Aligned Countries|NAM|Association of Southeast Asian Nations|ASEAN|African Union|Caribbean Community|CARICOM|Pacific Islands Forum|Southern African Development Community|SADC|Economic Community of West African States|ECOWAS|Organi[sz]ation of Islamic Cooperation|OIC|League of Arab States|Arab League|Alliance of Small Island States|AOSIS|Community of Latin American and Caribbean States|CELAC|Gulf Cooperation Council|GCC|Nordic countries|Nordic and Baltic countries|BRICS)\b(?:\s*\([^()]{1,40}\))?\s*(?:,|\s[a-z])`)

// groupFirst are the first words groupOpensRe can match after "The":
// most paragraphs are passed by a look at their first two words.
var groupFirst = toSet(`African Arab Asia-Pacific Asian Eastern Latin Western Group G77 G-77 Non-Aligned Movement NAM
Association ASEAN Caribbean CARICOM Pacific Southern SADC Economic ECOWAS Organisation Organization OIC League Alliance
AOSIS Community CELAC Gulf GCC Nordic BRICS`)

// groupDeliverer reads a paragraph opening with a group of States as its
// subject (see groupOpensRe): it returns the country its first sentence
// (toks[:e], mentions ms) names as delivering the group's words, and
// whether a group opens it at all.
func groupDeliverer(p string, toks []Token, e int, ms []Mention) (country string, group bool) {
	first, rest := leadWord(p)
	if first == "The" {
		first, _ = leadWord(strings.TrimLeft(rest, " "))
	}
	if !groupFirst[first] || !groupOpensRe.MatchString(p) {
		return "", false
	}
	for _, m := range ms {
		if m.First >= e || m.How == ByDemonym {
			continue
		}
		for i := m.First - 1; i >= 0 && i >= m.First-3; i-- {
			switch toks[i].Lower {
			case "by", "through":
				return m.Country, true // "delivered by Egypt", "speaking through Egypt"
			case "the", "its", "delegation", "of":
				continue
			}
			break
		}
	}
	return "", true
}
