package corpus

import "strings"

// accordingToOfficial reports a fronted "According to" whose source, up
// to the clause's comma (clause), is one of a country's officials or
// bodies (mention m): "According to Togo's foreign minister,", "according
// to the Nigerian ambassador,", "According to the Kenyan government,".
// The clause after it is what that country says, whatever country it is
// about; it was held by the clause's subject. ("Según el canciller
// ecuatoriano", "Selon le ministre togolais" are reportedView's.)
func accordingToOfficial(toks []Token, m Mention, s, clause int) bool {
	if clause-s < 4 || toks[s].Lower != "according" || toks[s+1].Lower != "to" {
		return false
	}
	from := s + 2
	if articles[toks[from].Lower] {
		from++
	}
	if m.First != from || m.Last+1 >= clause {
		return false
	}
	if m.How != ByDemonym && !toks[m.Last].Poss {
		return false // "According to Togo, …" is frontedView's
	}
	for i := m.Last + 1; i < clause; i++ {
		if w := toks[i].Lower; !officeWords[w] && !govNouns[w] && !personNouns[w] && w != "affairs" && w != "of" {
			return false
		}
	}
	last := toks[clause-1].Lower
	return govNouns[last] || personNouns[last]
}

// trailingSpeaker returns the country whose official a reporting clause
// at the end of the first sentence (toks[:e]) names: "Benin is a close
// partner, the Togolese foreign minister said.", "…, said Peru's envoy.",
// "…, Uganda's minister told reporters." The sentence before the clause
// is that official's words, whatever country it is about; it was held by
// its subject (TestTrailingSpeaker).
func trailingSpeaker(toks []Token, e int, ms []Mention) (string, bool) {
	if e < 6 {
		return "", false
	}
	// The clause: from the last comma of the sentence to its end.
	c := -1
	for i := e - 1; i > 1 && i >= e-9; i-- {
		if strings.Contains(toks[i].Gap, ",") {
			c = i
			break
		}
	}
	if c < 0 {
		return "", false
	}
	said, country := false, ""
	roleEnd := false
	for i := c; i < e; i++ {
		w := toks[i].Lower
		switch {
		case sayVerbs[w] && (w == "said" || w == "says") || quoteVerbs[w] || w == "added" || w == "noted" || w == "stressed" || w == "insisted":
			said = true
		case articles[w] || officeWords[w] || w == "affairs" || w == "of" || w == "reporters" || w == "journalists":
		case govNouns[w] || personNouns[w]:
			roleEnd = true
		default:
			if !inMention(ms, i) {
				return "", false // more than a speaker and a verb: a clause of its own
			}
		}
	}
	if !said || !roleEnd {
		return "", false
	}
	for _, m := range ms {
		if m.First < c || m.First >= e {
			continue
		}
		if m.How != ByDemonym && !toks[m.Last].Poss && !(m.First > 0 && toks[m.First-1].Lower == "of") {
			return "", false // "…, Chile said" is the country itself: the sentence's own subject rules
		}
		if country != "" && country != m.Country {
			return "", false
		}
		country = m.Country
	}
	return country, country != ""
}

// inMention reports whether token i is part of one of ms.
func inMention(ms []Mention, i int) bool {
	for _, m := range ms {
		if i >= m.First && i <= m.Last {
			return true
		}
	}
	return false
}
