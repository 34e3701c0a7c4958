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
	fields := strings.Fields(text)
	for i := len(fields) - 1; i >= 1; i-- {
		w := lang.Fold(strings.Trim(fields[i], ",;:.!?¿¡"))
		code, ok := languageNames[w]
		if !ok {
			if replyLangTail[w] {
				continue
			}
			return text, ""
		}
		if !languagePreps[lang.Fold(strings.Trim(fields[i-1], ",;:¿¡"))] || i-1 == 0 {
			return text, ""
		}
		rest := strings.TrimRight(strings.Join(fields[:i-1], " "), ",;: ")
		if strings.TrimSpace(rest) == "" {
			return text, ""
		}
		return rest, code
	}
	return text, ""
}
