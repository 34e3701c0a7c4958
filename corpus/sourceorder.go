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

// SourcesInOrder reports whether statement i's sources are all undated
// and listed in strictly increasing ID order: they are then already in
// Citations' order (newest first, undated last, ties by ID) and an answer
// can cite them as listed, without sorting.
//
// The answer is kept per statement. Finding it compares every source ID
// with the one before, and at 100k statements those IDs (one string per
// file, ~25 per statement) lie all over the heap: the comparisons were
// the cache misses of a tenth of a stance question, asked again for
// every answer (TestSourcesInOrder holds the kept answer to the check).
func (c *Corpus) SourcesInOrder(i int) bool {
	o := &c.srcOrder
	o.once.Do(func() { o.bits = make([]atomic.Uint32, (len(c.Statements)+15)/16) })
	w, shift := &o.bits[i/16], uint(i%16)*2
	if v := w.Load() >> shift; v&orderKnown != 0 {
		return v&orderPlain != 0
	}
	plain := c.sourcesPlain(c.Statements[i].Sources)
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
