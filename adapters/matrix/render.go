package matrix

import (
	"fmt"
	"html"
	"strings"

	"maunium.net/go/mautrix/event"

	"github.com/stancebot/stancebot/bot"
)

// maxRenderedBytes bounds body + formatted_body. Matrix events are limited
// to 64 KiB, and encryption grows the content by a third (base64).
const maxRenderedBytes = 24000

// block is one renderable piece of a reply in both formats.
type block struct{ html, plain string }

// render turns a reply into an m.notice with an HTML formatted_body and a
// plain-text body. Everything taken from the reply is HTML-escaped.
func render(r bot.Reply) *event.MessageEventContent {
	l := bot.LabelsFor(r.Lang)
	var head, items []block
	if r.Message != "" {
		head = append(head, block{"<p>" + codeSpans(r.Message) + "</p>", r.Message})
	}
	switch {
	case r.Digest != nil:
		items = digestBlocks(r.Digest, l)
	case len(r.Answers) == 0 && r.Message == "":
		head = append(head, block{"<p>" + esc(l.Nothing) + "</p>", l.Nothing})
	}
	for _, ans := range r.Answers {
		items = append(items, answerBlock(ans, l))
	}
	if len(r.Related) > 0 {
		items = append(items, block{"<p><b>" + esc(l.Related) + "</b></p>", l.Related + ":"})
		for _, ans := range r.Related {
			items = append(items, answerBlock(ans, l))
		}
	}
	if r.Explain != nil {
		items = append(items, explainBlock(r.Explain, l))
	}
	return assemble(head, items, l)
}

// assemble joins blocks up to the size limit and says how many were left out.
func assemble(head, items []block, l bot.Labels) *event.MessageEventContent {
	var h, p strings.Builder
	size := 0
	add := func(b block) {
		h.WriteString(b.html)
		if p.Len() > 0 {
			p.WriteString("\n\n")
		}
		p.WriteString(b.plain)
		size += len(b.html) + len(b.plain) + 2
	}
	for _, b := range head {
		add(b)
	}
	for i, b := range items {
		if size+len(b.html)+len(b.plain) > maxRenderedBytes {
			note := l.NotShown(len(items) - i)
			add(block{"<p><i>" + esc(note) + "</i></p>", note})
			break
		}
		add(b)
	}
	return &event.MessageEventContent{
		MsgType:       event.MsgNotice,
		Body:          p.String(),
		Format:        event.FormatHTML,
		FormattedBody: h.String(),
	}
}

// answerBlock renders one statement: country in bold, the statement as a
// quote, then its source IDs. In a Spanish or French reply the statement
// is labelled as quoted in its original English.
func answerBlock(a bot.Answer, l bot.Labels) block {
	var h, p strings.Builder
	tagHTML, tag := "", ""
	if o := l.Original(a.Lang); o != "" {
		tagHTML, tag = " <i>("+esc(o)+")</i>", " ("+o+")"
	}
	fmt.Fprintf(&h, "<p><b>%s</b>%s</p><blockquote>%s</blockquote>", esc(a.DisplayName()), tagHTML, esc(a.Text))
	fmt.Fprintf(&p, "%s%s:\n> %s", a.DisplayName(), tag, strings.ReplaceAll(a.Text, "\n", "\n> "))
	if len(a.Citations) > 0 {
		writeCitations(&h, &p, a.Citations, l)
	} else if len(a.Sources) > 0 {
		codes := make([]string, len(a.Sources))
		for i, s := range a.Sources {
			codes[i] = "<code>" + esc(s) + "</code>"
		}
		fmt.Fprintf(&h, "<p>%s: %s</p>", esc(l.Sources), strings.Join(codes, ", "))
		fmt.Fprintf(&p, "\n%s: %s", l.Sources, strings.Join(a.Sources, ", "))
	}
	return block{h.String(), p.String()}
}

// digestBlocks renders a digest: a title, then one section per theme.
func digestBlocks(d *bot.Digest, l bot.Labels) []block {
	title := l.Digest
	if d.Name != "" {
		title += ": " + d.Name
	}
	out := []block{{"<h4>" + esc(title) + "</h4>", title}}
	for _, t := range d.Themes {
		out = append(out, block{"<p><b>" + esc(t.Heading()) + "</b></p>", t.Heading() + ":"})
		if len(t.Entries) == 0 {
			out = append(out, block{"<p><i>" + esc(l.Empty) + "</i></p>", "  (" + l.Empty + ")"})
			continue
		}
		for _, e := range t.Entries {
			var h, p strings.Builder
			h.WriteString("<p><b>" + esc(e.Country) + "</b>")
			p.WriteString("  " + e.Country)
			if e.New {
				h.WriteString(" <i>(" + esc(l.New) + ")</i>")
				p.WriteString(" (" + l.New + ")")
			}
			h.WriteString("</p><blockquote>" + esc(e.Text) + "</blockquote>")
			p.WriteString(": " + e.Text)
			if len(e.Citations) > 0 {
				writeCitations(&h, &p, e.Citations, l)
			} else if len(e.Sources) > 0 {
				codes := make([]string, len(e.Sources))
				for i, s := range e.Sources {
					codes[i] = "<code>" + esc(s) + "</code>"
				}
				h.WriteString("<p>" + esc(l.Sources) + ": " + strings.Join(codes, ", ") + "</p>")
				p.WriteString(" [" + strings.Join(e.Sources, ", ") + "]")
			}
			out = append(out, block{h.String(), p.String()})
		}
	}
	return out
}

func esc(s string) string { return html.EscapeString(s) }

// codeSpans escapes s and turns its `backtick` spans (help and command
// replies use them for things to type) into <code>; an unpaired backtick
// stays as it is. The plain body keeps the backticks.
func codeSpans(s string) string {
	parts := strings.Split(s, "`")
	if len(parts) < 3 {
		return esc(s)
	}
	var b strings.Builder
	for i, p := range parts {
		switch {
		case i%2 == 0:
			b.WriteString(esc(p))
		case i == len(parts)-1: // opened, never closed
			b.WriteString("`" + esc(p))
		default:
			b.WriteString("<code>" + esc(p) + "</code>")
		}
	}
	return b.String()
}
