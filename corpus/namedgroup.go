package corpus

import (
	"regexp"
	"strings"
)

// namedGroupRe matches a summary's paragraph that opens with delegations
// it names as a group and the verb they share: "Several delegations,
// including Lesotho and Eswatini, stressed …", "Two States (Kenya,
// Ghana) said …", "Varias delegaciones, entre ellas Chile y el Perú,
// subrayaron …", "Plusieurs délégations, dont le Niger et le Tchad, ont
// souligné …". Group 1 is the list of names, group 2 the word after it.
var namedGroupRe = regexp.MustCompile(`^(?:(?:Some|Several|Many|Most|Other|Certain|Numerous|Two|Three|Four|Five|A few|A number of|A group of|A majority of|A large number of)\s+(?:other\s+)?(?:delegations|States|states|Member States|countries|speakers|participants|members)|(?:Algunas|Varias|Muchas|Otras|Numerosas|Ciertas|Dos|Tres|Cuatro)\s+(?:delegaciones|Estados|pa[ií]ses)|(?:Certaines|Plusieurs|De nombreuses|Quelques|D'autres|D’autres|Deux|Trois|Quatre)\s+(?:d[ée]l[ée]gations|[ÉE]tats|pays))\s*(?:,|\()\s*(?:(?:including|among them|amongst them|notably|such as|in particular|namely|led by|incluidas|incluidos|entre (?:ellas|ellos|otras|otros)|como|en particular|notamment|dont|parmi lesquelles|parmi lesquels|comme)\s+)?([^;:.()]{2,300}?)\s*[,)]\s*(\p{Ll}+)`)

// listJoins may stand between the names of a group's list: "Lesotho and
// Eswatini", "Chile y el Perú", "le Niger et le Tchad".
var listJoins = toSet(`and the y e el la los las et le les l d`)

// namedGroup returns the countries a paragraph opening with a named group
// of delegations lists (see namedGroupRe), each of which holds the
// paragraph, and the opening as evidence. When the list holds anything but
// country names ("Several delegations, notably small island States,
// stressed") the group is unnamed: no countries, and anonymous is set, so
// the paragraph is nobody's rather than the previous paragraph's holder's.
// No verb after the list ("Several delegations, however, stressed" is
// anonymousRe's) returns nothing.
func (g *Gazetteer) namedGroup(p string) (countries []string, evidence string, anonymous bool) {
	first, _ := leadWord(p)
	if !anonymousFirst[first] {
		return nil, "", false // most paragraphs: one word looked up, no expression run
	}
	sm := namedGroupRe.FindStringSubmatchIndex(p)
	if sm == nil {
		return nil, "", false
	}
	if w := p[sm[4]:sm[5]]; notVerb[w] || anonymousNotVerb[w] {
		return nil, "", false
	}
	list := p[sm[2]:sm[3]]
	toks := Tokenize(list)
	var out []string
	for _, esfr := range []bool{false, true} {
		ms := g.findText(toks, esfr)
		covered := make([]bool, len(toks))
		out = out[:0]
		for _, m := range ms {
			if m.How == ByDemonym || m.How == ByCapital {
				continue
			}
			for k := m.First; k <= m.Last; k++ {
				covered[k] = true
			}
			if !contains(out, m.Country) {
				out = append(out, m.Country)
			}
		}
		whole := len(out) > 0
		for k, t := range toks {
			if !covered[k] && !listJoins[strings.TrimRight(t.Lower, "'’")] {
				whole = false
				break
			}
		}
		if whole {
			return out, clip(p[:sm[3]], 60), false
		}
	}
	return nil, "", true
}
