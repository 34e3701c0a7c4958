package matrix

import (
	"strings"

	"github.com/stancebot/stancebot/bot"
)

// writeCitations renders an answer's citations, newest first: in HTML a
// list whose titles link to their URLs, in the plain-text body the same
// lines with the URL in angle brackets; up to bot.ShownCitations, then "N
// more" with the remaining IDs. Everything from the corpus is escaped,
// URLs included (they are already checked to be http(s) at load).
func writeCitations(h, p *strings.Builder, cs []bot.Citation, l bot.Labels) {
	shown, more := bot.SplitCitations(cs)
	h.WriteString("<p>" + esc(l.Sources) + ":</p><ul>")
	p.WriteString("\n" + l.Sources + ":")
	for _, c := range shown {
		h.WriteString("<li>" + citationHTML(c) + "</li>")
		p.WriteString("\n- " + c.Text())
	}
	if more > 0 {
		ids := make([]string, 0, more)
		codes := make([]string, 0, more)
		for _, c := range cs[len(shown):] {
			ids = append(ids, c.ID)
			codes = append(codes, "<code>"+esc(c.ID)+"</code>")
		}
		note := l.MoreCitations(more)
		h.WriteString("<li>" + esc(note) + ": " + strings.Join(codes, ", ") + "</li>")
		p.WriteString("\n- " + note + ": " + strings.Join(ids, ", "))
	}
	h.WriteString("</ul>")
}

func citationHTML(c bot.Citation) string {
	var parts []string
	switch {
	case c.Title != "" && c.URL != "":
		parts = append(parts, `<a href="`+esc(c.URL)+`">`+esc(c.Title)+"</a>")
	case c.Title != "":
		parts = append(parts, "<i>"+esc(c.Title)+"</i>")
	case c.URL != "":
		parts = append(parts, `<a href="`+esc(c.URL)+`">`+esc(c.URL)+"</a>")
	}
	if c.Publisher != "" {
		parts = append(parts, esc(c.Publisher))
	}
	if c.Date != "" {
		parts = append(parts, esc(c.Date))
	}
	parts = append(parts, "<code>"+esc(c.ID)+"</code>")
	return strings.Join(parts, ", ")
}
