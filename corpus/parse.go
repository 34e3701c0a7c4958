package corpus

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
)

// cleanFile turns raw file bytes into UTF-8 text with LF line endings and
// no control characters but tabs and line breaks. It returns notes on what
// it repaired, or an error when the file cannot be used at all (binary,
// empty). The result may share raw's memory.
func cleanFile(raw []byte) ([]byte, []string, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, nil, fmt.Errorf("empty file")
	}
	if !bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) && plainText(raw) {
		return raw, nil, nil // nothing to repair: the common case, in one pass
	}
	return repairFile(raw)
}

// repairFile is cleanFile for a file that needs, or may need, repairs:
// each check and repair in turn.
func repairFile(raw []byte) ([]byte, []string, error) {
	var notes []string
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		raw = raw[3:]
		notes = append(notes, "removed a UTF-8 byte-order mark")
	case bytes.HasPrefix(raw, []byte("\xff\xfe")) || bytes.HasPrefix(raw, []byte("\xfe\xff")):
		// UTF-16 with a byte-order mark (what Windows "Unicode" saves).
		// x/text's decoder honours the BOM and replaces unpaired
		// surrogates, so the result is valid UTF-8.
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
		u, err := dec.Bytes(raw)
		if err != nil {
			return nil, nil, fmt.Errorf("UTF-16 file that cannot be decoded: %w", err)
		}
		raw = u
		notes = append(notes, "decoded from UTF-16")
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
	if out, n := stripControls(raw); n > 0 {
		raw = out
		notes = append(notes, fmt.Sprintf("removed %d control character(s) (NUL, escape, ...)", n))
	}
	return raw, notes, nil
}

// plainText reports text that repairFile would return as it is, with no
// note: valid UTF-8 with no byte-order mark to decode, no control
// character but tab and line feed (so no carriage return, no NUL, nothing
// isBinary counts, nothing stripControls removes). It reads the text once,
// 8 bytes at a time; where isBinary, utf8.Valid, the carriage-return
// search and stripControls each read it in turn (together 8% of a
// 100k-statement load). Tab, line feed and non-ASCII bytes send a word to
// the exact byte check; text that is not ASCII is then checked by
// utf8.Valid. TestPlainTextMeansNothingToRepair holds it to repairFile.
func plainText(b []byte) bool {
	ascii := true
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		if w&msb != 0 {
			ascii = false
			if !hasByte(w, 0xc2) && !hasLess(w, 0x20) && !hasByte(w, 0x7f) {
				continue
			}
		} else if !hasLess(w, 0x20) && !hasByte(w, 0x7f) {
			continue
		}
		for k := i; k < i+8; k++ {
			if !plainByte(b, k) {
				return false
			}
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			ascii = false
		}
		if !plainByte(b, i) {
			return false
		}
	}
	return ascii || utf8.Valid(b)
}

// plainByte reports that b[i] needs no repair: not a control character
// other than tab or line feed (C0, DEL, or the lead byte of a C1 control).
func plainByte(b []byte, i int) bool {
	c := b[i]
	switch {
	case c < 0x20:
		return c == '\n' || c == '\t'
	case c == 0x7f:
		return false
	case c == 0xc2:
		return !(i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f)
	}
	return true
}

// stripControls removes C0 control characters other than tab, line feed,
// form feed and vertical tab (which collapseSpace folds), DEL and the C1
// controls U+0080–U+009F from valid UTF-8 text, in place. It returns the
// text and how many it removed. Statements never carry NULs or terminal
// escapes, whatever a file holds past the binary check's first 8 KB.
func stripControls(b []byte) ([]byte, int) {
	first := -1
	i := 0
	// Fast path, 8 bytes at a time: skip words with no byte below 0x20,
	// no DEL and no 0xC2 (the lead byte of C1 controls). Line feeds and
	// tabs send a word to the exact check below; text has few enough of
	// them that loading a corpus spends little time here.
scan:
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		if !hasLess(w, 0x20) && !hasByte(w, 0x7f) && !hasByte(w, 0xc2) {
			continue
		}
		for k := i; k < i+8; k++ {
			if isControlByte(b, k) {
				first = k
				break scan
			}
		}
	}
	for ; first < 0 && i < len(b); i++ {
		if isControlByte(b, i) {
			first = i
		}
	}
	if first < 0 {
		return b, 0
	}
	out := b[:first]
	n := 0
	for i := first; i < len(b); {
		if isControlByte(b, i) {
			n++
			if b[i] == 0xc2 {
				i += 2
			} else {
				i++
			}
			continue
		}
		out = append(out, b[i]) // never overtakes i
		i++
	}
	return out, n
}

