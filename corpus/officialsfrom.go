package corpus

import "strings"

// News reports a government's words through its people: "Officials from
// Kenya said …", "Diplomats from Kenya and Ghana, who asked not to be
// named, said …", "Senior officials of Botswana warned …". The grammar
// stops a subject noun phrase at "from" (so that "Attacks from Russia have
// grown" is not Russia's words), and such a paragraph went to the country
// of the paragraph before it (TestOfficialsFrom).

// officialNouns are the people who speak for a government.
var officialNouns = toSet(`official officials diplomat diplomats delegate delegates representative representatives negotiator
negotiators envoy envoys minister ministers spokesperson spokespersons spokespeople`)

// officialLead may come before them: "Senior officials", "Two diplomats".
var officialLead = toSet(`the senior top two three several some government foreign ministry`)

// officialsFrom returns the countries a sentence toks[s:e] opens with as
// "<officials> from/of <country> [and <country>]" followed by a verb of
// saying, possibly after a relative clause or an appositive; ms are the
// sentence's mentions.
func officialsFrom(toks []Token, s, e int, ms []Mention) []string {
	i := s
	for i < e && officialLead[toks[i].Lower] {
		i++
	}
	if i >= e-2 || !officialNouns[toks[i].Lower] || toks[i+1].Lower != "from" && toks[i+1].Lower != "of" {
		return nil
	}
	i += 2
	if articles[toks[i].Lower] {
		i++
	}
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
		if i < e && (toks[i].Lower == "and" || strings.Contains(toks[i].Gap, ",") && toks[i].Lower != "who" && toks[i].Lower != "which") {
			if toks[i].Lower == "and" {
				i++
			}
			if i < e && articles[toks[i].Lower] {
				i++
			}
			continue
		}
		break
	}
	if len(out) == 0 {
		return nil
	}
	for k := i; k < e && k < i+16; k++ {
		if sayVerbs[toks[k].Lower] || reportVerbsAfter(toks[k].Lower) {
			return out
		}
	}
	return nil
}

// reportVerbsAfter are past-tense verbs of reporting news uses after
// officials ("warned", "told", "stressed").
func reportVerbsAfter(w string) bool {
	switch w {
	case "said", "told", "warned", "stressed", "noted", "argued", "insisted", "added", "explained", "confirmed", "acknowledged",
		"cautioned", "suggested", "indicated", "complained", "countered", "conceded", "emphasised", "emphasized":
		return true
	}
	return false
}
