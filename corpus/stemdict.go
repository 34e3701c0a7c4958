package corpus

import (
	"hash/maphash"
	"math/bits"
	"sync/atomic"
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
	// front memoises the question path's look-ups (see idMemo); nil in a
	// dictionary small enough to stay in cache.
	front *idFront
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
	if n >= idFrontMinStems {
		d.front = new(idFront)
	}
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
	return d.probe(maphash.String(d.seed, s), s)
}

// probe is id with s's hash h.
func (d *stemDict) probe(h uint64, s string) (uint32, bool) {
	mask := uint64(len(d.slots) - 1)
	for h &= mask; ; h = (h + 1) & mask {
		v := d.slots[h]
		if v == 0 {
			return 0, false
		}
		if d.stem(v-1) == s {
			return v - 1, true
		}
	}
}

// idFrontSize is the number of slots of an idFront (a power of two): a
// question looks up a few stems, and a chat's questions share much of
// their vocabulary ("attribution", "norms").
const idFrontSize = 1 << 14

// idFrontMinStems is the size from which a dictionary keeps an idFront:
// a smaller one (32k stems: 256 KB of slots, and the words) stays in
// the caches that hold a question's other data, and its look-ups cost
// what the front's do.
const idFrontMinStems = 1 << 15

// idFront is a memo of stemDict.id in front of it, for the look-ups of
// questions (idMemo). At 100k statements (~200k stems) an id look-up is
// three dependent reads of large tables (the slot, the stem's offset, its
// bytes), each a cache miss more often than not: 7 % of a stance
// question's CPU, and a question looks each topic stem up three times
// (the spelling check's KnownWord, prepare's document frequency, the
// scorer). Slots go in pairs, a stem in either of its pair's, so that two
// stems of one pair do not take each other's place while the pair has
// room; an entry is never written once stored.
type idFront struct {
	slots [idFrontSize]atomic.Pointer[idEntry]
}

// idEntry is one stem's look-up, the stem held in the entry itself (one
// small allocation without pointers, compared without reading further).
type idEntry struct {
	key [idKeyMax]byte
	n   uint8 // the stem is key[:n]
	ok  bool
	id  uint32 // when ok
}

// idKeyMax is the longest stem the front keeps; a longer one is looked
// up in the dictionary each time.
const idKeyMax = 22

// idMemo is id through the dictionary's front (the same answer: the
// dictionary never changes once built; TestStemDictIDMemo). It is for the
// question path: a load's look-ups would only churn the front.
func (d *stemDict) idMemo(s string) (uint32, bool) {
	if len(d.slots) == 0 {
		return 0, false
	}
	h := maphash.String(d.seed, s)
	if d.front == nil || len(s) > idKeyMax {
		return d.probe(h, s)
	}
	// The high bits pick the front's pair, the low bits the table's slot.
	at := (h >> 40) & (idFrontSize - 2)
	pair := d.front.slots[at : at+2 : at+2]
	e0, e1 := pair[0].Load(), pair[1].Load()
	if e0 != nil && string(e0.key[:e0.n]) == s {
		return e0.id, e0.ok
	}
	if e1 != nil && string(e1.key[:e1.n]) == s {
		return e1.id, e1.ok
	}
	id, ok := d.probe(h, s)
	e := &idEntry{ok: ok, id: id}
	e.n = uint8(copy(e.key[:], s))
	switch {
	case e0 == nil:
		pair[0].Store(e)
	case e1 == nil:
		pair[1].Store(e)
	default:
		pair[(h>>39)&1].Store(e)
	}
	return id, ok
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