const lsb, msb = 0x0101010101010101, 0x8080808080808080

// hasLess reports whether some byte of w is below n (n <= 128).
func hasLess(w uint64, n uint64) bool { return (w-lsb*n)&^w&msb != 0 }

// hasByte reports whether some byte of w equals c.
func hasByte(w uint64, c uint64) bool {
	x := w ^ (lsb * c)
	return (x-lsb)&^x&msb != 0
}

// isControlByte reports a control character starting at b[i]: a C0 byte
// other than \t \n \v \f, DEL, or the two-byte UTF-8 form of a C1 control.
func isControlByte(b []byte, i int) bool {
	c := b[i]
	switch {
	case c < 0x20:
		return c != '\t' && c != '\n' && c != '\v' && c != '\f'
	case c == 0x7f:
		return true
	case c == 0xc2:
		return i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f
	}
	return false
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
	i := 0
	// 8 bytes at a time: a word with no byte below 0x20 has no control
	// character (most words of text); only the others are counted byte by
	// byte. It was 4.5% of a 100k-statement load's CPU as a byte loop.
	for ; i+8 <= n; i += 8 {
		if hasLess(binary.LittleEndian.Uint64(b[i:]), 0x20) {
			ctl += countControls(b[i : i+8])
		}
	}
	ctl += countControls(b[i:n])
	return ctl*10 > n
}

// countControls counts the bytes below 0x20 other than the white space
// isBinary allows.
func countControls(b []byte) int {
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl
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
	return eachRawParagraph(text, buf, func(p []byte, _ bool) {
		if p = cleanParagraph(p); isStatement(p) {
			fn(p)
		}
	}, nil)
}

// maxParagraph bounds a paragraph's length. Longer paragraphs are split at
// sentence ends into pieces of at most this many bytes, so the work and
// memory spent on one paragraph (tokens, country matching) stay bounded
// whatever a file holds: a 64 MB paragraph is 16,000 pieces, not one
// 64 MB token list.
const maxParagraph = 4096

// eachRawParagraph is eachParagraph before cleaning (footnote markers,
// blank runs) and the debris test: a loader can look a repeated paragraph
// up by these bytes and clean only the ones it has not seen. fn may modify
// the slice it receives; piece is set when the slice continues the
// previous one (a paragraph over maxParagraph bytes, split). cut, if not
// nil, is told the byte offset in text where a sentence longer than
// maxParagraph had to be cut mid-sentence.
func eachRawParagraph(text, buf []byte, fn func(p []byte, piece bool), cut func(pos int)) []byte {
	return eachRawParagraphCols(text, buf, fn, cut, nil)
}

