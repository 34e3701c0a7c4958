package corpus

// causativeVerbs make their object the one who acts: "the campaign has
// prompted Namibia to review its networks", "the attack led Ghana to
// adopt a law", "forced Peru to", "pushed Chile to".
var causativeVerbs = toSet(`prompted prompts prompt led leads forced forces compelled compels pushed pushes spurred spurs
drove drives obliged obliges encouraged encourages`)

// notActVerb are the words after "to" that make it a preposition, not a
// verb's infinitive ("led Kenya to the conclusion").
var notActVerb = toSet(`the a an its their this that these those his her our`)

// causedToAct returns the first country of ms (a sentence's mentions,
// tokens s to e) that is the object of a causative verb and acts through
// it ("has prompted Namibia to review …"): that country does what the
// sentence says, not whoever held the paragraph before, so a paragraph
// opening with no country as its subject ("Salt Typhoon, the espionage
// campaign that …, has also prompted Namibia to review …") is its words
// rather than the previous paragraph's holder's (TestCausativeObjectActs).
func causedToAct(toks []Token, ms []Mention, e int) (Mention, bool) {
	for _, m := range ms {
		if m.How == ByDemonym {
			continue
		}
		v := m.First - 1
		if v >= 0 && articles[toks[v].Lower] && toks[v+1].Gap == "" {
			v--
		}
		if v < 0 || !causativeVerbs[toks[v].Lower] || toks[m.First].Gap != "" {
			continue
		}
		if n := m.Last + 1; n+1 < e && toks[n].Lower == "to" && toks[n].Gap == "" && toks[n+1].Gap == "" && isLowerWord(toks[n+1].Orig) && !notActVerb[toks[n+1].Lower] {
			return m, true
		}
	}
	return Mention{}, false
}
