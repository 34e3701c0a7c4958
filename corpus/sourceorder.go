package corpus

import (
	"sync"
	"sync/atomic"
)

// sourceOrder remembers, per statement, whether its sources are plain
// (see SourcesInOrder): two bits a statement, known and plain, filled on
// first asking.
type sourceOrder struct {
	once sync.Once
	bits []atomic.Uint32 // 16 statements a word
}

const (
	orderKnown = 1 << iota
	orderPlain
)

// SourcesInOrder reports whether st's sources are all undated and
// listed in strictly increasing ID order: they are then already in
// Citations' order (newest first, undated last, ties by ID) and an answer
// can cite them as listed, without sorting.
//
// For a statement of c (its ID, and a source list of the very ID strings
// c holds for it, as Statement gives them) the answer is kept. Finding it compares every source ID with the one
// before, and at 100k statements those IDs (one string per file, ~25 per
// statement) lie all over the heap: the comparisons were the cache
// misses of a tenth of a stance question, asked again for every answer
// (TestSourcesInOrder holds the kept answer to the check).
func (c *Corpus) SourcesInOrder(st *Statement) bool {
	i := st.ID
	if len(st.Sources) == 0 {
		return true
	}
	if i < 0 || i >= c.Len() {
		return c.sourcesPlain(st.Sources)
	}
	if !c.stmts.isSourceList(i, st.Sources) {
		return c.sourcesPlain(st.Sources) // not the list kept for statement i
	}
	o := &c.srcOrder
	o.once.Do(func() { o.bits = make([]atomic.Uint32, (c.Len()+15)/16) })
	w, shift := &o.bits[i/16], uint(i%16)*2
	if v := w.Load() >> shift; v&orderKnown != 0 {
		return v&orderPlain != 0
	}
	plain := c.sourcesPlain(st.Sources)
	v := uint32(orderKnown)
	if plain {
		v |= orderPlain
	}
	w.Or(v << shift)
	return plain
}

// sourcesPlain is the check SourcesInOrder keeps: every source undated
// and each ID above the one before.
func (c *Corpus) sourcesPlain(ids []string) bool {
	for k, id := range ids {
		if k > 0 && ids[k-1] >= id || !c.Source(id).Date.IsZero() {
			return false
		}
	}
	return true
}