// eachRawParagraphCols is eachRawParagraph; byColumn, if not nil, tells a
// Markdown table whose columns are its subjects from its header ("| Issue |
// Kiribati | Papua New Guinea |"): each of its cells is then a paragraph of
// its own, labelled by its column ("Kiribati — Attribution: No public
// position."), so no column's words join another's.
func eachRawParagraphCols(text, buf []byte, fn func(p []byte, piece bool), cut func(pos int), byColumn func(header []string) bool) []byte {
	cur := buf[:0]
	piece := false
	// labelItem: cur opened as a labelled list item ("Namibia - no public
	// position so far"), which ends at the next item even with no full
	// stop: it gets one, so that it reads as the statement it is rather
	// than a heading (TestLabelledItemsStandApart).
	labelItem := false
	// opening: no paragraph so far ended a sentence; the page's title
	// block is still running (see titleBlockBreak).
	opening := true
	flush := func() {
		if labelItem && len(cur) > 0 && !endsSentence(cur) && cur[len(cur)-1] != ':' && bytes.Count(cur, []byte(" ")) >= 5 {
			cur = append(cur, '.')
		}
		labelItem = false
		opening = opening && !endsSentence(cur)
		fn(cur, piece)
		cur = cur[:0]
		piece = false
	}
	// add appends part of a line, emitting pieces whenever cur would grow
	// past maxParagraph. Only the remainder after a split (under
	// maxParagraph bytes) is ever copied again, so a paragraph of any
	// length costs linear time and a 4 KiB buffer.
	add := func(line []byte, offset int) {
		for len(cur)+len(line) > maxParagraph {
			take := max(maxParagraph-len(cur), 0)
			cur = append(cur, line[:take]...)
			line, offset = line[take:], offset+take
			at, mid := splitPoint(cur)
			if mid && cut != nil {
				cut(offset - (len(cur) - at))
			}
			rest := len(cur) - at
			fn(cur[:at], piece)
			piece = true
			copy(cur, cur[at:])
			cur = cur[:rest]
		}
		cur = append(cur, line...)
	}
	var header []string    // the current Markdown table's column names
	var row []byte         // a table row rendered as a sentence
	columns := false       // the table's columns are its subjects (byColumn)
	var tabHeader []string // the current tab-separated table's column names
	pipes := false         // the current table separates its cells with " | ", not tabs
	commas := false        // the current table is comma-separated (see csvrows.go)
	var layoutCols []int   // the columns of a table laid out with spaces, while one runs
	var layoutBuf []byte   // a laid-out row as tab-separated cells
	// A PDF's page furniture (see pdfrepair.go): blank is set after a blank
	// line (or furniture standing apart); notes is set inside the footnotes
	// under a rule or at a page's foot.
	blank, notes, broken := true, false, false
	runs, tabbed := textFinds{find: "  "}, textFinds{find: "\t"}
	for rest := text; len(rest) > 0; {
		start := max(len(text)-len(rest), 0) // (a reflowed block may leave rest longer: offsets then only name a warning's place)
		here := rest                         // this line and the text after it
		raw := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			raw, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		line := bytes.TrimSpace(raw)
		if len(line) > 1 && line[0] == '>' {
			// A quoted message's blank line, a caption's change of
			// speaker (see recordnarrative.go).
			var turn bool
			if line, turn = quoteMarks(line); turn && len(cur) > 0 {
				flush()
			}
		} else if len(line) == 1 && line[0] == '>' {
			line = nil
		}
		if len(line) == 0 {
			wasBlank := blank
			blank = true
			if len(cur) > 0 && (broken || !wasBlank && (brokenByPage(cur, rest) || labelAlone(cur))) {
				// A page break inside a sentence: "… for developing⏎⏎Page
				// 2 of 4⏎⏎countries, which …" is one paragraph.
				broken = true
				continue
			}
			// A blank line always ends a paragraph.
			if len(cur) > 0 {
				flush()
			}
			continue
		}
		if line[0] >= '0' && line[0] <= '9' || line[0] == '_' || line[0] == '-' || notes || line[0] == 0xc2 || line[0] == 0xe2 {
			// A footnote: its rule, its first line, the lines that wrap it.
			switch {
			case footnoteRule(line) && footnoteLine(nextText(rest)):
				notes = true
			case footnoteLine(line) && (notes || blank && endsSentence(line) && footnoteTail(rest)):
				notes = true
			case notes && !blank:
			default:
				notes = false
			}
			if notes {
				if len(cur) > 0 {
					flush()
				}
				blank = false
				continue
			}
		}
		if blank && pageFurniture(line) {
			continue // "Page 2 of 4", "A/AC.292/2024/SUB/VNM" between blank lines or a page's text
		}
		blank, broken = false, false
		if line[0] == '>' {
			line = blockquote(line) // "> The EU stands ready …" is text
		} else if timeStampLine(line) {
			// "16:05 GMT" over a live blog's entry: a heading of its own
			// (see timeStampHeading), not the entry's first words.
			if len(cur) > 0 {
				flush()
			}
			add(line, start+len(raw)-len(bytes.TrimLeftFunc(raw, unicode.IsSpace)))
			flush()
			continue
		} else if line[0] == '[' || line[0] == '(' || line[0] >= '0' && line[0] <= '9' {
			if line = trimTimestamp(line); len(line) == 0 {
				continue // "[00:06:02]" alone (see transcript.go)
			}
		}
		line = trimFootnoteMark(line)
		double := runs.in(text, line) // (one answer for both checks on a line of prose)
		if layoutCols == nil && line[0] != '|' && double && hasSpaceRun(line, 3) && !tabbed.in(text, line) {
			if col := proseColumns(bytes.TrimRight(raw, " \t\r"), bytes.TrimRight(firstLine(rest), " \t\r")); col > 0 {
				// Two columns of prose side by side (see columns.go): the
				// left column's lines are read, then the right's.
				if len(cur) > 0 {
					flush()
				}
				rest = reflowColumns(here, col)
				continue
			}
		}
		if layoutCols != nil || !endsSentence(line) && double {
			// A table laid out with spaces (see layouttable.go) is read
			// as a tab-separated one.
			left := bytes.TrimRight(raw, " \t\r")
			switch {
			case layoutCols != nil:
				if layoutBuf = layoutRow(layoutBuf, layoutCells(left), layoutCols); layoutBuf != nil && bytes.IndexByte(line, '\t') < 0 {
					line = layoutBuf
				} else {
					layoutCols = nil
				}
			case bytes.IndexByte(line, '\t') < 0 && line[0] != '|':
				if layoutCols = layoutHeader(left, bytes.TrimRight(firstLine(rest), " \t\r")); layoutCols != nil {
					if len(cur) > 0 {
						flush()
					}
					tabHeader = tabCells(layoutRow(layoutBuf, layoutCells(left), layoutCols))
					continue
				}
			}
		}
		// A table pasted from a spreadsheet or a PDF separates its cells
		// by tabs: a run of such lines with at most as many cells as the
		// first (its header) is read as a Markdown table is.
		if tabHeader == nil && len(line) <= maxPipeHeader && !endsSentence(line) && bytes.IndexByte(line, '|') > 0 && pipeHeader(line, firstLine(rest)) {
			// A table exported with " | " between its cells and no
			// Markdown rule is read as a tab-separated one (see
			// tablerows.go).
			if len(cur) > 0 {
				flush()
			}
			tabHeader, pipes = pipeCells(line), true
			continue
		}
		if tabHeader == nil && len(line) <= maxPipeHeader && csvHeader(line, rest) {
			// A spreadsheet saved as comma-separated text (see csvrows.go).
			if len(cur) > 0 {
				flush()
			}
			tabHeader, commas = csvCells(line), true
			continue
		}
		if tabs := line[0] != '|' && (pipes && bytes.Contains(line, []byte(" | ")) || commas && bytes.IndexByte(line, ',') >= 0 ||
			!pipes && !commas && tabbed.in(text, line)); tabs || tabHeader != nil {
			var cells []string
			switch {
			case pipes:
				cells = pipeCells(line)
			case commas:
				cells = csvCells(line)
			default:
				cells = tabCells(line)
			}
			switch {
			case !tabs || len(cells) < 2 || len(cells) > len(tabHeader):
				tabHeader, pipes, commas = nil, false, false // the table has ended: the line is read as text
			default:
				if len(cur) > 0 {
					flush()
				}
				off := start + len(raw) - len(bytes.TrimLeftFunc(raw, unicode.IsSpace))
				for len(cells) < len(tabHeader) {
					cells = append(cells, "") // trailing empty cells
				}
				row = tableRow(row[:0], cells, tabHeader)
				add(row, off)
				flush()
				continue
			}
			if next := tabCells(firstLine(rest)); tabs && len(cells) >= 2 && !slices.Contains(cells, "") && len(next) >= 2 && len(next) <= len(cells) {
				if len(cur) > 0 {
					flush()
				}
				tabHeader = cells
				continue
			}
		}
		// Headings and table rows stand alone; list markers go (see
		// pageshape.go).
		shape := lineShapeOf(line)
		if shape == shapeCapsLine {
			// An ALL-CAPS line is a heading when it starts a paragraph and
			// the next line does not continue it ("of the\nUN GGE\nand has").
			shape = shapeText
			if next, _, _ := bytes.Cut(rest, []byte("\n")); len(cur) == 0 && !startsLower(bytes.TrimSpace(next)) {
				shape = shapeHeading
			}
		}
		if shape == shapeText && len(cur) == 0 && wordHeading(line, bytes.TrimSpace(firstLine(rest))) {
			// "Iraq" over "Iraq's Ministry of Communications announced …":
			// a brief's run-in heading (see wordHeading).
			shape = shapeHeading
		}
		if shape == shapeText && endMatterLine(line) {
			// "References" over its entries with no blank line between
			// (see endMatterLine): a line of its own, which ends the text.
			if len(cur) > 0 {
				flush()
			}
			header = nil
			add(line, start+len(raw)-len(bytes.TrimLeftFunc(raw, unicode.IsSpace)))
			flush()
			continue
		}
		if len(cur) == 0 && (shape == shapeBullet || shape == shapeText && romanOrLetterNumber(line)) && numberedTitle(line, bytes.TrimSpace(firstLine(rest))) {
			// "1. Sovereignty", "II. Diligencia debida" over its text (see
			// numberedtitle.go).
			header = nil
			add(line, start+len(raw)-len(bytes.TrimLeftFunc(raw, unicode.IsSpace)))
			flush()
			continue
		}
		switch shape {
		case shapeHeading, shapeTableRow:
			if len(cur) > 0 {
				flush()
			}
			off := start + len(raw) - len(bytes.TrimLeftFunc(raw, unicode.IsSpace))
			if shape == shapeHeading {
				header = nil
				add(line, off)
				flush()
				continue
			}
			if isTableRule(line) {
				continue
			}
			next, _, _ := bytes.Cut(rest, []byte("\n"))
			if cells := tableCells(line); isTableRule(bytes.TrimSpace(next)) {
				header = cells
				columns = byColumn != nil && byColumn(header)
			} else if columns && len(cells) == len(header) {
				for i := 1; i < len(cells); i++ {
					if cells[i] == "" {
						continue
					}
					row = append(append(append(append(append(row[:0], header[i]...), " — "...), cells[0]...), ": "...), cells[i]...)
					if !endsSentence(row) {
						row = append(row, '.')
					}
					add(row, off)
					flush()
				}
			} else if row = tableRow(row[:0], cells, header); len(row) > 0 {
				add(row, off)
				flush()
			}
			continue
		case shapeBullet:
			line = stripBullet(line)
			if len(cur) > 0 && labelled(line) {
				flush() // "(b) San Marino: ..." is not "(a) Monaco: ..."
			}
			if len(cur) == 0 && labelled(line) {
				labelItem = true
			}
		}
		header = nil
		if opening && len(cur) > 0 && titleBlockBreak(cur, line) {
			flush() // the page's headline and its office's masthead (see titleBlockBreak)
		}
		if len(cur) > 0 && (speakerLine(line) || copyrightLine(line) || len(cur) <= 60 && !endsSentence(cur) && reportOpener(line) ||
			len(cur) <= 100 && !endsSentence(cur) && dateLabelLine(line)) {
			// A speaker's label opens a turn even where the line before
			// ends no sentence (a record's title, then its first turn,
			// with no blank line between); so does a report of who spoke
			// after a short title line (see reportopener.go) and a
			// timeline's dated entry after its title (see dateLabelLine),
			// and a copyright line never ends the headline above it.
			flush()
		}
		if len(cur) > 0 {
			switch {
			case endsWithDigit(cur) && startsOrdinal(line):
				// "1" + "st session": glue.
			case bytes.HasSuffix(cur, []byte("[")) || bytes.HasSuffix(cur, []byte("-")) && !bytes.HasSuffix(cur, []byte(" -")):
				// "[" + "1]" or a word hyphenated across lines; the hyphen
				// goes when it only marks the break ("dis-" + "putes").
				if dehyphenate(cur, line) {
					cur = cur[:len(cur)-1]
				}
			default:
				cur = append(cur, ' ')
			}
		}
		add(line, start+len(raw)-len(bytes.TrimLeftFunc(raw, unicode.IsSpace)))
		if endsSentence(line) {
			flush()
		}
	}
	if len(cur) > 0 {
		flush()
	}
	return cur
}

