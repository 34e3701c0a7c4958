package slack

import (
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/stancebot/stancebot/bot"
)

// Slack's Block Kit limits.
const (
	maxBlocks      = 50   // blocks per message
	maxSectionText = 3000 // characters per section (and context element) text
	maxFallback    = 3000 // we keep the notification text short
	// maxMessageText bounds the text of all blocks of one message: above
	// about 12,000 characters chat.postMessage fails with
	// msg_blocks_too_long although each block is within its own limit.
	maxMessageText = 11000
)

// blockText counts the characters of text a block carries.
func blockText(b slack.Block) int {
	switch b := b.(type) {
	case *slack.SectionBlock:
		if b.Text != nil {
			return len([]rune(b.Text.Text))
		}
	case *slack.ContextBlock:
		n := 0
		for _, e := range b.ContextElements.Elements {
			if t, ok := e.(*slack.TextBlockObject); ok {
				n += len([]rune(t.Text))
			}
		}
		return n
	}
	return 0
}

func blocksText(bs []slack.Block) int {
	n := 0
	for _, b := range bs {
		n += blockText(b)
	}
	return n
}

// message is one chat.postMessage worth of content: Block Kit blocks and
// the plain-text fallback shown in notifications and old clients.
type message struct {
	Text   string
	Blocks []slack.Block
}

// render turns a reply into one or more messages. Questions give one
// message (cut to Slack's limits with "…and N more"); digests are split
// over as many messages as they need.
func render(r bot.Reply) []message {
	l := bot.LabelsFor(r.Lang)
	if r.Digest != nil {
		return renderDigest(r, l)
	}
	var blocks []slack.Block
	var fallback []string
	if r.Message != "" {
		for _, part := range splitText(escape(r.Message), maxSectionText) {
			blocks = append(blocks, section(part))
		}
		fallback = append(fallback, escape(r.Message))
	}
	if len(r.Answers) == 0 && len(r.Related) == 0 && r.Message == "" {
		msg := l.Nothing
		blocks = append(blocks, section(msg))
		fallback = append(fallback, msg)
	}
	// Budget: every answer takes two blocks (statement, sources); keep one
	// block for "…and N more" and, with related answers, one for their label.
	budget := maxBlocks - len(blocks)
	if budget < 3 {
		blocks = blocks[:maxBlocks-3]
		budget = 3
	}
	// Text budget: what the blocks so far carry, and room for the note.
	text := blocksText(blocks)
	const noteRoom = 200
	shown := 0
	for i, a := range r.Answers {
		if need := 2 + more(len(r.Answers)-i-1+len(r.Related)); budget < need {
			break
		}
		ab := answerBlocks(a, l)
		if n := blocksText(ab); shown > 0 && text+n+noteRoom > maxMessageText {
			break
		} else {
			text += n
		}
		blocks = append(blocks, ab...)
		budget -= 2
		shown++
		fallback = append(fallback, answerFallback(a))
	}
	hidden := len(r.Answers) - shown
	if len(r.Related) > 0 && hidden == 0 && budget >= 4 {
		blocks = append(blocks, slack.NewDividerBlock(), section("*"+escape(l.Related)+"*"))
		budget -= 2
		fallback = append(fallback, l.Related+":")
		for i, a := range r.Related {
			ab := answerBlocks(a, l)
			if need := 2 + more(len(r.Related)-i-1); budget < need || text+blocksText(ab)+noteRoom > maxMessageText {
				hidden += len(r.Related) - i
				break
			}
			text += blocksText(ab)
			blocks = append(blocks, ab...)
			budget -= 2
			fallback = append(fallback, answerFallback(a))
		}
	} else {
		hidden += len(r.Related)
	}
	if hidden > 0 {
		note := l.More(hidden)
		blocks = append(blocks, section("_"+note+"_"))
		fallback = append(fallback, note)
	}
	return []message{{Text: truncate(strings.Join(fallback, "\n"), maxFallback), Blocks: blocks}}
}

// more is the number of blocks to keep for the "…and N more" note.
func more(remaining int) int {
	if remaining > 0 {
		return 1
	}
	return 0
}

// answerBlocks renders one statement: the country in bold over the
// statement as a quote, then a context line with its source IDs. In a
// Spanish or French reply the statement is labelled as quoted in English.
func answerBlocks(a bot.Answer, l bot.Labels) []slack.Block {
	tag := ""
	if l.English != "" {
		tag = " · _" + escape(l.English) + "_"
	}
	bs := statementBlocks(a.DisplayName(), tag, a.Text, a.Sources, l)
	if len(a.Citations) > 0 {
		bs[1] = slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, citationsLine(a.Citations), false, true))
	}
	return bs
}

