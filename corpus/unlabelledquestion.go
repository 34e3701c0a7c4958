package corpus

import (
	"bytes"
	"strings"
)

// An FAQ page or a magazine interview prints its questions with no label:
// "Germany and France have published their own positions. Are they the
// same as the Dutch position?", "Deputy Minister, Greece says that a cable
// project … requires its consent. What is your answer?". Each question
// was a statement of its own, of the country the page was held by: words
// asserting another State's position, shown as the answerer's. It is shown
// with the answer after it, held as the answer is, as a labelled
// interviewer's question is (testdata/pages15's 9d2 and 9d9).

// questionOpeners open an interrogative sentence in English, Spanish and
// French.
var questionOpeners = toSet(`what why how does do did is are was were will would can could should shall has have
where when which who whom whose may might must
qué que cómo como cuál cual cuáles cuando cuándo dónde donde por quién quien hay puede pueden es son va van está
quel quelle quels quelles pourquoi comment est-ce est où quand qui combien allez avez pouvez êtes faut peut`)

// unlabelledQuestion reports a paragraph that is a question put to the
// page's speaker: it ends with a question mark, is short, quotes no one,
// and its last sentence opens with an interrogative word ("Would Türkiye
// accept such rules?") or "¿" ("¿Apoya el Perú …?"), or it addresses its reader
// ("What is your answer?"). Its last byte spares nearly every paragraph
// the rest.
func unlabelledQuestion(raw []byte) bool {
	t := bytes.TrimRight(raw, " \t\n")
	if len(t) == 0 || t[len(t)-1] != '?' || len(t) > 400 {
		return false
	}
	s := string(t)
	if strings.ContainsAny(s, "\"“”«»") || strings.Contains(s, ": ") {
		return false // a quoted question is its speaker's
	}
	last := s
	if k := strings.LastIndexAny(s[:len(s)-1], ".!?"); k >= 0 {
		last = s[k+1:]
	}
	last = strings.TrimLeft(last, " ")
	if strings.HasPrefix(last, "¿") {
		return true // Spanish marks the question where it opens: "¿Apoya el Uruguay …?"
	}
	first, _ := leadWord(last)
	if questionOpeners[strings.ToLower(first)] {
		return true
	}
	lower := strings.ToLower(s)
	for _, w := range [...]string{" you ", " your ", " you?", " vous ", " vous?", " usted ", " usted?"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// questionGoesOn reports a question put to the page's speaker, whose
// country prev holds the block: read alone, the block would hold it (no
// country of its own is its subject), or it names prev ("Cyprus has called
// for an EU regulation. Would Türkiye accept such rules?", "La Argentina
// propone un tratado. ¿Apoya el Uruguay …?") or addresses its reader
// ("Greece says … What is your answer?"). A question about another
// country ("What has Uganda said about data localisation?" in a
// tracker's FAQ) heads that country's answer after it, which names none
// ("Its minister has argued …"): joined, the answer's block holder would
// take it, so it stays as it was read.
func questionGoesOn(info *paraInfo, raw []byte, prev string) bool {
	if h, _ := info.holder(prev); h == prev || contains(info.mentionList(), prev) {
		return true
	}
	lower := strings.ToLower(string(raw))
	for _, w := range [...]string{" you ", " your ", " you?", " vous ", " vous?", " usted ", " usted?", " votre ", " su país"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