// tabCells splits a tab-separated table line into its trimmed cells, an
// empty cell between two tabs included and trailing empty ones dropped.
func tabCells(line []byte) []string {
	cells := strings.Split(strings.TrimSpace(string(line)), "\t")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	for len(cells) > 0 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// firstLine returns text up to its first line feed.
func firstLine(text []byte) []byte {
	line, _, _ := bytes.Cut(text, []byte("\n"))
	return line
}

// splitPoint returns where to split a full paragraph buffer p: just after
// the last sentence end (". ", "? ", "! ", possibly with closing quotes)
// in its first maxParagraph bytes, else (mid set) after the last space,
// else at the last UTF-8 boundary. It is never 0.
func splitPoint(p []byte) (at int, mid bool) {
	lim := min(len(p), maxParagraph)
	for i := lim - 1; i > 0; i-- {
		if p[i] == ' ' && endsSentence(p[:i]) {
			return i + 1, false
		}
	}
	if i := bytes.LastIndexByte(p[:lim], ' '); i > 0 {
		return i + 1, true
	}
	at = lim
	for at > 1 && at < len(p) && !utf8.RuneStart(p[at]) {
		at--
	}
	return at, true
}

// cleanParagraph drops footnote markers and Markdown emphasis and link
// addresses (see markdown.go), folds runs of blanks, and undoes a PDF's
// ligatures and superscript footnote markers (see glyphs.go), in place.
func cleanParagraph(p []byte) []byte {
	if bytes.IndexByte(p, '[') >= 0 {
		p = footnoteRe.ReplaceAll(p, nil)
	}
	p = bytes.TrimSpace(stripMarkdown(p))
	if asciiBytes(p) {
		// (One pass 8 bytes at a time spares an ASCII paragraph, nearly
		// every one, the searches for no-break spaces and PDF glyphs.)
		return collapseSpace(p, true)
	}
	return fixGlyphs(collapseSpace(p, false))
}

// collapseSpace turns runs of blanks (spaces, tabs, no-break spaces, and
// the narrow no-break space French typesetting puts before a colon:
// "Le Président\u202f:") into one space, in place. ascii says p has no
// byte above 0x7f, so no no-break space.
func collapseSpace(p []byte, ascii bool) []byte {
	if !hasSpaceRun(p, 2) && bytes.IndexByte(p, '\t') < 0 && bytes.IndexByte(p, '\f') < 0 &&
		bytes.IndexByte(p, '\v') < 0 && (ascii || !bytes.Contains(p, []byte("\u00a0")) && !bytes.Contains(p, []byte("\u202f"))) {
		return p
	}
	out := p[:0]
	space := false
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		if r == ' ' || r == '\t' || r == '\f' || r == '\v' || r == '\u00a0' || r == '\u202f' {
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
	if len(line) > 0 {
		// A line ending in an ASCII byte other than a closing quote or
		// bracket is decided by that byte: nearly every line of a corpus.
		switch c := line[len(line)-1]; {
		case c == '.' || c == '!' || c == '?':
			return true
		case c < utf8.RuneSelf && c != '"' && c != '\'' && c != ')' && c != ']':
			return false
		}
	}
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

// appendNormalized appends normalize(p) to dst in one pass and one
// allocation at most (the paragraph key hashes it for every paragraph).
func appendNormalized(dst []byte, p string) []byte {
	space := false
	for i := 0; i < len(p); {
		// ASCII, nearly every byte of a statement, without decoding a
		// rune: it was two thirds of paragraphKey's time (TestNormalizedFastPath).
		if c := p[i]; c < utf8.RuneSelf && asciiPlain[c] {
			// A run of bytes kept as they are (a word, its punctuation) is
			// copied whole, not a byte at a time.
			j := i + 1
			for j < len(p) && p[j] < utf8.RuneSelf && asciiPlain[p[j]] {
				j++
			}
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, p[i:j]...)
			i = j
			continue
		}
		if c := p[i]; c < utf8.RuneSelf {
			i++
			switch c {
			case ' ', '\t', '\n', '\v', '\f', '\r':
				space = true
				continue
			case '`':
				c = '\''
			}
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		i += size
		switch r {
		case '‘', '’', 'ʼ', '`':
			r = '\''
		case '“', '”', '„', '«', '»':
			r = '"'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(dst) > 0 {
			dst = append(dst, ' ')
		}
		space = false
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// asciiPlain marks the ASCII bytes appendNormalized keeps as they are:
// all but white space and the backquote.
var asciiPlain = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !strings.ContainsRune(" \t\n\v\f\r`", rune(c))
	}
	return t
}()

var quoteFold = strings.NewReplacer("‘", "'", "’", "'", "ʼ", "'", "`", "'", "“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`)
