package corpus

import (
	"bytes"
	"encoding/csv"
	"strings"
)

// A tracker exported from a spreadsheet and saved as text is comma-
// separated: "Country,Position on treaty,Source" over one row a country.
// Read as prose, its rows ran together into one paragraph, which the first
// row's country held with every other country's position
// (TestCSVRows). Its rows are read as a tab-separated table's are, with
// encoding/csv for the quoting ("Uganda,\"Supports a convention, citing
// gaps\",OEWG 2025").

// csvFirstColumns name a table's first column when its rows are countries.
var csvFirstColumns = toSet(`country countries state states delegation delegations nation nations government jurisdiction member
país pais países paises estado estados delegación delegacion pays état etat états etats délégation
État États Délégation`)

// csvCells splits a comma-separated line into its trimmed cells (nil when
// it is no well-formed record).
func csvCells(line []byte) []string {
	r := csv.NewReader(bytes.NewReader(line))
	r.FieldsPerRecord, r.LazyQuotes = -1, true
	rec, err := r.Read()
	if err != nil {
		return nil
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
	}
	for len(rec) > 0 && rec[len(rec)-1] == "" {
		rec = rec[:len(rec)-1]
	}
	return rec
}

// csvHeader reports a comma-separated table's header: short cells, the
// first naming countries ("Country", "País", "Pays"), and a next line (the
// first of rest) with as many cells at most (at least two).
func csvHeader(line, rest []byte) bool {
	// Most lines of a load have no comma in their first 16 bytes, or not
	// after a column word: one byte search and a look-up on the stack
	// spare them the rest (it ran on every line with commas: 3% of a
	// 100k-statement load's CPU when it lowered a copy of each).
	i := bytes.IndexByte(line[:min(len(line), 17)], ',')
	if i < 4 || !csvFirstColumn(line[:i]) {
		return false
	}
	next := firstLine(rest)
	if bytes.IndexByte(next, ',') < 0 {
		return false
	}
	cells := csvCells(line)
	if len(cells) < 2 {
		return false
	}
	for _, c := range cells {
		if c == "" || len(c) > 40 {
			return false
		}
	}
	n := len(csvCells(next))
	return n >= 2 && n <= len(cells)
}

// csvFirstColumn reports whether b, a line's first comma-separated cell,
// is one of csvFirstColumns, its ASCII capitals lowered in a buffer on
// the stack.
func csvFirstColumn(b []byte) bool {
	var buf [16]byte
	b = bytes.TrimSpace(b)
	if len(b) > len(buf) {
		return false
	}
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return csvFirstColumns[string(buf[:len(b)])]
}
