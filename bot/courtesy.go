package bot

import (
	"regexp"
	"strings"
)

// Chat questions end (or open) with the asker's courtesy and errand, in
// whole phrases whose words are no topic: "asking for a friend", "just in
// case", "thx in advance", "when you get a chance", "no rush", "por si
// acaso", "xq me lo preguntaron", "sin prisa", "merci d'avance", "au cas
// où". Word by word they were read as topic words ("friend", "case",
// "advance"), or glossed into others ("por si acaso" read "si who
// accused") that every answer then had to hold. Such a phrase is cut from
// the question as typed, before its language is read (TestCutCourtesy).
// Only whole phrases are: "in case of an attack" keeps its words.

// courtesyPhrases are the phrases cutCourtesy cuts, lower case, spaces
// between words (any run of spaces matches one); a longer phrase comes
// before the shorter one it starts with (the first that matches wins).
var courtesyPhrases = []string{
	// English
	"asking for a friend", "just in case", "thanks in advance", "thx in advance", "thank you in advance", "ty in advance",
	"when you get a chance", "when you get a sec", "when you have a sec", "when you have a minute", "when you can",
	"if you have it", "if you have that", "if you have a sec", "if possible", "no rush", "no hurry", "no pressure",
	"my boss asked", "my boss is asking", "someone asked me", "i was asked",
	// Spanish
	"por si acaso", "por si las moscas", "xq me lo preguntaron en la reunion", "xq me lo preguntaron en la reunión",
	"me lo preguntaron en la reunion", "me lo preguntaron en la reunión", "xq me lo preguntaron", "porque me lo preguntaron", "me lo preguntaron",
	"me lo pidieron", "gracias de antemano", "gracias por adelantado", "cuando puedas", "cuando pueda", "sin prisa",
	"sin apuro", "sin prisas", "si lo tienes", "si lo tiene",
	// French
	"au cas où", "au cas ou", "merci d'avance", "merci par avance", "quand tu peux", "quand vous pouvez", "sans urgence",
	"pas d'urgence", "rien ne presse", "si tu l'as", "si vous l'avez", "on me l'a demandé", "on me l'a demande",
}

// courtesyRe matches one of courtesyPhrases as whole words.
var courtesyRe = func() *regexp.Regexp {
	alts := make([]string, len(courtesyPhrases))
	for i, p := range courtesyPhrases {
		words := strings.Fields(p)
		for j, w := range words {
			words[j] = strings.ReplaceAll(regexp.QuoteMeta(w), "'", "['’]")
		}
		alts[i] = strings.Join(words, `\s+`)
	}
	return regexp.MustCompile(`(?i)(^|[\s,;:.!?¿¡(–-])(?:` + strings.Join(alts, "|") + `)($|[\s,;:.!?)–-])`)
}()

// courtesyKeys are words one of which every courtesy phrase holds: a
// question holding none skips the expression.
var courtesyKeys = []string{"friend", "case", "advance", "chance", "sec", "minute", "when you can", "have it", "have that",
	"possible", "rush", "hurry", "pressure", "asked", "acaso", "moscas", "pregunt", "pidieron", "antemano", "adelantado",
	"puedas", "pueda", "prisa", "apuro", "tienes", "tiene", "cas o", "avance", "peux", "pouvez", "urgence", "presse",
	"l'as", "l'avez", "demand"}

// cutCourtesy cuts the courtesy phrases of a question as typed.
func cutCourtesy(text string) string {
	if !mayFoldAny(text, courtesyKeys) {
		return text
	}
	return courtesyRe.ReplaceAllString(text, "$1 $2")
}
