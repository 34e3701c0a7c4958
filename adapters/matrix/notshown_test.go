package matrix

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

// A reply cut at the size limit says so in the reply's language.
func TestRenderSizeLimitNoteInReplyLanguage(t *testing.T) {
	var answers []bot.Answer
	for range 200 {
		answers = append(answers, bot.Answer{Country: "Peru", Text: strings.Repeat("long statement ", 20), Sources: []string{"src"}})
	}
	for code, want := range map[string]string{"": "more not shown (message size limit).", "es": "más sin mostrar (límite de tamaño del mensaje).", "fr": "de plus non affichés (limite de taille du message)."} {
		c := render(bot.Reply{Answers: answers, Lang: code})
		if !strings.HasSuffix(c.Body, want) || !strings.Contains(c.FormattedBody, want) {
			t.Errorf("%q: truncated reply ends %q, want %q", code, c.Body[len(c.Body)-80:], want)
		}
	}
}
