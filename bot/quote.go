package bot

import (
	"strings"

	"github.com/stancebot/stancebot/corpus"
)

// Quoted lines. Slack and Matrix users quote what they are asking about
// ("> Kenya calls for the protection of submarine cables" then "what does
// Fiji say on this?"): the quote gives the topic, the lines after it the
// question. A country named only in the quote is who said the quoted
// words, not who is asked, when the message's own lines name someone; a
// message that is all quote, or whose own lines name nobody ("> …"
// then "thoughts?"), asks about the quote's countries as before.

// splitQuote separates a message's quoted lines (">" or Slack's escaped
// "&gt;" first) from its own; ok is false unless it has both.
func splitQuote(text string) (quote, own string, ok bool) {
	if !strings.Contains(text, "\n") || !strings.Contains(text, ">") && !strings.Contains(text, "&gt;") {
		return "", text, false
	}
	var q, o []string
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, ">"):
			q = append(q, strings.TrimLeft(t, "> "))
		case strings.HasPrefix(t, "&gt;"):
			q = append(q, strings.TrimLeft(strings.TrimPrefix(t, "&gt;"), "> "))
		case t != "":
			o = append(o, t)
		}
	}
	if len(q) == 0 || len(o) == 0 {
		return "", text, false
	}
	return strings.Join(q, " "), strings.Join(o, "\n"), true
}

// dropQuoted forgets the countries, regions and unknown names read in the
// quote (the text before byte quoteEnd) when the message's own lines name
// a country or region.
func (n *questionNames) dropQuoted(toks []corpus.Token, quoteEnd int) {
	inQuote := func(first int) bool { return first < len(toks) && toks[first].Start < quoteEnd }
	own := false
	for _, m := range n.mentions {
		own = own || !inQuote(m.First)
	}
	for i, r := range n.regions {
		own = own || n.expanded[i] && !inQuote(r.First)
	}
	if !own {
		return
	}
	kept := n.mentions[:0:0]
	for _, m := range n.mentions {
		if !inQuote(m.First) {
			kept = append(kept, m)
		}
	}
	n.mentions = kept
	for i, r := range n.regions {
		if inQuote(r.First) {
			n.expanded[i] = false
		}
	}
	var unknown []corpus.Span
	for _, u := range n.unknown {
		if !inQuote(u.First) {
			unknown = append(unknown, u)
		}
	}
	n.unknown = unknown
}
