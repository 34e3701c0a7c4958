package bot

import (
	"strings"
	"unicode"
)

// spanJoiners are the short words a typed topic holds between its content
// words ("discours de haine", "centres de données", "câble sous-marin",
// "sécurité des réseaux"), which the reading drops as stop words.
var spanJoiners = toSet(`de del la las los el le les des du d l à a au aux en sous para por`)

// spanOpeners introduce the topic; the message writes them itself.
var spanOpeners = toSet(`sur sobre on about concernant acerca respecto quant propos en et y`)

// typedSpans puts back, in a Spanish or French reply's message, the
// joining words of the topic as the question typed it: the message names
// a topic no theme matched by its content words ("sur discours haine",
// "sobre centros datos", "sur cable marin"), which read as broken
// French and Spanish; two words of the message that the question wrote
// with one or two joiners between them ("discours de haine", "cable
// sous-marin") are written as the question wrote them
// (TestTypedSpansReadNaturally). The message and question are short: a
// pass over the question's words, no regular expression.
func typedSpans(msg, question string) string {
	if msg == "" {
		return msg
	}
	type word struct {
		w          string
		start, end int
	}
	var ws []word
	start := -1
	for i, r := range question + " " {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			ws = append(ws, word{question[start:i], start, i})
			start = -1
		}
	}
	for i := range ws {
		if spanJoiners[strings.ToLower(ws[i].w)] || spanOpeners[strings.ToLower(ws[i].w)] {
			continue // "sur la sécurité": the catalogue writes its own "sur"
		}
		for gap := 1; gap <= 2 && i+gap+1 < len(ws); gap++ {
			j := i + gap + 1
			joined := true
			for _, m := range ws[i+1 : j] {
				joined = joined && spanJoiners[strings.ToLower(m.w)]
			}
			if !joined || spanJoiners[strings.ToLower(ws[j].w)] {
				break
			}
			pair := ws[i].w + " " + ws[j].w
			if k := strings.Index(msg, pair); k >= 0 && wordEdge(msg, k, true) && wordEdge(msg, k+len(pair), false) {
				msg = msg[:k] + question[ws[i].start:ws[j].end] + msg[k+len(pair):]
				break
			}
		}
	}
	return msg
}
