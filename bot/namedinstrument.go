package bot

import "github.com/stancebot/stancebot/corpus"

// A named instrument or process ("the Paris Call", "the Pall Mall
// Process", "the Global Digital Compact", "el Pacto Digital Mundial") is
// one topic, not its words one by one: a statement that only "called for"
// something is not about the Paris Call, and "Paris", which no statement
// holds, must count against it. Without this, "who backs the Paris Call?"
// answered "6 countries on paris call" with six statements that merely
// called for something (a word no statement holds does not count against
// a statement, see corpus.Query). The name's words are joined into one
// phrase (corpus.QueryTerm.Phrase): a statement holds it only with every
// word.

// instrumentHeads end an instrument's English name: "the Paris Call",
// "the Pall Mall Process", "the Counter Ransomware Initiative".
var instrumentHeads = toSet(`call process initiative compact pact manual convention declaration charter accord accords
principles protocol dialogue format coalition partnership roadmap`)

// instrumentHeadsFirst open an instrument's Spanish or French name, its
// words after them ("pacto digital mundial", "appel de christchurch",
// "proceso de pall mall"), where the glossary left the name as typed.
var instrumentHeadsFirst = toSet(`pacto llamamiento proceso iniciativa convenio convencion declaracion carta
pacte appel processus initiative declaration charte`)

// nameJoiners may stand between the words of one name: "Pact for the
// Future", "Appel de Christchurch", "Pacto para el Futuro".
var nameJoiners = toSet(`of for the de del du des la le el l d para pour`)

// instrumentPhrase is where the Phrase numbers of named instruments
// start, above any theme phrase's (the index of its first word + 1).
const instrumentPhrase = 1 << 10

// instrumentNames marks the words of each instrument name among terms
// (read from toks at termTok) as one phrase, and reports whether it
// marked any. A run of adjacent words (joiners between them allowed) that
// ends on an English head or opens on a Spanish or French one is a name
// when it reads as one: a word capitalised inside the sentence ("the Paris
// Call"), three words or more ("global digital compact"), a capital
// ("paris call": the city the instrument is named after), or a word no
// statement holds ("christchurch call": the corpus does not have it). "made
// a call" and "the peace process" in lower case stay words.
func instrumentNames(c *corpus.Corpus, toks []corpus.Token, words []string, terms []corpus.QueryTerm, termTok []int) bool {
	found := false
	for _, w := range words {
		if instrumentHeads[w] || instrumentHeadsFirst[w] {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	marked := false
	adjacent := func(a, b int) bool { // term a, then term b, one name
		ta, tb := termTok[a], termTok[b]
		if tb <= ta || tb-ta > 3 || toks[tb].SentStart {
			return false
		}
		for j := ta + 1; j < tb; j++ {
			if !nameJoiners[toks[j].Lower] {
				return false
			}
		}
		return true
	}
	mark := func(lo, hi int) { // terms[lo:hi+1]
		n := hi - lo + 1
		if n < 2 || n > 5 {
			return
		}
		name := n >= 3
		for k := lo; k <= hi && !name; k++ {
			t := toks[termTok[k]]
			if !t.SentStart && startsUpperASCII(t.Orig) {
				name = true
			} else if c.DocFreq(terms[k].Stem) == 0 || isCapital(c, words[k]) {
				name = true
			}
		}
		if !name {
			return
		}
		for k := lo; k <= hi; k++ {
			terms[k].Phrase = instrumentPhrase + lo
		}
		marked = true
	}
	for k := 0; k < len(words); k++ {
		switch {
		case instrumentHeads[words[k]] && k > 0 && adjacent(k-1, k):
			lo := k - 1
			for lo > 0 && k-lo < 4 && adjacent(lo-1, lo) && !instrumentHeadsFirst[words[lo]] {
				lo--
			}
			for lo < k && stanceVerbs[words[lo]] {
				lo++ // "does ghana support the Pall Mall Process": the verb asks, it is no word of the name
			}
			mark(lo, k)
		case instrumentHeadsFirst[words[k]] && k+1 < len(words) && adjacent(k, k+1):
			hi := k + 1
			for hi+1 < len(words) && hi-k < 4 && adjacent(hi, hi+1) && !instrumentHeads[words[hi]] {
				hi++
			}
			mark(k, hi)
			k = hi
		}
	}
	return marked
}

// settleInstrumentNames, once the themes are read, takes theme words out
// of the instrument names (a theme word is theme vocabulary: "the
// Counter Ransomware Initiative" keeps "counter" and "initiative" whole
// beside the theme) and undoes a name left with one word.
func settleInstrumentNames(terms []corpus.QueryTerm) {
	for k := range terms {
		if terms[k].Phrase < instrumentPhrase {
			continue
		}
		if terms[k].InTheme {
			terms[k].Phrase = 0
			continue
		}
	}
	for k := range terms {
		ph := terms[k].Phrase
		if ph < instrumentPhrase {
			continue
		}
		n := 0
		for j := range terms {
			if terms[j].Phrase == ph {
				n++
			}
		}
		if n < 2 {
			terms[k].Phrase = 0
		}
	}
}

// isCapital reports whether the word w is a country's capital ("paris").
func isCapital(c *corpus.Corpus, w string) bool {
	return c.Gazetteer != nil && c.Gazetteer.IsCapital(w)
}

// startsUpperASCII reports whether s opens with an ASCII capital.
func startsUpperASCII(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }
