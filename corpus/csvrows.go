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
país pais países paises estado estados delegación delegacion pays état etat états etats délégation`)

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
// first naming countries ("Country", "País", "Pays"), and a next line with
// as many cells at most (at least two).
func csvHeader(line, next []byte) bool {
	if bytes.IndexByte(line, ',') < 0 || bytes.IndexByte(next, ',') < 0 {
		return false
	}
	first, _, _ := bytes.Cut(line, []byte(","))
	if !csvFirstColumns[strings.ToLower(strings.TrimSpace(string(first)))] {
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
