package bot

import "strings"

// dateFrame are the words that frame a date-only follow-up asked as a
// question of its own, its country left to the thread: "what did they say
// in 2025", "anything from them since 2024?", "what have they said this
// year", "anything new since march?". The set is small on purpose: a topic word or a country in the
// rest makes the message a new question (TestDateFollowUpFrame).
var dateFrame = toSet(`what did does do has have had say said says anything something from them they it its their
	there then so ok okay new`)

// onlyDateFrame reports whether rest, what a follow-up holds once its date
// words are cut, is empty or only dateFrame words.
func onlyDateFrame(rest string) bool {
	for _, w := range strings.Fields(rest) {
		if !dateFrame[strings.Trim(w, ",;:?!.")] {
			return false
		}
	}
	return true
}
