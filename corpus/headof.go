package corpus

// "The head of the Kazakh delegation said that Kazakhstan attached …",
// "A member of the Tajik delegation noted …", "The spokesperson for the
// Kenyan ministry said …": the person who speaks is the delegation's, so
// the demonym after "of the" is the sentence's subject as "The Kazakh
// delegation said" is. Read as a preposition's object, the Kazakh head of
// delegation's words were held by the Kyrgyz press release's country
// (TestHeadOfDemonymDelegation).

// headOfNouns are the people of a delegation or a body: the noun before
// "of the <demonym> <government noun>".
var headOfNouns = toSet(`head heads leader leaders chief member members spokesperson spokesman spokeswoman representative representatives chair deputy`)

// headOfStart returns the index of the word opening "The head of the"
// before the demonym m, when that phrase opens the clause at clause, or -1.
func headOfStart(toks []Token, m Mention, clause int) int {
	k := m.First - 1
	if k < clause || toks[k].Lower != "the" {
		return -1
	}
	k--
	if k < clause || toks[k].Lower != "of" && toks[k].Lower != "for" {
		return -1
	}
	k--
	if k < clause || !headOfNouns[toks[k].Lower] {
		return -1
	}
	if k-1 >= clause {
		if w := toks[k-1].Lower; w != "the" && w != "a" && w != "an" || k-1 != clause {
			return -1
		}
		return k - 1
	}
	if k != clause {
		return -1
	}
	return k
}

// headOfDemonym reports a demonym after "The head of the" opening the
// clause (see headOfStart).
func headOfDemonym(toks []Token, m Mention, clause int) bool {
	return headOfStart(toks, m, clause) >= 0
}
