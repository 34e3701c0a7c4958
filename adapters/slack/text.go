package slack

import (
	"regexp"
	"strings"
)

// escape makes text safe to put into a Slack message: Slack's only control
// characters are &, < and >, so with these escaped nothing echoed from the
// corpus or a user can become a <!channel>, a user ping or a link.
func escape(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// entityRE matches Slack's <...> entities in incoming text: user and
// channel mentions, special mentions and links, with an optional |label.
var entityRE = regexp.MustCompile(`<([^<>|]*)(?:\|([^<>]*))?>`)

// questionText turns an incoming message into the plain words of a
// question: the bot's own mention is removed, other entities become their
// labels (#general, @here, a link's text), and &amp; &lt; &gt; are decoded.
func questionText(text, botUserID string) string {
	out := entityRE.ReplaceAllStringFunc(text, func(m string) string {
		sub := entityRE.FindStringSubmatch(m)
		target, label := sub[1], sub[2]
		switch {
		case strings.HasPrefix(target, "@"):
			if botUserID != "" && target[1:] == botUserID {
				return " "
			}
			if label != "" {
				return "@" + label
			}
			return target
		case strings.HasPrefix(target, "#"):
			if label != "" {
				return "#" + label
			}
			return target
		case strings.HasPrefix(target, "!"):
			name, _, _ := strings.Cut(target[1:], "^")
			if label != "" {
				return label
			}
			return "@" + name
		default: // a link
			if label != "" {
				return label
			}
			return target
		}
	})
	out = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(out)
	return strings.Join(strings.Fields(out), " ")
}

// truncate cuts s to at most max bytes on a rune boundary, ending it with
// an ellipsis when it was cut.
func truncate(s string, max int) string {
	if len(s) <= max {
		return s
	}
	const ell = "…"
	cut := max - len(ell)
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + ell
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
