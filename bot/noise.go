package bot

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Chat noise around a question. Slack sends mentions as <@U123> and links
// as <url|label>; people add :emoji_codes:, Markdown and a greeting.
var (
	leadMentionRe = regexp.MustCompile(`^\s*(?:<[@#!][^>]*>|@[\w.\-]+)[\s,:;.!-]*`)
	slackLinkRe   = regexp.MustCompile(`<(?:https?://|mailto:)[^|>]*\|([^>]*)>`)
	urlRe         = regexp.MustCompile(`<?(?:https?://|www\.)\S+>?`)
	emojiCodeRe   = regexp.MustCompile(`:[a-z0-9][a-z0-9_+\-]*:`)
	markupRe      = regexp.MustCompile("[*_~`>|]+")
	// struckRe is Slack's and Markdown's strikethrough, ~words~ (or
	// ~~words~~), followed by the words that replace them: a correction
	// ("~singapore~ indonesia on norms" asks Indonesia). Struck words
	// with nothing after them are decoration and stay ("japan on
	// ~countermeasures~").
	struckRe = regexp.MustCompile(`(^|[\s(])~~?[^~\s][^~\n]*~~?[ \t]+[\pL\pN]`)
)

// cleanChat strips what chat adds around a question: leading mentions,
// links, :emoji_codes:, Markdown and Slack formatting characters. Emoji
// and other symbols need nothing: the tokenizer reads letters and digits
// only. It returns the cleaned text and what was removed.
func cleanChat(text string) (string, []string) {
	// Most questions carry none of it: skip the regular expressions (a
	// few microseconds each) unless a marker character is present.
	if !strings.ContainsAny(text, "<@:*_~`>|") && !strings.Contains(text, "www.") {
		return text, nil
	}
	var dropped []string
	for {
		loc := leadMentionRe.FindStringIndex(text)
		if loc == nil || loc[1] == 0 {
			break
		}
		dropped = append(dropped, strings.TrimSpace(text[:loc[1]]))
		text = text[loc[1]:]
	}
	text = slackLinkRe.ReplaceAllString(text, "$1")
	for _, re := range []*regexp.Regexp{urlRe, emojiCodeRe} {
		text = re.ReplaceAllStringFunc(text, func(m string) string {
			dropped = append(dropped, m)
			return " "
		})
	}
	if strings.Contains(text, "~") {
		text = struckRe.ReplaceAllStringFunc(text, func(m string) string {
			// Keep the replacement's first letter the match took.
			_, size := utf8.DecodeLastRuneInString(m)
			dropped = append(dropped, strings.TrimSpace(m[:len(m)-size]))
			return " " + m[len(m)-size:]
		})
	}
	// Formatting characters become spaces, except an underscore or star
	// inside a word.
	text = markupRe.ReplaceAllStringFunc(text, func(m string) string { return " " })
	return text, dropped
}
