package corpus

// postings holds every stem's posting list (the docs holding the stem,
// ascending, each with the stem's frequency in it) as one byte stream of
// varints, the way the load's index terms are written (see nextTerm).
//
// Stem s's list is data[off[s]:off[s+1]]:
//
//	uvarint(df)                          postings in the list
//	uvarint(skip) if df > skipEvery      index in skips of the list's first skip pair
//	per posting: uvarint(gap<<1 | f)     gap: doc minus the previous posting's (the first: the doc itself)
//	             uvarint(tf) if f == 1   f is set when tf is not 1
//
// A posting takes 1.3–1.5 bytes at 100k statements, where parallel arrays
// of 16-bit gaps and 8-bit frequencies with a 32-bit first doc and a
// 32-bit posting offset per stem took 3 bytes and more (11.5 → ~6 MB;
// TestPostingsCompact): most postings are in lists of frequent words,
// whose gaps fit 6 bits, and most frequencies are 1. No escape tables
// either: a gap or frequency of any size is one more varint byte.
//
// A question about one country starts at the first posting in its doc
// range. Lists longer than skipEvery postings keep, for postings
// skipEvery, 2×skipEvery, ..., the doc of the posting before it and where
// its bytes start (skips[2k], skips[2k+1]), so the start is found by a
// binary search and at most skipEvery decodes, as before.
type postings struct {
	off   []uint32 // len stems+1: start of each stem's bytes in data
	data  []byte
	skips []uint32 // pairs: doc of the posting before a skip point, offset of the skip point's bytes (from off[s])
}

const skipEvery = 64

func uvarintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

func appendUvarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func postingLen(gap, tf uint32) int {
	if tf == 1 {
		return uvarintLen(uint64(gap) << 1)
	}
	return uvarintLen(uint64(gap)<<1|1) + uvarintLen(uint64(tf))
}

func appendPosting(b []byte, gap, tf uint32) []byte {
	if tf == 1 {
		return appendUvarint(b, uint64(gap)<<1)
	}
	return appendUvarint(appendUvarint(b, uint64(gap)<<1|1), uint64(tf))
}

// readUvarint decodes the varint at b[i:]; the encoder wrote it.
func readUvarint(b []byte, i int) (uint64, int) {
	var v uint64
	for k := uint(0); ; k += 7 {
		c := b[i]
		i++
		v |= uint64(c&0x7F) << k
		if c < 0x80 {
			return v, i
		}
	}
}

// df returns the number of postings of stem s.
func (p *postings) df(s uint32) int {
	lo := p.off[s]
	if lo == p.off[s+1] {
		return 0
	}
	if c := p.data[lo]; c < 0x80 {
		return int(c)
	}
	v, _ := readUvarint(p.data, int(lo))
	return int(v)
}

// postIter walks one posting list. After a successful next, doc and tf
// are the current posting's.
type postIter struct {
	data []byte // the list's postings, from its header on
	i    int    // next byte to read
	left uint32 // postings not yet read
	doc  uint32
	tf   uint32
	skip int // index in skips of the list's first pair; -1 without skips
	df   uint32
}

// iter returns an iterator over stem s's list, before its first posting.
func (p *postings) iter(s uint32) postIter {
	b := p.data[p.off[s]:p.off[s+1]]
	if len(b) == 0 {
		return postIter{skip: -1}
	}
	df, i := readUvarint(b, 0)
	it := postIter{data: b, left: uint32(df), df: uint32(df), skip: -1}
	if df > skipEvery {
		var k uint64
		k, i = readUvarint(b, i)
		it.skip = int(k)
	}
	it.i = i
	return it
}

// next moves to the next posting and reports whether there is one. The
// common posting (a 6-bit gap, frequency 1) is one byte and one branch.
func (it *postIter) next() bool {
	if it.left == 0 {
		return false
	}
	it.left--
	if c := it.data[it.i]; c&0x81 == 0 {
		it.i++
		it.doc += uint32(c >> 1)
		it.tf = 1
	} else {
		it.slow()
	}
	return true
}

// slow decodes a posting of more than one byte or with a frequency.
func (it *postIter) slow() {
	var gap uint32
	gap, it.tf, it.i = slowPosting(it.data, it.i)
	it.doc += gap
}

// slowPosting decodes the posting at data[i:]: its gap, its frequency
// and where the next posting starts.
func slowPosting(data []byte, i int) (gap, tf uint32, next int) {
	v, i := readUvarint(data, i)
	tf = 1
	if v&1 != 0 {
		var f uint64
		f, i = readUvarint(data, i)
		tf = uint32(f)
	}
	return uint32(v >> 1), tf, i
}

// seek moves to the first posting whose doc is at least doc and reports
// whether there is one; it must be called before any next, on an
// iterator from iter, with the list's skips.
func (it *postIter) seek(skips []uint32, doc uint32) bool {
	if it.skip >= 0 {
		// Skip pair j covers posting (j+1)*skipEvery; take the last one
		// whose previous doc is below doc: the posting sought is at or
		// after it.
		sk := skips[it.skip : it.skip+2*(int(it.df-1)/skipEvery)]
		lo, hi := 0, len(sk)/2
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if sk[2*m] < doc {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo > 0 {
			j := lo - 1
			it.doc, it.i = sk[2*j], int(sk[2*j+1])
			it.left = it.df - uint32(j+1)*skipEvery
		}
	}
	for it.next() {
		if it.doc >= doc {
			return true
		}
	}
	return false
}
