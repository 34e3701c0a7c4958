package slack

import (
	"strings"

	"github.com/stancebot/stancebot/adapters/explaintext"
	"github.com/stancebot/stancebot/bot"
)

// explainParts renders an `explain` reply's "Why" view as preformatted
// sections. The tables are explaintext's, so the console, the
// CLI, Slack and Matrix show the same reading of the question; Slack gets
// them in a code block (monospace keeps the columns), split to fit a
// section.
func explainParts(e *bot.Explain, l bot.Labels) []string {
	if e == nil {
		return nil
	}
	var b strings.Builder
	explaintext.Write(&b, e, l)
	text := strings.TrimRight(escape(b.String()), "\n")
	const fence = "```"
	var out []string
	for _, part := range splitText(text, maxSectionText-2*len(fence)) {
		out = append(out, fence+part+fence) // the first line is l.Why's heading
	}
	return out
}
