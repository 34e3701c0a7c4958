package corpus

// A country's name written before the name of one of its bodies, as news
// writes it: "The U.S. State Department said …", "A UK Foreign Office
// spokesperson said …", "The US Treasury announced …". The name is no
// subject by itself (a capitalised word follows it, not a verb), so the
// paragraph went to the block before it, another country's
// (TestCountryOrgSubject).

// orgNouns end the name of a government body or its speaker.
var orgNouns = toSet(`department ministry office treasury government administration agency authority cabinet embassy
mission delegation spokesperson spokesman spokeswoman official officials military army navy police presidency parliament
senate congress secretary minister ministers envoy ambassador diplomat diplomats negotiators authorities directorate
command service services`)

// countryOrgSubject reports a country's name that opens the clause (after
// "the", "a" or "an") before at most four words naming one of its bodies
// (ending in one of orgNouns) and a verb: "The U.S. State Department
// said", "The United States Embassy in Majuro confirmed" (the body's
// seat after "in"). It returns the first token of the phrase. Mirrors: "The US
// Chamber of Commerce said" (a preposition), "The Kenya Red Cross said"
// (no government body), "The EU and Chile" (no body).
func countryOrgSubject(toks []Token, m Mention, clause, e int) (int, bool) {
	start := m.First
	if start == clause+1 {
		switch toks[clause].Lower {
		case "the", "a", "an":
			start = clause
		default:
			return 0, false
		}
	} else if start != clause {
		return 0, false
	}
	if toks[m.Last].Poss {
		return 0, false // (a possessive reads as one already)
	}
	body := false
	i := m.Last + 1
	for ; i < e && i <= m.Last+4; i++ {
		t := toks[i]
		if t.Gap != "" {
			return 0, false
		}
		if orgNouns[t.Lower] {
			body = true
			if t.Poss {
				return start, i+1 < e // "The US State Department's spokesperson said"
			}
			continue
		}
		if body && verbLike(t) {
			return start, true
		}
		if body && t.Lower == "in" && i+1 < e && toks[i+1].Gap == "" && startsUpper(toks[i+1].Orig) {
			// "The United States Embassy in Majuro confirmed": the body's
			// seat, one or two capitalised words, then its verb.
			j := i + 1
			for j < e && j <= i+2 && toks[j].Gap == "" && startsUpper(toks[j].Orig) {
				j++
			}
			return start, j < e && toks[j].Gap == "" && verbLike(toks[j])
		}
		if !startsUpper(t.Orig) {
			return 0, false
		}
	}
	return start, body && i < e && toks[i].Gap == "" && verbLike(toks[i])
}
