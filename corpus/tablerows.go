package corpus

import (
	"bytes"
	"strings"
)

// Two table shapes no corpus had (TestPages5Corpus): a table whose country
// sits in a column after the first ("| Speaker | Delegation | Key message
// |": the first cell is a person, so the row had no label and took the
// row before's holder, Slovakia holding Cabo Verde's words), and a table
// exported with " | " between its cells and no Markdown rule ("Member State
// | Date of reply | Summary of views"), which was read as prose: its header
// joined the first row and every row after went on the first row's block.

// countryFieldNames are the column headers that name a row's country, as
// a record's country field does (recordRe).
var countryFieldNames = toSet(`country state delegation nation país pais estado delegación delegacion pays état etat délégation delegation`)

// countryColumn returns the column after the first whose header names the
// row's country ("Delegation", "Member State", "País"), or 0.
func countryColumn(header []string) int {
	for i := 1; i < len(header); i++ {
		h := strings.ToLower(header[i])
		h = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(h, " membre"), " miembro"), " name")
		h = strings.TrimPrefix(h, "member ")
		if countryFieldNames[h] {
			return i
		}
	}
	return 0
}

// countryFieldRow renders a row whose country is in column k as a record
// opening with its country field: "Delegation: Slovakia — Speaker: Ms.
// Anna Novak; Key message: …". The field labels the row (turnLabel), and
// a field naming no country ("Delegation: Microsoft") makes it nobody's.
func countryFieldRow(dst []byte, cells, header []string, k int) []byte {
	dst = append(append(append(dst, header[k]...), ": "...), cells[k]...)
	n := 0
	for i, c := range cells {
		if i == k || c == "" {
			continue
		}
		if n == 0 {
			dst = append(dst, " — "...)
		} else {
			dst = append(dst, "; "...)
		}
		if header[i] != "" {
			dst = append(append(dst, header[i]...), ": "...)
		}
		dst = append(dst, c...)
		n++
	}
	if !endsSentence(dst) {
		dst = append(dst, '.')
	}
	return dst
}

// pipeCells splits a line of a table exported with " | " between its
// cells (no bar at either end) into its trimmed cells.
func pipeCells(line []byte) []string {
	cells := strings.Split(string(line), " | ")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// maxPipeHeader bounds a pipe-separated table's header line (a few cells
// of at most 40 bytes): the line loop looks for a bar only in lines this
// short, so the long lines of prose that end no sentence (most of a
// wrapped page's bytes) are not searched.
const maxPipeHeader = 200

// pipeHeader reports a line that heads a table exported with " | "
// between its cells: two cells or more, each short and none empty, and the
// next line a row of two cells or more but no more than the header's. The
// line loop asks only of a line that ends no sentence and holds a bar.
func pipeHeader(line, next []byte) bool {
	if line[0] == '|' || !bytes.Contains(line, []byte(" | ")) || len(next) == 0 || next[0] == '|' {
		return false
	}
	cells := pipeCells(line)
	for _, c := range cells {
		if c == "" || len(c) > 40 {
			return false
		}
	}
	n := bytes.Count(next, []byte(" | ")) + 1
	return n >= 2 && n <= len(cells)
}
