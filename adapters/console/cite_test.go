package console

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

func TestRenderCitations(t *testing.T) {
	a := bot.Answer{Country: "Chile", Text: "Chile says x.", Sources: []string{"a", "b", "c", "d", "e"},
		Citations: []bot.Citation{
			{ID: "c", Title: "Third", URL: "https://e.org/c?x=1&y=2", Publisher: "Mission", Date: "2022-01-05"},
			{ID: "a", Title: "First", Date: "2018"},
			{ID: "b"}, {ID: "d"}, {ID: "e"},
		}}
	var out bytes.Buffer
	Render(&out, bot.Reply{Answers: []bot.Answer{a}})
	got := out.String()
	for _, want := range []string{
		"   cited: “Third”, Mission, 2022-01-05 <https://e.org/c?x=1&y=2> [c]\n",
		"          “First”, 2018 [a]\n",
		"          b\n",
		"          and 2 more: d, e\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "sources:") {
		t.Errorf("citations and the old sources line both printed:\n%s", got)
	}
}
