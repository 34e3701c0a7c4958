package corpus

import (
	"bytes"
	"regexp"
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
var questionOpeners = toSet(`and what why how does do did is are was were will would can could should shall has have
where when which who whom whose may might must
qué que cómo como cuál cual cuáles cuando cuándo dónde donde por quién quien hay puede pueden es son va van está
y et quel quelle quels quelles pourquoi comment est-ce est où quand qui combien allez avez pouvez êtes faut peut`)

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
	if strings.Contains(last, "¿") {
		return true // Spanish marks the question where it opens: "¿Apoya el Uruguay …?", "Panamá y Honduras, ¿comparten …?"
	}
	first, _ := leadWord(last)
	if questionOpeners[strings.ToLower(first)] {
		return true
	}
	if frenchInversion(last) {
		return true // "La Suisse soutient-elle un nouveau traité ?"
	}
	lower := strings.ToLower(s)
	for _, w := range [...]string{" you ", " your ", " you?", " vous ", " vous?", " usted ", " usted?"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// frenchInversion reports a French question put by inverting its
// subject: a verb joined to a subject pronoun by a hyphen ("soutient-elle",
// "ont-ils", "a-t-il", "pouvez-vous"), which opens no interrogative word
// ("L'Autriche et le Liechtenstein ont-ils adopté la même approche ?").
// The hyphen's byte search spares the rest.
func frenchInversion(s string) bool {
	for i := strings.IndexByte(s, '-'); i >= 0; {
		rest := s[i+1:]
		rest = strings.TrimPrefix(rest, "t-")
		w, _ := leadWord(rest)
		switch strings.ToLower(w) {
		case "il", "elle", "ils", "elles", "on", "vous", "nous":
			return true
		}
		j := strings.IndexByte(rest, '-')
		if j < 0 {
			break
		}
		i = len(s) - len(rest) + j
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
	// A question asking whether other States take the same line as the
	// page's ("L'Autriche et le Liechtenstein ont-ils adopté la même
	// approche ?", "Have Austria and Germany taken the same approach?",
	// "¿Comparten Chile y el Perú la misma postura?") compares them with
	// prev: its answer is prev's, which names no one ("Chaque État définit
	// sa propre position ; le DFAE ne commente pas …"). Read alone, the
	// question and that answer were the States it names.
	for _, w := range [...]string{" same ", " même ", " mêmes ", " misma ", " mismo ", " mismas ", " mismos "} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// questionToYou reports an unlabelled question whose last sentence
// addresses the interviewee ("Êtes-vous favorable à cette idée ?", "Do you
// agree?", "¿Comparte usted …?"): the sentences before it, a neighbour's
// minister's proposal included ("Le ministre malgache du Numérique a
// proposé …"), are the interviewer's framing, not that minister's words,
// and the answer after it is the interviewee's (pages21's 9j5 held both by
// Madagascar).
func questionToYou(raw []byte) bool {
	s := string(bytes.TrimRight(raw, " \t\n"))
	if len(s) < 2 {
		return false
	}
	last := s
	if k := strings.LastIndexAny(s[:len(s)-1], ".!?"); k >= 0 {
		last = s[k+1:]
	}
	lower := " " + strings.ToLower(last) + " "
	for _, w := range [...]string{" you ", " your ", " you?", "-vous", " vous ", " votre ", " vos ", " usted ", " usted?", "¿usted ", " ustedes ", " su país", " su gobierno"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	// A Spanish question's clitic for "you" after its interrogative:
	// "¿Quién los ayudó?", "¿Qué le pide a la OEA?" (pages22's 9k4).
	return strings.Contains(last, "¿") && youCliticRe.MatchString(lower)
}

// youCliticRe matches a Spanish interrogative followed by an object
// pronoun that addresses the interviewee ("¿quién los ayudó?").
var youCliticRe = regexp.MustCompile(`¿(?:qué|que|quién|quien|quiénes|quienes|cómo|como|cuándo|cuando|dónde|donde|por qué|por que|cuál|cual)\s+(?:le|les|lo|los|la|las)\s`)

// shortQuestion reports an interview's follow-up question of a few words
// ("And at the UN?", "Et à l'ONU ?", "Who helped you?", "¿Y en la
// OEA?"): no label, no quotation, at most six words.
func shortQuestion(q []byte) bool {
	if len(q) < 4 || len(q) > 60 || q[len(q)-1] != '?' || bytes.ContainsAny(q, ":\"“”«»") {
		return false
	}
	return len(bytes.Fields(q)) <= 6
}
