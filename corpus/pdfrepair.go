package corpus

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Text converted from a PDF (pdftotext, a copy from a viewer) carries the
// page's furniture into the corpus: footnote markers glued to a sentence's
// full stop ("… on ICT security.1"), words hyphenated at line ends
// ("dis-⏎putes"), page numbers and running headers between the halves of
// a sentence ("Page 2 of 4", "A/AC.292/2024/SUB/VNM"), and the footnotes
// themselves under a rule ("______⏎1 See General Assembly resolution …").
// Left as they were, a paragraph ending "security.1" ended no sentence, so
// it ran into the next one or, short enough, was read as a title and lost;
// a sentence cut by a page break lost its second half as a heading; and
// footnotes became statements of the page's holder. The repairs below are
// made line by line as the paragraphs are read (see eachRawParagraphCols),
// and only on lines that show the shape, so other text pays a byte test.

// trimFootnoteMark drops a footnote marker that ends a line after a
// sentence's end: "security.1", "conditions.”12", "States.¹". The
// character before the stop must be a letter, a closing quote or a
// bracket, so "resolution 75/240." or "version 2.1" keep their numbers.
func trimFootnoteMark(line []byte) []byte {
	n := len(line)
	if n < 3 {
		return line
	}
	end := n
	if c := line[n-1]; c >= '0' && c <= '9' {
		for end > 0 && n-end < 3 && line[end-1] >= '0' && line[end-1] <= '9' {
			end--
		}
		if end > 0 && line[end-1] >= '0' && line[end-1] <= '9' {
			return line // four digits or more: a year, a number
		}
	} else if c >= 0x80 {
		for end > 0 {
			r, size := utf8.DecodeLastRune(line[:end])
			if !superscriptDigit(r) {
				break
			}
			end -= size
		}
	}
	if end == n || end < 2 {
		return line
	}
	stop := line[end-1]
	if stop != '.' && stop != '!' && stop != '?' {
		return line
	}
	r, _ := utf8.DecodeLastRune(line[:end-1])
	if !unicode.IsLetter(r) && !isClosing(r) {
		return line
	}
	return line[:end]
}

func superscriptDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || r >= '⁰' && r <= '⁹'
}

func isClosing(r rune) bool {
	switch r {
	case ')', ']', '"', '\'', '’', '”', '»':
		return true
	}
	return false
}

