package bot

import (
	"slices"
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
//
// It returns the countries it forgot: who said the quoted words is no
// word of its topic either ("> Tuvalu supports a regional cable repair
// capability" then "what does Micronesia say on this" asks Micronesia on
// cable repair, not on "tuvalu").
func (n *questionNames) dropQuoted(toks []corpus.Token, quoteEnd int) (forgot []corpus.Mention) {
	inQuote := func(first int) bool { return first < len(toks) && toks[first].Start < quoteEnd }
	own := false
	for _, m := range n.mentions {
		own = own || !inQuote(m.First)
	}
	for i, r := range n.regions {
		own = own || n.expanded[i] && !inQuote(r.First)
	}
	if !own {
		return nil
	}
	kept := n.mentions[:0:0]
	for _, m := range n.mentions {
		if !inQuote(m.First) {
			kept = append(kept, m)
		} else {
			forgot = append(forgot, m)
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
	return forgot
}

// unnameQuoted returns toks with the words of the quoted countries
// dropQuoted forgot read as a stop word, so that they are no topic word;
// toks itself, which a caller may share, is not changed.
func unnameQuoted(toks []corpus.Token, forgot []corpus.Mention) []corpus.Token {
	if len(forgot) == 0 {
		return toks
	}
	toks = slices.Clone(toks)
	for _, m := range forgot {
		for i := m.First; i <= m.Last && i < len(toks); i++ {
			toks[i].Lower = "the"
		}
	}
	return toks
}

// othersOnQuote returns the message's own lines with the quote's
// countries left out when the lines ask who else speaks on the quote
// ("> Turkmenistan holds that neutral States …" then "anyone else on
// this?", "what do others say"): who said the quoted words is not who is
// asked, even though the lines name nobody. own is returned unchanged
// otherwise.
func othersOnQuote(c *corpus.Corpus, quote, own string) string {
	asks := false
	otoks := corpus.Tokenize(own)
	for i, t := range otoks {
		switch t.Lower {
		case "else", "others":
			asks = true
		case "other":
			asks = asks || i+1 < len(otoks) && askerNouns[otoks[i+1].Lower]
		}
	}
	if !asks {
		return own
	}
	qtoks := corpus.Tokenize(quote)
	qn := readNames(c, qtoks, nil, questionKnown(c))
	var names []string
	for _, m := range qn.mentions {
		if !slices.Contains(names, m.Country) {
			names = append(names, m.Country)
		}
	}
	if len(names) == 0 {
		return own
	}
	on := readNames(c, otoks, nil, questionKnown(c))
	if len(on.mentions) > 0 {
		return own // the lines name their own countries: dropQuoted's case
	}
	trimmed := strings.TrimRight(own, "?!. ")
	return trimmed + " besides " + strings.Join(names, ", ") + own[len(trimmed):]
}
