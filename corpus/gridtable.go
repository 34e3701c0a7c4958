package corpus

import "bytes"

// A table drawn with ASCII rules — reStructuredText's grid tables, a
// database client's output, a text export:
//
//	+-------------+------------------------------+
//	| Country     | Permanent mechanism          |
//	+=============+==============================+
//	| Brunei      | Supports a single-track      |
//	|             | mechanism under the UN       |
//	+-------------+------------------------------+
//
// Its rows were read as prose: every row ran on as the first row's
// country's, and a cell wrapped over two lines became a statement of its
// own (TestGridTables). gridTables rewrites each such table as the
// Markdown table the reader knows (one line a row, its wrapped lines
// joined cell by cell, a rule after the header), so each row is its first
// cell's.

// gridTables returns text with its grid tables rewritten as Markdown
// tables; text itself when it has none (a search for "+-" at a line's
// start spares nearly every file the pass).
func gridTables(text []byte) []byte {
	if !hasLineStart(text, "+-") {
		return text
	}
	var out []byte
	var cells [][]byte // the row being gathered, cell by cell
	rows := 0          // rows written in the current table
	inGrid := false
	flushRow := func() {
		if len(cells) == 0 {
			return
		}
		out = append(out, '|')
		for _, c := range cells {
			out = append(out, ' ')
			out = append(out, c...)
			out = append(out, " |"...)
		}
		out = append(out, '\n')
		if rows == 0 {
			out = append(out, '|')
			for range cells {
				out = append(out, "---|"...)
			}
			out = append(out, '\n')
		}
		rows++
		cells = nil
	}
	for len(text) > 0 {
		line, rest, found := bytes.Cut(text, []byte("\n"))
		text = rest
		t := bytes.TrimRight(line, " \t\r")
		switch {
		case gridRule(t):
			flushRow()
			inGrid = true
			continue
		case inGrid && len(t) > 1 && t[0] == '|' && t[len(t)-1] == '|':
			parts := bytes.Split(t[1:len(t)-1], []byte("|"))
			if cells != nil && (len(parts) != len(cells) || len(bytes.TrimSpace(parts[0])) > 0) {
				// A line whose first cell is filled opens a row of its own,
				// as a database client prints rows with no rule between;
				// a wrapped cell's next line leaves the first cell empty.
				flushRow()
			}
			if cells == nil {
				cells = make([][]byte, len(parts))
			}
			for i, p := range parts {
				p = bytes.TrimSpace(p)
				if len(p) == 0 {
					continue
				}
				if len(cells[i]) > 0 {
					cells[i] = append(cells[i], ' ')
				}
				cells[i] = append(cells[i], p...)
			}
			continue
		}
		if inGrid {
			flushRow()
			inGrid, rows = false, 0
		}
		out = append(out, line...)
		if found {
			out = append(out, '\n')
		}
	}
	flushRow()
	return out
}

// gridRule reports a grid table's rule: "+----+----+" or "+====+====+".
func gridRule(t []byte) bool {
	if len(t) < 3 || t[0] != '+' || t[len(t)-1] != '+' {
		return false
	}
	for _, b := range t {
		if b != '+' && b != '-' && b != '=' && b != ':' {
			return false
		}
	}
	return true
}

// hasLineStart reports whether a line of text starts with sep. It searches
// for sep itself, not for "\n"+sep: a search led by the newline stops at
// every line, and cost a dup-25 load 0.12 s (TestGridTables, TestHasLineStart).
func hasLineStart(text []byte, sep string) bool {
	for i := 0; i < len(text); {
		j := bytes.Index(text[i:], []byte(sep))
		if j < 0 {
			return false
		}
		if j += i; j == 0 || text[j-1] == '\n' {
			return true
		}
		i = j + 1
	}
	return false
}
