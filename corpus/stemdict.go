package corpus

import (
	"hash/maphash"
	"math/bits"
	"unsafe"
)

// stemDict maps the corpus's stems to their dense IDs (0..n-1) and keeps,
// per stem found in at least two statements, the first corpus word seen
// with it (its surface form, for the typo vocabulary, which reads no
// other: see vocab); other stems have an empty surface.
//
// It is hand-written rather than a map[string]uint32 and a []string
// because of its size: the generated 100k-statement corpus has ~200k
// stems (two unique words a statement), and the map with its keys and
// the surface strings took ~16 MB of the kept index, about 80 bytes a
// stem. Here every stem and surface word lives in one string (substrings
// share it), with one uint32 offset a stem, and the table is open
// addressing over uint32 slots: ~20 bytes a stem
// (TestStemDictCompact, TestIndexBytesPerStatement). A lookup is one hash
// and, nearly always, one comparison, as fast as the map's. A stem's
// entry in words starts with its length (a varint), so the comparison
// reads one cache line, not a second table of lengths.
type stemDict struct {
	seed  maphash.Seed
	words string   // per stem: uvarint(len(stem)), stem, surface
	off   []uint32 // n+1 offsets into words: stem i's entry is words[off[i]:off[i+1]]
	slots []uint32 // power-of-two table, stem ID+1 per used slot, 0 when empty
}

// newStemDict builds the dictionary of stems (indexed by ID) with their
// surface words.
func newStemDict(stems, surface []string) stemDict {
	n := len(stems)
	size := 0
	for i := range stems {
		size += uvarintLen(uint64(len(stems[i]))) + len(stems[i]) + len(surface[i])
	}
	b := make([]byte, 0, size)
	d := stemDict{seed: maphash.MakeSeed(), off: make([]uint32, n+1)}
	for i := range stems {
		b = appendUvarint(b, uint64(len(stems[i])))
		b = append(append(b, stems[i]...), surface[i]...)
		d.off[i+1] = uint32(len(b))
	}
	d.words = unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
	// At most half full: a miss (a question word the corpus lacks) ends at
	// an empty slot after a probe or two.
	d.slots = make([]uint32, 1<<bits.Len(uint(2*n)))
	mask := uint64(len(d.slots) - 1)
	for id := range n {
		for h := maphash.String(d.seed, stems[id]) & mask; ; h = (h + 1) & mask {
			if d.slots[h] == 0 {
				d.slots[h] = uint32(id) + 1
				break
			}
		}
	}
	return d
}

// len is the number of stems.
func (d *stemDict) len() int { return max(len(d.off)-1, 0) }

// id returns the ID of stem s.
func (d *stemDict) id(s string) (uint32, bool) {
	if len(d.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(d.slots) - 1)
	for h := maphash.String(d.seed, s) & mask; ; h = (h + 1) & mask {
		v := d.slots[h]
		if v == 0 {
			return 0, false
		}
		if d.stem(v-1) == s {
			return v - 1, true
		}
	}
}

// stem returns the stem with ID id.
func (d *stemDict) stem(id uint32) string {
	at := int(d.off[id])
	if n := d.words[at]; n < 0x80 {
		return d.words[at+1 : at+1+int(n)]
	}
	n, k := uvarint(d.words, at)
	return d.words[at+k : at+k+int(n)]
}

// surface returns the first corpus word seen with stem id.
func (d *stemDict) surface(id uint32) string {
	n, k := uvarint(d.words, int(d.off[id]))
	return d.words[int(d.off[id])+k+int(n) : d.off[id+1]]
}
