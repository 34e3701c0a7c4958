package console

import (
	"fmt"
	"io"
	"strings"

	"github.com/stancebot/stancebot/bot"
)

// writeSources prints an answer's citations, newest first: up to
// bot.ShownCitations as `“Title”, Publisher, date <URL> [ID]`, then the IDs
// of the rest after "N more". An answer without citations lists its
// source IDs as before, after label ("sources", in the reply's language).
func writeSources(w io.Writer, a bot.Answer, label string) {
	if len(a.Citations) == 0 {
		fmt.Fprintf(w, "   %s: %s\n", label, strings.Join(a.Sources, ", "))
		return
	}
	shown, more := bot.SplitCitations(a.Citations)
	for i, c := range shown {
		lead := "   cited: "
		if i > 0 {
			lead = "          "
		}
		fmt.Fprintln(w, lead+c.Text())
	}
	if more > 0 {
		ids := make([]string, 0, more)
		for _, c := range a.Citations[len(shown):] {
			ids = append(ids, c.ID)
		}
		fmt.Fprintf(w, "          and %s: %s\n", bot.MoreCitations(more), strings.Join(ids, ", "))
	}
}
