package console

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

// TestSourceIDsAreEscaped: a source ID made from a hostile file name
// (escape sequences, a newline) is printed escaped, never raw.
func TestSourceIDsAreEscaped(t *testing.T) {
	id := "evil\x1b[31mred\nforged line"
	for _, a := range []bot.Answer{
		{Country: "Peru", Text: "Peru says.", Sources: []string{id}},
		{Country: "Peru", Text: "Peru says.", Sources: []string{id}, Citations: []bot.Citation{{ID: id}}},
	} {
		var out bytes.Buffer
		writeSources(&out, a, bot.LabelsFor(""))
		if strings.ContainsAny(out.String(), "\x1b") || strings.Count(out.String(), "\n") != 1 || !strings.Contains(out.String(), `evil\x1b[31mred\nforged line`) {
			t.Errorf("printed %q", out.String())
		}
	}
}
