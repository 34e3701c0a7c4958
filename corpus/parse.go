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
// used at all (binary, empty). The result may share raw's memory.
func cleanFile(raw []byte) ([]byte, []string, error) {
	var notes []string
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, nil, fmt.Errorf("empty file")
	}
	if bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		raw = raw[3:]
		notes = append(notes, "removed a UTF-8 byte-order mark")
	}
	if isBinary(raw) {
		return nil, nil, fmt.Errorf("binary content, not text")
	}
	if !utf8.Valid(raw) {
		raw = []byte(decodeLatin1(raw))
		notes = append(notes, "not valid UTF-8; decoded as Windows-1252/Latin-1")
	}
	if bytes.IndexByte(raw, '\r') >= 0 {
		raw = bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))
		raw = bytes.ReplaceAll(raw, []byte("\r"), []byte("\n"))
		notes = append(notes, "converted CR/CRLF line endings")
	}
	return raw, notes, nil
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
// paragraphs (see eachParagraph).
func paragraphs(text string) []string {
	var out []string
	eachParagraph([]byte(text), nil, func(p []byte) { out = append(out, string(p)) })
	return out
}

// eachParagraph calls fn with each paragraph of a profile page, line breaks
// repaired: a line that does not end a sentence continues on the next (the
// pages lost their links there); footnote markers split over lines
// ("[⏎1]") are dropped and ordinals split over lines ("1⏎st") rejoined.
// The slice fn receives is reused for the next paragraph. buf is scratch
// space, returned grown for reuse.
func eachParagraph(text, buf []byte, fn func(p []byte)) []byte {
	cur := buf[:0]
	flush := func() {
		p := cleanParagraph(cur)
		if isStatement(p) {
			fn(p)
		}
		cur = cur[:0]
	}
	for rest := text; len(rest) > 0; {
		raw := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			raw, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		line := bytes.TrimSpace(raw)
		if len(line) == 0 {
			// A blank line always ends a paragraph.
			if len(cur) > 0 {
				flush()
			}
			continue
		}
		if len(cur) > 0 {
			switch {
			case endsWithDigit(cur) && startsOrdinal(line):
				// "1" + "st session": glue.
			case bytes.HasSuffix(cur, []byte("[")) || bytes.HasSuffix(cur, []byte("-")) && !bytes.HasSuffix(cur, []byte(" -")):
				// "[" + "1]" or a word hyphenated across lines.
			default:
				cur = append(cur, ' ')
			}
		}
		cur = append(cur, line...)
		if endsSentence(line) {
			flush()
		}
	}
	if len(cur) > 0 {
		flush()
	}
	return cur
}

// cleanParagraph drops footnote markers and folds runs of blanks, in place.
func cleanParagraph(p []byte) []byte {
	if bytes.IndexByte(p, '[') >= 0 {
		p = footnoteRe.ReplaceAll(p, nil)
	}
	return collapseSpace(bytes.TrimSpace(p))
}

// collapseSpace turns runs of blanks (spaces, tabs, no-break spaces) into
// one space, in place.
func collapseSpace(p []byte) []byte {
	if !bytes.Contains(p, []byte("  ")) && bytes.IndexByte(p, '\t') < 0 && bytes.IndexByte(p, '\f') < 0 &&
		bytes.IndexByte(p, '\v') < 0 && !bytes.Contains(p, []byte("\u00a0")) {
		return p
	}
	out := p[:0]
	space := false
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		if r == ' ' || r == '\t' || r == '\f' || r == '\v' || r == '\u00a0' {
			space = true
			i += size
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, p[i:i+size]...) // never overtakes i: output is no longer than input
		i += size
	}
	return out
}

// isStatement rejects debris: fragments without four words with letters.
func isStatement(p []byte) bool {
	words := 0
	inWord, hasLetter := false, false
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		i += size
		if r == ' ' {
			if inWord && hasLetter {
				words++
				if words >= 4 {
					return true
				}
			}
			inWord, hasLetter = false, false
			continue
		}
		inWord = true
		if !hasLetter && unicode.IsLetter(r) {
			hasLetter = true
		}
	}
	if inWord && hasLetter {
		words++
	}
	return words >= 4
}

func endsWithDigit(s []byte) bool {
	r, _ := utf8.DecodeLastRune(s)
	return unicode.IsDigit(r)
}

func startsOrdinal(line []byte) bool {
	for _, o := range []string{"st", "nd", "rd", "th"} {
		if bytes.HasPrefix(line, []byte(o)) {
			rest := line[len(o):]
			r, _ := utf8.DecodeRune(rest)
			return len(rest) == 0 || !unicode.IsLetter(r)
		}
	}
	return false
}

// endsSentence reports whether a line ends a sentence: a full stop,
// question or exclamation mark, optionally followed by closing quotes or
// brackets (".'", ".”", ".)").
func endsSentence(line []byte) bool {
	s := bytes.TrimRightFunc(line, func(r rune) bool {
		return strings.ContainsRune(`"'’”»)]`, r)
	})
	if len(s) == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRune(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// normalize folds white space and quotes so that copies of a statement
// that differ only in those compare equal.
func normalize(p string) string {
	p = quoteFold.Replace(p)
	return strings.Join(strings.Fields(p), " ")
}

var quoteFold = strings.NewReplacer("‘", "'", "’", "'", "ʼ", "'", "`", "'", "“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`)
