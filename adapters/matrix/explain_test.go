package matrix

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

// `explain …` shows the Why view in Matrix as it does in the console,
// escaped and preformatted.
func TestRenderExplainShowsWhy(t *testing.T) {
	r := bot.Reply{Intent: bot.IntentStance, Answers: []bot.Answer{{Country: "Ghana", Text: "Norms matter."}},
		Explain: &bot.Explain{Stems: []string{"norm"}, Themes: []string{"norms"},
			Countries: []bot.CountryMatch{{Country: "Ghana", Matched: "Accra <capital>", How: "capital"}},
			Scores:    []bot.ScoreBreakdown{{Country: "Ghana", Score: 3.5, Terms: map[string]float64{"norm": 3.5}, Match: "topic"}}}}
	c := render(r)
	for _, want := range []string{"Why:", "capital", "norm"} {
		if !strings.Contains(c.Body, want) || !strings.Contains(c.FormattedBody, want) {
			t.Errorf("no %q in the reply:\n%s", want, c.Body)
		}
	}
	if !strings.Contains(c.FormattedBody, "<pre><code>") || strings.Contains(c.FormattedBody, "<capital>") {
		t.Errorf("Why view not preformatted and escaped: %s", c.FormattedBody)
	}
	if strings.Contains(render(bot.Reply{Answers: r.Answers}).Body, "Why:") {
		t.Error("a reply without explain shows a Why view")
	}
}
