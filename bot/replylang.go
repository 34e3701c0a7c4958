package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus/lang"
)

// replyLangTail are the words that may follow a reply-language request at
// the end of a question ("… in Spanish please", "… en français stp").
var replyLangTail = toSet(`please pls plz por favor porfa xfa stp svp s'il te vous plait thanks gracias merci`)

// cutReplyLang removes a request for the reply's language from the end of
// a question ("what does Japan say on ransomware in Spanish", "que dice
// Japón sobre ransomware, en inglés por favor") and returns the question
// without it and the language asked for ("" when there is none). Left in,
// "Spanish" read as Spain's demonym and made a comparison with Spain,
// and "en francais" a topic (TestReplyLanguageInQuestion). The request is
// a language name after "in"/"en"/"au"/"al"/"into", followed only by
// polite words; anywhere else a language name stays a word.
func cutReplyLang(text string) (string, string) {
	// Words are taken from the end without splitting the whole text: most
	// questions end in a word that is neither, and cost two map lookups.
	end := len(text)
	for {
		w, start := lastField(text, end)
		if w == "" {
			return text, ""
		}
		fw := lang.Fold(strings.Trim(w, ",;:.!?¿¡"))
		code, ok := languageNames[fw]
		if !ok {
			if replyLangTail[fw] {
				end = start
				continue
			}
			return text, ""
		}
		prep, pstart := lastField(text, start)
		if prep == "" || !languagePreps[lang.Fold(strings.Trim(prep, ",;:¿¡"))] {
			return text, ""
		}
		rest := strings.TrimRight(text[:pstart], ",;: \t")
		if strings.TrimSpace(rest) == "" {
			return text, ""
		}
		return rest, code
	}
}

// lastField returns the last whitespace-separated word of text[:end] and
// where it starts ("" when there is none).
func lastField(text string, end int) (string, int) {
	e := end
	for e > 0 && isSpace(text[e-1]) {
		e--
	}
	s := e
	for s > 0 && !isSpace(text[s-1]) {
		s--
	}
	return text[s:e], s
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
