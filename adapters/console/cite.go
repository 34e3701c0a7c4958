package console

import (
	"fmt"
	"io"
	"strings"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
)

// writeSources prints an answer's citations, newest first: up to
// bot.ShownCitations as `“Title”, Publisher, date <URL> [ID]`, then the IDs
// of the rest after "N more". An answer without citations lists its
// source IDs as before. Labels are in the reply's language.
func writeSources(w io.Writer, a bot.Answer, l bot.Labels) {
	label := strings.ToLower(l.Sources)
	if len(a.Citations) == 0 {
		// Source IDs are file paths and may hold any byte: escape control
		// characters so a file name cannot drive the terminal.
		fmt.Fprintf(w, "   %s: %s\n", label, corpus.DisplayName(strings.Join(a.Sources, ", ")))
		return
	}
	shown, more := bot.SplitCitations(a.Citations)
	for i, c := range shown {
		lead := "   " + l.Cited + ": "
		if i > 0 {
			lead = strings.Repeat(" ", len([]rune(l.Cited))+5)
		}
		fmt.Fprintln(w, lead+corpus.DisplayName(c.Text()))
	}
	if more > 0 {
		ids := make([]string, 0, more)
		for _, c := range a.Citations[len(shown):] {
			ids = append(ids, c.ID)
		}
		fmt.Fprintf(w, "%s%s: %s\n", strings.Repeat(" ", len([]rune(l.Cited))+5), l.AndMoreCitations(more), corpus.DisplayName(strings.Join(ids, ", ")))
	}
}
