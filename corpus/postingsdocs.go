package corpus

import "math"

// encodeDocPostings encodes the postings of docs 0..ndocs-1 in the format
// of encodePostings (and to the same bytes), reading each doc's terms
// twice through terms(doc, fn), which calls fn(stem, tf) for each stem of
// the doc; df[s] is the number of postings of stem s.
//
// encodePostings needs every posting laid out first, its doc and
// frequency in parallel arrays: at 100k statements 4.3M postings, 17 MB
// of docs and 4 MB of frequencies, on top of the statements' terms (8.6
// MB) they were copied from, at the index build's peak, which was the
// load's (docs/PERFORMANCE.md, "Index postings encoded from the terms").
// Here a first pass over the docs measures each list, a second writes
// each posting at its list's cursor: 12 bytes a stem of scratch (~2.4 MB)
// instead.
func encodeDocPostings(df []uint32, ndocs int, terms func(doc int, fn func(stem, tf uint32))) postings {
	n := len(df)
	var p postings
	p.off = make([]uint32, n+1)
	prev := make([]uint32, n) // the stem's last doc
	// First pass: the bytes of each list's postings, in p.off[s+1].
	for doc := range ndocs {
		d := uint32(doc)
		terms(doc, func(s, tf uint32) {
			p.off[s+1] += uint32(postingLen(d-prev[s], tf))
			prev[s] = d
		})
	}
	// The lists' headers, and their places.
	size, nskips := 0, 0
	for s := range n {
		size += int(p.off[s+1])
		if d := df[s]; d > 0 {
			size += uvarintLen(uint64(d))
			if d > skipEvery {
				size += uvarintLen(uint64(nskips))
				nskips += 2 * int((d-1)/skipEvery)
			}
		}
		if size > math.MaxUint32 {
			panic("corpus: postings over 4 GB") // 10^9 postings: far past what a corpus in memory holds
		}
		p.off[s+1] = uint32(size)
	}
	p.data = make([]byte, size)
	p.skips = make([]uint32, nskips)
	pos := make([]uint32, n) // where the stem's next posting goes
	cnt := make([]uint32, n) // postings of the stem written
	nskips = 0
	for s := range n {
		clear(prev[s : s+1])
		b := p.data[:p.off[s]]
		if d := df[s]; d > 0 {
			b = appendUvarint(b, uint64(d))
			if d > skipEvery {
				b = appendUvarint(b, uint64(nskips))
				nskips += 2 * int((d-1)/skipEvery)
			}
		}
		pos[s] = uint32(len(b))
	}
	// Second pass: each posting at its list's cursor; every skipEvery-th
	// has a skip pair (the previous doc, its offset in the list).
	for doc := range ndocs {
		d := uint32(doc)
		terms(doc, func(s, tf uint32) {
			if k := cnt[s]; k > 0 && k%skipEvery == 0 {
				_, i := readUvarint(p.data, int(p.off[s])) // df
				base, _ := readUvarint(p.data, i)
				j := int(base) + 2*int(k/skipEvery-1)
				p.skips[j], p.skips[j+1] = prev[s], pos[s]-p.off[s]
			}
			pos[s] = uint32(len(appendPosting(p.data[:pos[s]], d-prev[s], tf)))
			prev[s] = d
			cnt[s]++
		})
	}
	for s := range n {
		if pos[s] != p.off[s+1] || cnt[s] != df[s] {
			panic("corpus: postings sized wrongly") // the two passes disagree: a bug, not bad input
		}
	}
	return p
}
