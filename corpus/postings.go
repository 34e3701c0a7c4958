package corpus

import "slices"

// docLists holds the doc numbers of every stem's postings, sorted within
// each stem, as 16-bit gaps: a posting takes 2 bytes instead of 4 (12 →
// 6.5 MB at 100k statements, with the stems' first docs and the skips).
//
// Stem s's postings are [off[s], off[s+1]) (index.off). The first doc of
// each list is first[s]; every later posting p holds gap[p], its doc minus
// the previous one, or gapEscape when that difference does not fit 16
// bits (rare: only sparse lists of rare words have such gaps), with the
// doc itself in far. A question about one country starts at the first
// posting in its doc range: lists longer than skipEvery postings keep
// the doc of every skipEvery-th posting (skips[skipAt[s]:]), so the start
// is found by a binary search and at most skipEvery steps, as the plain
// []uint32 was by binary search alone.
type docLists struct {
	first  []uint32          // per stem: doc of its first posting
	gap    []uint16          // per posting: doc minus the previous posting's, or gapEscape
	far    map[uint32]uint32 // posting -> doc, where gap is gapEscape
	skips  []uint32          // for long lists: doc of postings skipEvery, 2×skipEvery, ... of the list
	skipAt map[uint32]uint32 // stem -> start of its skips (stems with more than skipEvery postings)
}

const (
	gapEscape = 0xFFFF
	skipEvery = 64
)

// encodeDocs builds the gap form of docs, the doc of each posting, sorted
// within each stem's range of off.
func encodeDocs(off, docs []uint32) docLists {
	n := len(off) - 1
	d := docLists{first: make([]uint32, n), gap: make([]uint16, len(docs))}
	for s := range n {
		lo, hi := off[s], off[s+1]
		if lo == hi {
			continue
		}
		d.first[s] = docs[lo]
		for p := lo + 1; p < hi; p++ {
			if g := docs[p] - docs[p-1]; g < gapEscape {
				d.gap[p] = uint16(g)
			} else {
				d.gap[p] = gapEscape
				if d.far == nil {
					d.far = map[uint32]uint32{}
				}
				d.far[p] = docs[p]
			}
		}
		if hi-lo > skipEvery {
			if d.skipAt == nil {
				d.skipAt = map[uint32]uint32{}
			}
			d.skipAt[uint32(s)] = uint32(len(d.skips))
			for p := lo + skipEvery; p < hi; p += skipEvery {
				d.skips = append(d.skips, docs[p])
			}
		}
	}
	d.skips = slices.Clip(d.skips)
	return d
}

// next returns the doc of posting p, which follows a posting of doc prev
// in the same list.
func (d *docLists) next(p, prev uint32) uint32 {
	if g := d.gap[p]; g != gapEscape {
		return prev + uint32(g)
	}
	return d.far[p]
}

// seek returns the first posting of stem s (postings [lo, hi) of off) whose
// doc is at least doc, and that doc; p == hi when there is none.
func (d *docLists) seek(s, lo, hi, doc uint32) (p, at uint32) {
	p, at = lo, d.first[s]
	if at >= doc || lo == hi {
		return p, at
	}
	if k, ok := d.skipAt[s]; ok {
		sk := d.skips[k : k+(hi-lo-1)/skipEvery]
		// The last skip below doc: the scan starts there.
		if i, _ := slices.BinarySearch(sk, doc); i > 0 {
			p, at = lo+uint32(i)*skipEvery, sk[i-1]
		}
	}
	for at < doc {
		if p++; p == hi {
			return p, 0
		}
		at = d.next(p, at)
	}
	return p, at
}
