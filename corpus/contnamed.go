package corpus

import "strings"

// A paragraph that opens like a continuation with a definite noun phrase
// ("The delegation", "Le gouvernement", "La delegación") keeps the previous
// paragraph's holder only when the phrase names no country. When the
// phrase goes on to name one — "The delegation of the Co-operative
// Republic of Guyana said", "La délégation d'Israël a souligné", "Le
// gouvernement kényan a déclaré" — it is that country's delegation
// whatever the subject rules made of the rest of the sentence (a name cut
// by a dotted abbreviation, "The delegation of N. Korea said", reads as
// two sentences). Without this, the previous speaker held the words: the
// attribution sweep (sweep_test.go) found it across every shape whose
// name the subject rules missed.

// contLinks are the words that may stand between a continuation's noun
// phrase and the country it names: "of the", "de la", "du", "des".
var contLinks = toSet(`of for from the de del du des la le les el los las d l`)

// contNamed returns the country that the continuation opening of the
// paragraph (its first openLen bytes) goes on to name, and the index of
// the mention's last token: the first mention (a demonym too) that starts
// right after the opening or after link words only. ok is false when the
// opening names none.
func contNamed(toks []Token, ms []Mention, openLen int) (m Mention, ok bool) {
	if openLen == 0 || len(ms) == 0 {
		return Mention{}, false
	}
	i := 0
	for i < len(toks) && toks[i].Start < openLen {
		i++
	}
	first := ms[0]
	if toks[first.First].Start < openLen {
		return Mention{}, false
	}
	for ; i <= first.First; i++ {
		if i < first.First && !contLinks[toks[i].Lower] || !elisionGap(toks[i].Gap) {
			return Mention{}, false
		}
	}
	return first, true
}

// elisionGap: no punctuation between two words but a French elision's
// apostrophe ("d'Israël", "de l'Argentine").
func elisionGap(gap string) bool { return gap == "" || gap == "'" || gap == "’" }

// nameSentenceEnd returns the end of the sentence that ends at e, moved
// past a name the tokenizer cut at an abbreviation's dot: a name that runs
// across the boundary ("The representative of S. Korea noted") or whose
// last dot is followed by a lower-case word ("The delegation of Dom. Rep.
// said", "El representante de los EE. UU. afirmó"). Cut there, the name
// had no verb after it and the sentence no subject. ms are the mentions
// from the sentence's first on.
func nameSentenceEnd(toks []Token, ms []Mention, e int) int {
	for _, m := range ms {
		if m.First >= e {
			break
		}
		lowerNext := m.Last+1 < len(toks) && toks[m.Last+1].SentStart && toks[m.Last+1].Gap == "." && isLowerWord(toks[m.Last+1].Orig)
		if m.Last < e && !(m.Last == e-1 && lowerNext) {
			continue
		}
		e = m.Last + 1
		if lowerNext {
			e++
		}
		for e < len(toks) && !toks[e].SentStart {
			e++
		}
	}
	return e
}

// elidedDe reports a word written with the French "d'" elided onto it
// ("d'Israël", "d’Haïti").
func elidedDe(orig string) bool {
	return len(orig) > 2 && (orig[0] == 'd' || orig[0] == 'D') && (orig[1] == '\'' || strings.HasPrefix(orig[1:], "’"))
}
