package slack

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

func TestRenderExplainShowsWhy(t *testing.T) {
	r := bot.Reply{Intent: bot.IntentStance, Answers: []bot.Answer{{Country: "Ghana", Text: "Norms matter."}},
		Explain: &bot.Explain{Stems: []string{"norm"}, Themes: []string{"norms"},
			Countries: []bot.CountryMatch{{Country: "Ghana", Matched: "Accra <capital>", How: "capital"}}}}
	var all []string
	for _, m := range render(r) {
		all = append(all, sectionTexts(t, m)...)
	}
	text := strings.Join(all, "\n")
	if !strings.Contains(text, "```Why:") || !strings.Contains(text, "&lt;capital&gt;") {
		t.Errorf("no escaped Why view in\n%s", text)
	}
}
