package slack

import (
	"strings"

	"github.com/stancebot/stancebot/bot"
)

// Budgets in bytes of escaped mrkdwn: three citation lines and the "N
// more" IDs fit one context element (maxSectionText).
const (
	maxCitationLine  = (maxSectionText - 250) / bot.ShownCitations
	maxCitationField = 250 // title, publisher, ID
)

// citationsLine renders an answer's citations as one mrkdwn context
// element: up to bot.ShownCitations lines `<url|Title> · Publisher · date ·
// `id“, newest first, then "N more" with the remaining IDs as far as they
// fit. Everything taken from the corpus is escaped; a title's "|" would end
// a link label, so it becomes "¦". A line that would not fit its budget
// with its link (a very long URL) is shown without the link, never cut in
// the middle of one. The result never exceeds maxSectionText.
func citationsLine(cs []bot.Citation, l bot.Labels) string {
	shown, more := bot.SplitCitations(cs)
	var b strings.Builder
	for i, c := range shown {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(citationMrkdwn(c))
	}
	if more > 0 {
		b.WriteString("\n" + l.MoreCitations(more) + ": ")
		for i, c := range cs[len(shown):] {
			item := "`" + escape(c.ID) + "`"
			if i > 0 {
				item = ", " + item
			}
			if b.Len()+len(item)+len(" …") > maxSectionText {
				b.WriteString(" …")
				break
			}
			b.WriteString(item)
		}
	}
	return truncate(b.String(), maxSectionText)
}

func citationMrkdwn(c bot.Citation) string {
	if line := citationParts(c, true); len(line) <= maxCitationLine {
		return line
	}
	return citationParts(c, false)
}

func citationParts(c bot.Citation, link bool) string {
	var parts []string
	title := escTrunc(strings.ReplaceAll(c.Title, "|", "¦"), maxCitationField)
	switch {
	case title != "" && c.URL != "" && link:
		parts = append(parts, "<"+escape(c.URL)+"|"+title+">")
	case title != "":
		parts = append(parts, "_"+title+"_")
	case c.URL != "" && link:
		parts = append(parts, "<"+escape(c.URL)+">")
	}
	if c.Publisher != "" {
		parts = append(parts, escTrunc(c.Publisher, maxCitationField))
	}
	if c.Date != "" {
		parts = append(parts, escTrunc(c.Date, 20))
	}
	parts = append(parts, "`"+escTrunc(c.ID, maxCitationField)+"`")
	return strings.Join(parts, " · ")
}

// escTrunc escapes s and cuts the result to at most max bytes without
// splitting a rune or an entity, ending it with "…" when cut.
func escTrunc(s string, max int) string {
	e := escape(s)
	if len(e) <= max {
		return e
	}
	var b strings.Builder
	for _, r := range s {
		piece := escape(string(r))
		if b.Len()+len(piece)+len("…") > max {
			break
		}
		b.WriteString(piece)
	}
	return b.String() + "…"
}
