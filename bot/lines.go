package bot

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Several questions in one chat message come one a line, often as a
// bulleted or numbered list ("a few qs:\n* brazil on AI\n* kenya on
// cables", "1) brazil on ai 2) kenya on cables"). The dates reader joins
// a message's lines into one, so each line is ended as a sentence first:
// the message's sentences are then read as its questions are (a sentence
// with a country and a topic of its own starts a new question; one
// without goes with the one before, so a question wrapped over two lines
// stays one).

var (
	// bulletRe is a list marker opening a line: "-", "*", "•", "1.", "2)".
	bulletRe = regexp.MustCompile(`^(?:[-*•·‣◦▪–—]+|\(?\d{1,2}[.)])\s+`)
	// inlineNumberRe is a number marker inside a line ("… 2) kenya on
	// cables"): two or more of them make a list.
	inlineNumberRe = regexp.MustCompile(`(?:^|\s)\(?\d{1,2}\)\s+`)
)

// linesAsSentences ends the lines of a multi-line message that stand as
// items as sentences, without their list markers, and splits a line
// numbered inline ("1) … 2) …") at its numbers. A line is an item when
// it or the next one carries a list marker, or the next opens with a
// capital or a formatting mark ("*Brazil* - AI" then "*Kenya* -
// cables"); otherwise it runs on into the next ("what does kenya say" then
// "on cables" is one question). A one-line message without such numbers
// is returned as it is.
func linesAsSentences(text string) string {
	multi := strings.Contains(text, "\n")
	if !multi && strings.Count(text, "(") >= 2 {
		if t, ok := parenItems(text); ok {
			return t // "libya (ransomware), yemen (cables)"
		}
	}
	// (Inline numbers need two ")": a byte count spares nearly every
	// question the regexp, 13 % of a stance question's CPU at 100k.)
	if !multi && (strings.Count(text, ")") < 2 || len(inlineNumberRe.FindAllStringIndex(text, 3)) < 2) {
		return text
	}
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if len(inlineNumberRe.FindAllStringIndex(line, 3)) >= 2 {
			for _, part := range inlineNumberRe.Split(line, -1) {
				writeLine(&b, part, true)
			}
			continue
		}
		item := bulletRe.MatchString(line)
		line = bulletRe.ReplaceAllString(line, "")
		if i+1 < len(lines) {
			next := strings.TrimSpace(lines[i+1])
			item = item || bulletRe.MatchString(next) || opensItem(next)
		}
		writeLine(&b, line, item)
	}
	return strings.TrimSpace(b.String())
}

// opensItem reports whether a line opens with a capital letter or a
// formatting mark: a new item rather than the previous line run on.
func opensItem(line string) bool {
	if line == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line) // (not []rune(line): a copy of the whole line)
	return unicode.IsUpper(r) || strings.ContainsRune("*_`~>", r)
}

// writeLine writes s to b; an item is ended with a full stop unless it
// ends a sentence already (a closing colon becomes one: "a few qs:").
func writeLine(b *strings.Builder, s string, item bool) {
	s = strings.TrimSpace(s)
	if item {
		s = strings.TrimSuffix(s, ":")
	}
	if s == "" {
		return // a line of a colon alone (":\nA", FuzzAsk) writes nothing
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(s)
	if item && !strings.ContainsAny(s[len(s)-1:], ".?!;") {
		b.WriteByte('.')
	}
}
