package matrix

import (
	"html"
	"strings"

	"github.com/stancebot/stancebot/adapters/explaintext"
	"github.com/stancebot/stancebot/bot"
)

// explainBlock renders an `explain` reply's "Why" view: the console's
// tables (explaintext.Write, so every front end reads the question
// the same way), preformatted so the columns line up.
func explainBlock(e *bot.Explain, l bot.Labels) block {
	var b strings.Builder
	explaintext.Write(&b, e, l)
	text := strings.TrimRight(b.String(), "\n")
	return block{"<pre><code>" + html.EscapeString(text) + "</code></pre>", text}
}
