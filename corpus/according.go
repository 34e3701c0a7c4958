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

// trailingSpeaker returns the country a reporting clause at the end of
// the first sentence (toks[:e]) names as the speaker, itself or by one of
// its officials: "Benin is a close partner, the Togolese foreign minister
// said.", "…, said Peru's envoy.", "…, Uganda's minister told reporters
// on Monday.", "…, Nigeria said." The sentence before the clause is the
// speaker's words, whatever country it is about; it was held by its
// subject (TestTrailingSpeaker). The clause holds a speaker, a verb of
// saying and, after both, adjuncts ("on Tuesday", "in a statement"),
// nothing else ("…, as Nigeria has long argued" is no reporting clause).
func trailingSpeaker(toks []Token, e int, ms []Mention) (string, bool) {
	if e < 6 {
		return "", false
	}
	c := -1 // the clause: from the last comma of the sentence to its end
	for i := e - 1; i > 1 && i >= e-12; i-- {
		if strings.Contains(toks[i].Gap, ",") {
			c = i
			break
		}
	}
	if c < 0 {
		return "", false
	}
	return speakerClause(toks, c, e, ms)
}

// asideSpeaker returns the country a reporting aside between commas after
// the first sentence's opening words names as the speaker: "Benin, the
// Togolese minister said, is a close partner." (TestTrailingSpeaker).
func asideSpeaker(toks []Token, e int, ms []Mention) (string, bool) {
	a := -1
	for i := 1; i < e && i < 8; i++ {
		if strings.Contains(toks[i].Gap, ",") {
			a = i
			break
		}
	}
	if a < 0 {
		return "", false
	}
	for b := a + 1; b < e && b <= a+8; b++ {
		if strings.Contains(toks[b].Gap, ",") {
			return speakerClause(toks, a, b, ms)
		}
	}
	return "", false
}

// speakerClause returns the country that toks[c:e] names as a speaker,
// itself or by one of its officials, when those tokens are a reporting
// clause: a speaker and a verb of saying and, after both, adjuncts ("on
// Tuesday", "in a statement"), nothing else.
func speakerClause(toks []Token, c, e int, ms []Mention) (string, bool) {
	said, speaker := false, false
	for i := c; i < e && !(said && speaker); i++ {
		w := toks[i].Lower
		switch {
		case w == "said" || w == "says" || quoteVerbs[w] || w == "added" || w == "noted" || w == "stressed" || w == "insisted":
			said = true
		case inMention(ms, i):
			speaker = speaker || i == mentionEnd(ms, i) && !toks[i].Poss // "Nigeria", not "Nigeria's" before its official
		case govNouns[w] || personNouns[w]:
			speaker = true
		case articles[w] || officeWords[w] || w == "affairs" || w == "of":
		default:
			return "", false // more than a speaker and a verb: a clause of its own
		}
	}
	if !said || !speaker {
		return "", false
	}
	country := ""
	for _, m := range ms {
		if m.First < c || m.First >= e {
			continue
		}
		if country != "" && country != m.Country {
			return "", false
		}
		country = m.Country
	}
	return country, country != ""
}

// mentionEnd returns the last token of the mention of ms holding token
// i.
func mentionEnd(ms []Mention, i int) int {
	for _, m := range ms {
		if i >= m.First && i <= m.Last {
			return m.Last
		}
	}
	return -1
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
