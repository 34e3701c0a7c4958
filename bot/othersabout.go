package bot

import "github.com/stancebot/stancebot/corpus"

// othersWords are the speakers a question asks about when it names others
// in general ("what did others say about ukraine", "what does everyone
// say about russia", "how did countries react to the albania attack").
var othersWords = toSet(`others everyone everybody countries states nations governments delegations`)

// othersObjectPreps put the one country after them in what the others
// speak of: "about ukraine", "on china", "to the albania attack".
var othersObjectPreps = toSet(`about on regarding concerning towards toward re wrt abt`)

// reactWords before "to" make what follows the object too: "react to the
// albania attack", "responses to ukraine" (not "according to denmark",
// its source).
var reactWords = toSet(`react reacts reacted reacting respond responds responded responding reaction reactions response responses`)

// othersSpeak returns the index of the word naming others in general as
// the speakers of a question whose one country, m, stands after an
// about-word ("what did others say about ukraine", "what are countries
// saying about iran"): the question asks what the others say of it, and
// the country's own statements, all the reply gave, answer nothing it
// asked (TestOthersAbout). -1 when the speakers are not others, or the
// others are named ("countries like peru", "other countries such as
// chile" name their speaker; "which countries…" is whoAboutObject's).
func othersSpeak(toks []corpus.Token, m corpus.Mention) int {
	j := m.First - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j >= 1 && othersWords[toks[j].Lower] && j == m.First-1 && !toks[m.First].SentStart && toks[m.First].Gap == "" {
		// The English reading of "¿qué dicen otros países sobre
		// ucrania?", "que disent les autres pays sur la chine": "say
		// other countries Ucrania", the preposition gone.
		return j
	}
	if j < 1 || !(othersObjectPreps[toks[j].Lower] || toks[j].Lower == "to" && reactWords[toks[j-1].Lower]) || toks[m.Last].Poss {
		return -1
	}
	for i := 0; i < j; i++ {
		if !othersWords[toks[i].Lower] {
			continue
		}
		if i+1 < len(toks) && (toks[i+1].Lower == "like" || toks[i+1].Lower == "such" || toks[i+1].Lower == "including") {
			return -1
		}
		return i
	}
	return -1
}
