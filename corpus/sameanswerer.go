package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A transcript labels each turn with its speaker ("AMB. RIVERA:",
// "MINISTRA:", a press conference's "R. :"). Once a guest's answer to an
// interviewer's question has been held by the guest's country, the same
// label answering the next question is the same guest: an answer that
// opens on another State ("Tonga has its own view, and we respect it",
// "Le Tchad est un pays frère et nous prenons ces accusations au sérieux",
// "Colombia tiene su propia visión") talks about that State, and was held
// by it (testdata/pages14's 9c0 and 9c6). The label is compared only for
// a paragraph shown with a question before it, which few paragraphs are.

// answerLabel returns the label p opens with ("AMB. JOVANOVIĆ" of
// "AMB. JOVANOVIĆ: Not yet.", "R." of "R. : Le projet …"): the words
// before a colon within its first 48 bytes, at most four, the first
// capitalised, none ending in a comma or a question mark; "" if p opens
// with no such label.
func answerLabel(p string) string {
	k := strings.IndexByte(p[:min(len(p), 48)], ':')
	if k <= 0 {
		return ""
	}
	label := strings.TrimSpace(p[:k])
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(label); !unicode.IsUpper(r) {
		return ""
	}
	for _, w := range words {
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, "?") {
			return ""
		}
	}
	return label
}

// sameAnswerer reports whether the answer p opens with the label of the
// answer before it (label, from answerLabel), so is the same speaker's.
func sameAnswerer(p, label string) bool {
	return label != "" && answerLabel(p) == label
}
