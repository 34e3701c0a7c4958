package corpus

import (
	"encoding/binary"
	"unsafe"
)

// AppendStatements appends the statements ids (each 0 ≤ id < Len()) to
// dst, in that order, as Statement gives them, and returns the extended
// slice. Their texts share one allocation: an answer shows two to ten
// statements, and decoding each into a string of its own was an
// allocation per statement shown on every question
// (TestAppendStatementsMatchesStatement, BenchmarkAppendStatements). The
// texts are immutable and live as long as any one of them does.
func (c *Corpus) AppendStatements(dst []Statement, ids ...int) []Statement {
	return c.stmts.appendStatements(dst, ids)
}

// appendStatements is AppendStatements on the store. The statements'
// source lists share one allocation too (see sourcesIn).
func (s *stmtStore) appendStatements(dst []Statement, ids []int) []Statement {
	if len(ids) < 2 {
		for _, id := range ids {
			dst = append(dst, s.statement(id))
		}
		return dst
	}
	nsrc := 0
	for _, id := range ids {
		nsrc += int(s.lists[s.recs[id].src].n)
	}
	var srcs []string
	if nsrc > 0 {
		srcs = make([]string, nsrc)
	}
	total := 0
	if s.codec != nil {
		for _, id := range ids {
			if r := &s.recs[id]; r.textLen > 0 {
				n, _ := binary.Uvarint(s.chunks[r.chunk][r.off : r.off+r.textLen])
				total += int(n)
			}
		}
	}
	if total == 0 {
		for _, id := range ids {
			st := s.metaIn(id, &srcs)
			if s.codec == nil {
				st.Text = s.textOf(&s.recs[id]) // a view of the arena: no allocation
			} // else every text is empty
			dst = append(dst, st)
		}
		return dst
	}
	// 16 bytes more than the texts: decodeInto writes a short token as two
	// whole 8-byte words, whatever follows it. A text's overrun lands in
	// the next text's room, which its own decode then writes; no string
	// already made covers it.
	buf := make([]byte, total+16)
	w := 0
	for _, id := range ids {
		st := s.metaIn(id, &srcs)
		if r := &s.recs[id]; r.textLen > 0 {
			b := s.chunks[r.chunk][r.off : r.off+r.textLen]
			n, at := binary.Uvarint(b)
			if n > 0 {
				if got := s.codec.decodeInto(buf[w:], b[at:]); got != int(n) {
					panic("corpus: coded text decodes to a different length")
				}
				st.Text = unsafe.String(&buf[w], int(n)) // these bytes are not written again
				w += int(n)
			}
		}
		dst = append(dst, st)
	}
	return dst
}

// HasSourceMeta reports whether any source of c has metadata (from
// sources.tsv or front matter). Without any, Source(id) is Source{ID: id}
// for every id, and a caller citing many sources need not look each one
// up: an answer cites ~25 at dup 25, each a map look-up and a copy of a
// Source (bot's TestCitationsOnePass).
func (c *Corpus) HasSourceMeta() bool { return len(c.meta) > 0 }
