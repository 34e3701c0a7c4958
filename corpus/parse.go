package corpus

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanFile turns raw file bytes into UTF-8 text with LF line endings. It
// returns notes on what it repaired, or an error when the file cannot be
// used at all (binary, empty).
func cleanFile(raw []byte) (string, []string, error) {
	var notes []string
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", nil, fmt.Errorf("empty file")
	}
	if bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		raw = raw[3:]
		notes = append(notes, "removed a UTF-8 byte-order mark")
	}
	if isBinary(raw) {
		return "", nil, fmt.Errorf("binary content, not text")
	}
	text := string(raw)
	if !utf8.ValidString(text) {
		text = decodeLatin1(raw)
		notes = append(notes, "not valid UTF-8; decoded as Windows-1252/Latin-1")
	}
	if strings.Contains(text, "\r") {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
		notes = append(notes, "converted CR/CRLF line endings")
	}
	return text, notes, nil
}

// isBinary reports content with NUL bytes or mostly control characters.
func isBinary(b []byte) bool {
	n := len(b)
	if n > 8192 {
		n = 8192
	}
	if bytes.IndexByte(b[:n], 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b[:n] {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*10 > n
}

// cp1252 maps the Windows-1252 bytes 0x80–0x9F that differ from Latin-1.
var cp1252 = map[byte]rune{0x80: '€', 0x82: '‚', 0x84: '„', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—'}

func decodeLatin1(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r != utf8.RuneError || size > 1 {
			sb.WriteRune(r)
			b = b[size:]
			continue
		}
		if m, ok := cp1252[b[0]]; ok {
			sb.WriteRune(m)
		} else {
			sb.WriteRune(rune(b[0]))
		}
		b = b[1:]
	}
	return sb.String()
}

var footnoteRe = regexp.MustCompile(`\s*\[\s*(?:\d{1,3}|[a-z]|[ivx]{1,4})\s*\]`)

// paragraphs repairs the line breaks of a profile page and returns its
// paragraphs. A line that does not end a sentence continues on the next
// (the pages lost their links there); footnote markers split over lines
// ("[⏎1]") are dropped and ordinals split over lines ("1⏎st") rejoined.
func paragraphs(text string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		p := cleanParagraph(cur.String())
		if isStatement(p) {
			out = append(out, p)
		}
		cur.Reset()
	}
	for rest := text; rest != ""; {
		raw := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			raw, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		line := strings.TrimSpace(raw)
		if line == "" {
			// A blank line always ends a paragraph.
			if cur.Len() > 0 {
				flush()
			}
			continue
		}
		if cur.Len() > 0 {
			prev := cur.String()
			switch {
			case endsWithDigit(prev) && startsOrdinal(line):
				// "1" + "st session": glue.
			case strings.HasSuffix(prev, "[") || strings.HasSuffix(prev, "-") && !strings.HasSuffix(prev, " -"):
				// "[" + "1]" or a word hyphenated across lines.
			default:
				cur.WriteByte(' ')
			}
		}
		cur.WriteString(line)
		if endsSentence(line) {
			flush()
		}
	}
	if cur.Len() > 0 {
		flush()
	}
	return out
}

func cleanParagraph(p string) string {
	if strings.IndexByte(p, '[') >= 0 {
		p = footnoteRe.ReplaceAllString(p, "")
	}
	return collapseSpace(strings.TrimSpace(p))
}

// collapseSpace turns runs of blanks (spaces, tabs, no-break spaces) into
// one space, copying only when there is something to change.
func collapseSpace(p string) string {
	if !strings.Contains(p, "  ") && strings.IndexByte(p, '\t') < 0 && strings.IndexByte(p, '\f') < 0 &&
		strings.IndexByte(p, '\v') < 0 && !strings.Contains(p, "\u00a0") {
		return p
	}
	var b strings.Builder
	b.Grow(len(p))
	space := false
	for _, r := range p {
		if r == ' ' || r == '\t' || r == '\f' || r == '\v' || r == '\u00a0' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isStatement rejects debris: fragments without four words with letters.
func isStatement(p string) bool {
	words := 0
	inWord, hasLetter := false, false
	for _, r := range p {
		if r == ' ' {
			if inWord && hasLetter {
				words++
			}
			inWord, hasLetter = false, false
			continue
		}
		inWord = true
		if !hasLetter && unicode.IsLetter(r) {
			hasLetter = true
		}
		if words >= 4 {
			return true
		}
	}
	if inWord && hasLetter {
		words++
	}
	return words >= 4
}

func endsWithDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsDigit(r)
}

func startsOrdinal(line string) bool {
	for _, o := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(line, o) {
			rest := line[len(o):]
			r, _ := utf8.DecodeRuneInString(rest)
			return rest == "" || !unicode.IsLetter(r)
		}
	}
	return false
}

// endsSentence reports whether a line ends a sentence: a full stop,
// question or exclamation mark, optionally followed by closing quotes or
// brackets (".'", ".”", ".)").
func endsSentence(line string) bool {
	s := strings.TrimRightFunc(line, func(r rune) bool {
		return strings.ContainsRune(`"'’”»)]`, r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// normalize folds white space and quotes so that copies of a statement
// that differ only in those compare equal.
func normalize(p string) string {
	p = quoteFold.Replace(p)
	return strings.Join(strings.Fields(p), " ")
}

var quoteFold = strings.NewReplacer("‘", "'", "’", "'", "ʼ", "'", "`", "'", "“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`)
