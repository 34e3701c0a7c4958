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
	// keys are the statement keys a digest message shows, in order (the
	// 👍 / 👎 of a digest part vote on them; digestbuttons.go).
	keys []string
}

// maxParts bounds the messages one answer is split over; what does not
// fit is counted in an "…and N more" note (the thread's "more" pages on).
const maxParts = 3

// render turns a reply into one or more messages. A question's reply is
// split, in order, over up to maxParts messages that each stay within
// Slack's limits (50 blocks, maxMessageText characters of block text);
// what does not fit is counted in "…and N more". Digests are split over as
// many messages as they need.
func render(r bot.Reply) []message {
	l := bot.LabelsFor(r.Lang)
	if r.Digest != nil {
		return renderDigest(r, l)
	}
	// A group is blocks that stay together in one message, with its
	// fallback text; counted groups are answers (for "…and N more").
	type group struct {
		blocks   []slack.Block
		fallback string
		answer   bool
	}
	var groups []group
	if r.Message != "" {
		for _, part := range splitText(escape(r.Message), maxSectionText) {
			groups = append(groups, group{blocks: []slack.Block{section(part)}, fallback: part})
		}
	}
	if len(r.Answers) == 0 && len(r.Related) == 0 && r.Message == "" {
		groups = append(groups, group{blocks: []slack.Block{section(l.Nothing)}, fallback: l.Nothing})
	}
	for _, a := range r.Answers {
		groups = append(groups, group{blocks: answerBlocks(a, l), fallback: answerFallback(a), answer: true})
	}
	for i, a := range r.Related {
		g := group{blocks: answerBlocks(a, l), fallback: answerFallback(a), answer: true}
		if i == 0 {
			g.blocks = append([]slack.Block{slack.NewDividerBlock(), section("*" + escape(l.Related) + "*")}, g.blocks...)
			g.fallback = l.Related + ":\n" + g.fallback
		}
		groups = append(groups, g)
	}
	for _, part := range explainParts(r.Explain, l) {
		groups = append(groups, group{blocks: []slack.Block{section(part)}, fallback: part})
	}

	// Keep room in every message for a note (one block, noteRoom
	// characters) and the row of buttons (one block).
	const noteRoom = 200
	var msgs []message
	var cur []slack.Block
	var fb []string
	text := 0
	hidden := 0
	flush := func() {
		if len(cur) > 0 {
			msgs = append(msgs, message{Text: truncate(strings.Join(fb, "\n"), maxFallback), Blocks: cur})
		}
		cur, fb, text = nil, nil, 0
	}
	for i, g := range groups {
		n := blocksText(g.blocks)
		if len(cur) > 0 && (len(cur)+len(g.blocks)+2 > maxBlocks || text+n+noteRoom > maxMessageText) {
			if len(msgs) == maxParts-1 {
				for _, rest := range groups[i:] {
					if rest.answer {
						hidden++
					}
				}
				break
			}
			flush()
		}
		cur = append(cur, g.blocks...)
		fb = append(fb, g.fallback)
		text += n
	}
	if hidden > 0 {
		note := l.More(hidden)
		cur = append(cur, section("_"+note+"_"))
		fb = append(fb, note)
	}
	flush()
	return msgs
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
	if o := l.Original(a.Lang); o != "" {
		tag = " · _" + escape(o) + "_"
	}
	bs := statementBlocks(a.DisplayName(), tag, a.Text, a.Sources, l)
	if len(a.Citations) > 0 {
		bs[1] = slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, citationsLine(a.Citations, l), false, true))
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
	var keys []string
	flush := func() {
		if len(cur) > 0 {
			msgs = append(msgs, message{Blocks: cur, keys: keys})
			cur, keys = nil, nil
		}
	}
	add := func(theme string, bs ...slack.Block) {
		// One block of each message is left for its 👍 / 👎 row.
		if len(cur)+len(bs) > maxBlocks-1 || (len(cur) > 0 && blocksText(cur)+blocksText(bs) > maxMessageText) {
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
		add("", slack.NewDividerBlock(), section("*"+escape(th.Heading())+"*"))
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
				bs[1] = slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, citationsLine(e.Citations, l), false, true))
			}
			add(th.Theme, bs...)
			if e.Key != "" {
				keys = append(keys, e.Key)
			}
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
