package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/stancebot/stancebot/corpus"
)

// attributionNote is the one-line note a low-confidence statement carries:
// it is still answered, but the reader is told how it was attributed.
func attributionNote(s *corpus.Statement) string {
	a := s.Attribution
	if a.Confidence != corpus.ConfLow {
		return ""
	}
	return fmt.Sprintf("Attributed to %s with low confidence (%s: %s); check the source.", s.Country, a.Method, a.Evidence)
}

// msgLowConfidence is the catalogue key of the reply's note on one
// low-confidence answer: holder, first words, method, evidence.
const msgLowConfidence = "note-low-confidence"

// noteLowConfidence adds one line per low-confidence answer to the reply's
// message, in the reply's language, so every adapter shows it.
func noteLowConfidence(r *Reply, lang string) {
	var lines []string
	for _, a := range r.Answers {
		if a.Note != "" {
			at := a.Attribution
			lines = append(lines, T(lang, msgLowConfidence, a.Country, firstWords(a.Text, 8), at.Method, at.Evidence))
		}
	}
	if len(lines) == 0 {
		return
	}
	r.Message = strings.TrimSpace(r.Message + "\n" + strings.Join(lines, "\n"))
}

// firstWords returns the first n words of text, with "…" when cut.
func firstWords(text string, n int) string {
	f := strings.Fields(text)
	if len(f) <= n {
		return text
	}
	s := strings.Join(f[:n], " ")
	if r, _ := utf8.DecodeLastRuneInString(s); r == ',' || r == ';' {
		s = s[:len(s)-1]
	}
	return s + "…"
}