// dehyphenate reports whether a word hyphenated across lines ("dis-" then
// "putes") is one word whose hyphen only marks the break: both halves
// are lower-case letters, the joined word is an English word, and the
// halves are not both words themselves ("peace-⏎keeping",
// "capacity-⏎building" keep their hyphen: a compound may be written
// either way, and its hyphen is the safer reading). cur ends with the
// hyphen; line is the next line.
func dehyphenate(cur, line []byte) bool {
	if len(cur) < 3 || cur[len(cur)-1] != '-' {
		return false
	}
	head := cur[:len(cur)-1]
	i := len(head)
	for i > 0 {
		r, size := utf8.DecodeLastRune(head[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	first := head[i:]
	j := 0
	for j < len(line) {
		r, size := utf8.DecodeRune(line[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	second := line[:j]
	if len(first) == 0 || len(second) == 0 {
		return false
	}
	if r, _ := utf8.DecodeRune(second); !unicode.IsLower(r) {
		return false // "non-⏎State", "pre-⏎2020"
	}
	lowerFirst := bytes.ToLower(first)
	joined := string(lowerFirst) + string(second)
	if !isEnglishWord(joined) {
		// A name cut by the line's end ("Mon-⏎golia", "Bosnia and Herze-⏎
		// govina", a speaker's label "Ms. Tsend (Mon-⏎golia):") is no
		// English word, and neither are its halves; a compound's halves
		// are ("Anti-⏎terrorism", "Co-⏎operation").
		r, _ := utf8.DecodeRune(first)
		return unicode.IsUpper(r) && !isEnglishWord(string(lowerFirst)) && !isEnglishWord(string(second))
	}
	return !(len(first) >= 4 && isEnglishWord(string(lowerFirst)) && len(second) >= 4 && isEnglishWord(string(second)))
}

// pageFurniture reports a line that is a page's number or running
// header, not text: "Page 2 of 4", "- 3 -", "12", a UN document symbol
// ("A/AC.292/2024/SUB/VNM", "A/79/PV.9"), a UN job number ("24-12345
// (E)").
func pageFurniture(line []byte) bool {
	if n := len(line); n > 12 && line[n-1] >= '0' && line[n-1] <= '9' && runningTitle(line) {
		return true
	}
	if len(line) == 0 || len(line) > 60 || line[0] > 'Z' && line[0] != 'p' && line[0] != '-' && line[0] < 0x80 {
		return false // most lines: text opening with a lower-case letter is none
	}
	s := line
	if bytes.HasPrefix(s, []byte("Page ")) || bytes.HasPrefix(s, []byte("page ")) || bytes.HasPrefix(s, []byte("Página ")) {
		s = bytes.TrimSpace(s[bytes.IndexByte(s, ' ')+1:])
		num, rest := leadDigits(s)
		if num == 0 {
			return false
		}
		rest = bytes.TrimSpace(rest)
		if len(rest) == 0 {
			return true
		}
		for _, of := range []string{"of ", "de ", "sur "} {
			if bytes.HasPrefix(rest, []byte(of)) {
				n, tail := leadDigits(bytes.TrimSpace(rest[len(of):]))
				return n > 0 && len(bytes.TrimSpace(tail)) == 0
			}
		}
		return false
	}
	t := bytes.Trim(s, "-–— ")
	if n, rest := leadDigits(t); n > 0 && n <= 4 && len(rest) == 0 {
		return true // a page number alone
	}
	if n, rest := leadDigits(s); n == 2 && len(rest) > 6 && rest[0] == '-' {
		if m, tail := leadDigits(rest[1:]); m == 5 {
			if tail = bytes.TrimSpace(tail); len(tail) == 0 || len(tail) == 3 && tail[0] == '(' && tail[2] == ')' {
				return true
			}
		}
	}
	first := s
	if i := bytes.IndexByte(s, ' '); i >= 0 {
		first = s[:i]
	}
	if bytes.Count(s, []byte(" ")) <= 3 && docSymbol(first) {
		return true
	}
	// A verbatim record's foot or head: its job number and the page
	// ("26-04518 3/14", "2/14 26-04518"), each a token of its own.
	fields := bytes.Fields(s)
	if len(fields) < 2 || len(fields) > 3 {
		return false
	}
	for _, f := range fields {
		if !pageToken(f) {
			return false
		}
	}
	return true
}

// runningTitle reports a running header or footer that sets the
// document's title apart from its page count by a run of spaces, as a
// PDF's text keeps its columns: "North Macedonia – National position on
// international law in cyberspace          Page 2 of 3", "A/80/123
// 3/14". Only a page count ("Page 2 of 3") or a page fraction ("3/14")
// after the run makes one: a table's line may end in a bare number.
func runningTitle(line []byte) bool {
	if len(line) > 240 {
		return false
	}
	i := bytes.LastIndex(line, []byte("   "))
	if i < 0 {
		return false
	}
	tail := bytes.TrimSpace(line[i:])
	if len(tail) == 0 || len(tail) > 24 {
		return false
	}
	if tail[0] == 'P' || tail[0] == 'p' {
		return pageFurniture(tail)
	}
	return pageToken(tail) && bytes.IndexByte(tail, '/') > 0
}

// pageToken reports a page's furniture token: a page fraction ("3/14"), a
// UN job number ("26-04518") or its language mark ("(E)").
func pageToken(f []byte) bool {
	if len(f) == 3 && f[0] == '(' && f[2] == ')' {
		return true
	}
	n, rest := leadDigits(f)
	if n == 0 || n > 4 {
		return false
	}
	switch {
	case len(rest) > 1 && rest[0] == '/':
		m, tail := leadDigits(rest[1:])
		return m > 0 && m <= 4 && len(tail) == 0
	case n == 2 && len(rest) > 1 && rest[0] == '-':
		m, tail := leadDigits(rest[1:])
		return m == 5 && len(tail) == 0
	}
	return false
}

// docSymbol reports a UN document symbol: capitals, then two or more
// parts joined by slashes ("A/AC.292/2024/SUB/VNM", "S/PV.9876",
// "A/C.1/79/PV.14").
func docSymbol(w []byte) bool {
	if bytes.Count(w, []byte("/")) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, c := range w {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '.' || c == '-' || c == '(' || c == ')') {
			return false
		}
	}
	return true
}

// leadDigits returns the number of ASCII digits p opens with, and the rest.
func leadDigits(p []byte) (int, []byte) {
	i := 0
	for i < len(p) && p[i] >= '0' && p[i] <= '9' {
		i++
	}
	return i, p[i:]
}

// footnoteRule reports the rule a PDF draws above a page's footnotes: a
// line of at least five underscores or dashes and nothing else.
func footnoteRule(line []byte) bool {
	if len(line) < 5 {
		return false
	}
	for _, c := range line {
		if c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// footnoteLine reports a line that opens a footnote: its number, a space
// and a word ("1 See General Assembly resolution …", "12 Ibid.").
func footnoteLine(line []byte) bool {
	n, rest := leadDigits(line)
	if n == 0 {
		n, rest = leadSuperscripts(line) // "¹ A/70/174, para. 13."
	}
	if n == 0 || n > 3 || len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRune(rest[1:])
	return unicode.IsLetter(r) || r == '"' || r == '“'
}

// nextText returns the first line of text after a page break: rest's
// lines past blank lines and page furniture (nil at the end).
func nextText(rest []byte) []byte {
	for len(rest) > 0 {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\n"))
		line = bytes.TrimSpace(line)
		if len(line) == 0 || pageFurniture(line) {
			continue
		}
		return line
	}
	return nil
}

// brokenByPage reports a paragraph cut by a page break: cur ends no
// sentence (nor a heading's words: it has more than 12 words), and the
// text after the break, past page numbers and running headers, goes on in
// lower case.
func brokenByPage(cur, rest []byte) bool {
	if endsSentence(cur) || bytes.Count(cur, []byte(" ")) < 12 {
		return false
	}
	last := cur[len(cur)-1]
	if last == ':' || last == ';' {
		return false // a list follows
	}
	next := nextText(rest)
	if len(next) == 0 {
		return false
	}
	r, _ := utf8.DecodeRune(next)
	return unicode.IsLower(r)
}

// footnoteTail reports that the footnotes run on to the page's end: the
// lines after a footnote's first line are its wrapped lines, more
// footnotes or page furniture until a blank line and the next page's
// text. A numbered paragraph ("1 The Working Group met …") is followed by
// text that is neither.
func footnoteTail(rest []byte) bool {
	next := nextText(rest)
	return len(next) == 0 || footnoteLine(next)
}

// leadSuperscripts returns the number of superscript digits ("¹", "²",
// "⁴") p opens with, as a PDF's footnotes are numbered, and the rest.
func leadSuperscripts(p []byte) (int, []byte) {
	n := 0
	for len(p) > 0 {
		r, size := utf8.DecodeRune(p)
		if r != '¹' && r != '²' && r != '³' && (r < '⁰' || r > '⁹') {
			break
		}
		n, p = n+1, p[size:]
	}
	return n, p
}