func statementBlocks(country, tag, text string, sources []string, l bot.Labels) []slack.Block {
	head := "*" + escape(country) + "*" + tag + "\n"
	body := quote(escape(text))
	return []slack.Block{
		section(truncate(head+body, maxSectionText)),
		slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, sourcesLine(sources, l), false, true)),
	}
}

func answerFallback(a bot.Answer) string {
	return fmt.Sprintf("%s: %s (%s)", escape(a.DisplayName()), escape(a.Text), escape(strings.Join(a.Sources, ", ")))
}

// sourcesLine lists source IDs as code, cut with "…and N more" to fit a
// context element.
func sourcesLine(sources []string, l bot.Labels) string {
	if len(sources) == 0 {
		return l.Sources + ": " + l.NoSources
	}
	var b strings.Builder
	b.WriteString(l.Sources + ": ")
	for i, s := range sources {
		item := "`" + escape(s) + "`"
		if i > 0 {
			item = ", " + item
		}
		rest := " " + l.More(len(sources)-i)
		if b.Len()+len(item)+len(rest) > maxSectionText {
			b.WriteString(rest)
			break
		}
		b.WriteString(item)
	}
	return b.String()
}

// quote turns text into a Slack block quote, one ">" per line.
func quote(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = ">" + l
	}
	return strings.Join(lines, "\n")
}

// section is a mrkdwn section block. verbatim keeps Slack from turning
// bare URLs, #channel names or @mentions into links or pings: whatever is
// formatted was formatted here.
func section(text string) slack.Block {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, true), nil, nil)
}

// splitText cuts s into pieces of at most max bytes, at line breaks when
// it can.
func splitText(s string, max int) []string {
	var out []string
	for len(s) > max {
		cut := strings.LastIndex(s[:max+1], "\n") // a break right after max bytes is fine too
		if cut <= 0 {
			cut = max
			for cut > 0 && !isRuneStart(s[cut]) {
				cut--
			}
		}
		out = append(out, s[:cut])
		s = strings.TrimPrefix(s[cut:], "\n")
	}
	if s != "" || len(out) == 0 {
		out = append(out, s)
	}
	return out
}

// renderDigest lays a digest out theme by theme and splits it into as many
// messages as Slack's 50-block limit needs; a theme's entries may continue
// in the next message, which repeats the theme's title.
func renderDigest(r bot.Reply, l bot.Labels) []message {
	d := r.Digest
	title := l.Digest
	if d.Name != "" {
		title += ": " + d.Name
	}
	var msgs []message
	var cur []slack.Block
	flush := func() {
		if len(cur) > 0 {
			msgs = append(msgs, message{Blocks: cur})
			cur = nil
		}
	}
	add := func(theme string, bs ...slack.Block) {
		if len(cur)+len(bs) > maxBlocks || (len(cur) > 0 && blocksText(cur)+blocksText(bs) > maxMessageText) {
			flush()
			if theme != "" {
				cur = append(cur, section("*"+escape(theme)+"* ("+escape(l.Continued)+")"))
			}
		}
		cur = append(cur, bs...)
	}
	meta := "Corpus " + escape(d.CorpusVersion)
	if !d.Generated.IsZero() {
		meta += " · " + l.Generated + " " + d.Generated.UTC().Format("2006-01-02 15:04 UTC")
	}
	add("", section("*"+escape(title)+"*"),
		slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, meta, false, true)))
	if r.Message != "" {
		for _, part := range splitText(escape(r.Message), maxSectionText) {
			add("", section(part))
		}
	}
	for _, th := range d.Themes {
		add("", slack.NewDividerBlock(), section("*"+escape(th.Theme)+"*"))
		if len(th.Entries) == 0 {
			add(th.Theme, section("_"+escape(l.Empty)+"_"))
			continue
		}
		for _, e := range th.Entries {
			tag := ""
			if e.New {
				tag = " · _" + escape(l.New) + "_"
			}
			bs := statementBlocks(e.Country, tag, e.Text, e.Sources, l)
			if len(e.Citations) > 0 {
				bs[1] = slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, citationsLine(e.Citations), false, true))
			}
			add(th.Theme, bs...)
		}
	}
	flush()
	for i := range msgs {
		msgs[i].Text = escape(title)
		if len(msgs) > 1 {
			msgs[i].Text += " (" + l.Part(i+1, len(msgs)) + ")"
		}
	}
	return msgs
}
