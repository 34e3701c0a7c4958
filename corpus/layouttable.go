package corpus

import (
	"bytes"
	"unicode/utf8"
)

// A table converted from a PDF with its layout kept (pdftotext -layout, a
// report's annex pasted as text) lines its columns up with spaces:
//
//	Country          Binding instrument     Attribution
//	Algeria          Supports               No public position
//	Bolivia          Supports                                      (an empty cell)
//
// No line ends a sentence, so each was read as a short title line and the
// rows were lost. A header line whose cells are set apart by runs of two
// or more spaces, followed by a line whose cells start at its columns, is
// read as a tab-separated table (see eachRawParagraphCols): each row gives
// its cells by the header's columns, an empty cell keeping its place. Only
// a line that ends no sentence and has a double space is looked at, and
// only while a table runs is any other line.

// layoutCell is one cell of a laid-out line and the column (in runes from
// the line's start) where it starts.
type layoutCell struct {
	text []byte
	col  int
}

// layoutCells splits line (untrimmed on the left) at runs of two or more
// spaces.
func layoutCells(line []byte) []layoutCell {
	var cells []layoutCell
	col, start, startCol, spaces := 0, -1, 0, 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRune(line[i:])
		if r == ' ' {
			spaces++
		} else {
			if start >= 0 && spaces >= 2 {
				cells = append(cells, layoutCell{bytes.TrimRight(line[start:i], " "), startCol})
				start = -1
			}
			if start < 0 {
				start, startCol = i, col
			}
			spaces = 0
		}
		i += size
		col++
	}
	if start >= 0 {
		cells = append(cells, layoutCell{bytes.TrimRight(line[start:], " "), startCol})
	}
	return cells
}

// layoutHeader returns the columns of a laid-out table's header line, when
// next (the line after it) is a row of that table; nil otherwise.
func layoutHeader(line, next []byte) []int {
	head := layoutCells(line)
	if len(head) < 2 || head[0].col != 0 {
		return nil
	}
	cols := make([]int, len(head))
	for i, c := range head {
		cols[i] = c.col
	}
	if row := layoutCells(next); len(row) < 2 || layoutRow(nil, row, cols) == nil {
		return nil
	}
	return cols
}

// layoutRow appends to dst the cells of row placed in the header's columns
// cols and joined by tabs (an empty cell between two tabs); nil when a
// cell starts at no column (the table has ended).
func layoutRow(dst []byte, row []layoutCell, cols []int) []byte {
	if len(row) == 0 || row[0].col > 1 {
		return nil
	}
	dst = append(dst[:0], row[0].text...)
	j := 0
	for _, c := range row[1:] {
		k := j + 1
		for k < len(cols) && c.col > cols[k]+1 {
			k++
		}
		if k >= len(cols) || c.col < cols[k]-1 {
			return nil // between two columns, or past the last
		}
		for ; j < k; j++ {
			dst = append(dst, '\t')
		}
		dst = append(dst, c.text...)
	}
	return dst
}
