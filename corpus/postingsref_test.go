package corpus

import "math"

// (The build encodes from the terms: see encodeDocPostings. This is the
// reference it is held to, from every posting laid out first.)

// encodePostings encodes the lists given as postings [off[s], off[s+1])
// of docs (ascending within each list) with frequency tf(p) (≥ 0), sizing
// every array exactly: a first pass measures, a second writes.
func encodePostings(off, docs []uint32, tf func(p uint32) uint32) postings {
	n := len(off) - 1
	var p postings
	p.off = make([]uint32, n+1)
	size, nskips := 0, 0
	for s := range n {
		lo, hi := off[s], off[s+1]
		prev := uint32(0)
		for q := lo; q < hi; q++ {
			size += postingLen(docs[q]-prev, tf(q))
			prev = docs[q]
		}
		if df := hi - lo; df > 0 {
			size += uvarintLen(uint64(df))
			if df > skipEvery {
				size += uvarintLen(uint64(nskips))
				nskips += 2 * int((df-1)/skipEvery)
			}
		}
		if size > math.MaxUint32 {
			panic("corpus: postings over 4 GB") // 10^9 postings: far past what a corpus in memory holds
		}
		p.off[s+1] = uint32(size)
	}
	p.data = make([]byte, 0, size)
	p.skips = make([]uint32, 0, nskips)
	for s := range n {
		lo, hi := off[s], off[s+1]
		if lo == hi {
			continue
		}
		start := len(p.data)
		p.data = appendUvarint(p.data, uint64(hi-lo))
		if hi-lo > skipEvery {
			p.data = appendUvarint(p.data, uint64(len(p.skips)))
		}
		prev := uint32(0)
		for q := lo; q < hi; q++ {
			if k := q - lo; k > 0 && k%skipEvery == 0 {
				p.skips = append(p.skips, prev, uint32(len(p.data)-start))
			}
			p.data = appendPosting(p.data, docs[q]-prev, tf(q))
			prev = docs[q]
		}
		if len(p.data) != int(p.off[s+1]) {
			panic("corpus: postings sized wrongly") // the two passes disagree: a bug, not bad input
		}
	}
	return p
}
