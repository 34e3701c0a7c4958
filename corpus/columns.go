package corpus

import (
	"bytes"
	"unicode/utf8"
)

// A page set in two columns and converted from a PDF with its layout kept
// (pdftotext -layout) runs each column's lines side by side:
//
//	Palau has completed the first phase of its        Nauru has asked the Forum secretariat for
//	national cyber security strategy, which           help in drafting a data protection law, its
//
// Read as lines, each joined the two columns' words ("… the first phase of
// its Nauru has asked …"), and read as a laid-out table, the left column
// became the right one's row labels: either way one country's words went
// into another's statement. Two lines in a row whose two cells are each
// prose of four words or more, with the gutter at the same place, open
// such a block; its lines, up to a blank line, are read as the left
// column's and then the right column's (TestColumnsReflow, TestPages4Corpus).

// proseColumns returns the column (in runes) where the right-hand column
// of a two-column block starts, when line and next (both untrimmed on the
// left) open one; 0 otherwise.
func proseColumns(line, next []byte) int {
	a, b := layoutCells(line), layoutCells(next)
	if len(a) != 2 || len(b) != 2 || a[0].col != 0 || b[0].col != 0 || a[1].col < 20 || abs(a[1].col-b[1].col) > 2 {
		return 0
	}
	if a[1].col-utf8.RuneCount(a[0].text) < 3 || b[1].col-utf8.RuneCount(b[0].text) < 3 {
		return 0 // a gutter is three spaces or more; two may end a typed sentence
	}
	for _, c := range [...][]byte{a[0].text, a[1].text, b[0].text, b[1].text} {
		if bytes.Count(c, []byte(" ")) < 3 {
			return 0 // a table's cells are short
		}
	}
	return a[1].col
}

// reflowColumns rewrites the two-column block that opens text (up to a
// blank line) as its left column's lines, a blank line, and its right
// column's lines, followed by the rest of text. A cell starting within two
// runes of col, or past it, is the right column's.
func reflowColumns(text []byte, col int) []byte {
	var left, right [][]byte
	rest := text
	for len(rest) > 0 {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\n"))
		if len(bytes.TrimSpace(line)) == 0 {
			break
		}
		var l, r []byte
		for _, c := range layoutCells(bytes.TrimRight(line, " \t\r")) {
			if c.col >= col-2 {
				r = appendCell(r, c.text)
			} else {
				l = appendCell(l, c.text)
			}
		}
		if l != nil {
			left = append(left, l)
		}
		if r != nil {
			right = append(right, r)
		}
	}
	out := make([]byte, 0, len(text))
	for _, l := range left {
		out = append(append(out, l...), '\n')
	}
	out = append(out, '\n')
	for _, r := range right {
		out = append(append(out, r...), '\n')
	}
	out = append(out, '\n')
	return append(out, rest...)
}

// appendCell appends a cell's text to a column's line, a space between.
func appendCell(dst, cell []byte) []byte {
	if len(dst) > 0 {
		dst = append(dst, ' ')
	}
	return append(dst, cell...)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
