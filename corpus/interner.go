package corpus

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
)

// interner numbers the stems of one load for its concurrent analysis
// workers, and memoises each distinct word's stem ID, so a word is
// stemmed once per load.
//
// Its tables are pointer-free (the bytes of every word and stem in
// arenas, entries as offsets): at 100k statements they hold ~200k words
// and as many stems, which as maps of strings were ~30 MB of allocation
// and a million pointers for every collection during the load to trace.
// The memo is freed with the load, never kept process-wide: the
// process-wide Stem cache, which the load once filled, kept every word of
// the corpus alive after it (TestIndexBuildLeavesStemCache).
type interner struct {
	seed  maphash.Seed
	next  atomic.Uint32
	words [internShards]lockedTable // word -> stem ID (val), stopID for a stop word
	stems [internShards]lockedTable // stem -> stem ID (val); aux holds the first word seen with it
}

const internShards = 32

type lockedTable struct {
	sync.Mutex
	strTable
}

func newInterner() *interner { return &interner{seed: maphash.MakeSeed()} }

// shard splits a hash into a shard and the hash within it.
func shard(h uint64) (int, uint32) { return int(h % internShards), uint32(h >> 32) }

// word returns the stem ID of lower-case word w, stemming it on first
// sight; stopID for a stop word.
func (in *interner) word(w string) uint32 {
	k, h := shard(maphash.String(in.seed, w))
	t := &in.words[k]
	t.Lock()
	e, ok := t.find(h, w)
	var id uint32
	if ok {
		id = t.val[e]
	}
	t.Unlock()
	if ok {
		return id
	}
	if stopWords[w] {
		id = stopID
	} else {
		id = in.stem(stemWord(w), w)
	}
	t.Lock()
	if _, ok := t.find(h, w); !ok {
		t.add(h, w, id, "")
	}
	t.Unlock()
	return id
}

// stem returns the ID of stem s, seen as the word w ("" for none: see
// reserve). The first word seen with a stem is kept, and whether another
// was seen too (see buildIndex).
func (in *interner) stem(s, w string) uint32 {
	k, h := shard(maphash.String(in.seed, s))
	t := &in.stems[k]
	t.Lock()
	defer t.Unlock()
	if e, ok := t.find(h, s); ok {
		switch {
		case w == "" || t.auxIs(e, w):
		case t.auxIs(e, "") && !t.multi(e):
			t.setAux(e, w)
		default:
			t.setMulti(e)
		}
		return t.val[e]
	}
	id := in.next.Add(1) - 1
	t.add(h, s, id, w)
	return id
}

// eachStem calls fn with every stem, its ID, the first word seen with it
// and whether others were.
func (in *interner) eachStem(fn func(stem string, id uint32, surface string, multi bool)) {
	for k := range in.stems {
		t := &in.stems[k]
		for e := range len(t.val) {
			fn(t.str(e), t.val[e], t.aux(e), t.multi(e))
		}
	}
}

// free drops the tables (the IDs handed out stay valid).
func (in *interner) free() {
	for k := range in.words {
		in.words[k].strTable = strTable{}
		in.stems[k].strTable = strTable{}
	}
}

// strTable is an open-addressing table of strings with a uint32 value
// and a second string each, all pointer-free: entry e's string is
// bytes[end[e-1]:end[e]] (from 0 for the first), its second string
// auxBytes[auxStart[e]:auxEnd[e]&^auxMulti].
type strTable struct {
	slots    []uint32 // entry+1, 0 empty; at most half full
	hash     []uint32 // per entry
	end      []uint32
	val      []uint32
	auxEnd   []uint32 // top bit: multi (see interner.stem)
	auxStart []uint32
	bytes    []byte
	auxBytes []byte
}

const auxMulti = 1 << 31

func (t *strTable) str(e int) string {
	lo := uint32(0)
	if e > 0 {
		lo = t.end[e-1]
	}
	return string(t.bytes[lo:t.end[e]])
}

func (t *strTable) equal(e int, s string) bool {
	lo := uint32(0)
	if e > 0 {
		lo = t.end[e-1]
	}
	return string(t.bytes[lo:t.end[e]]) == s // compared in place, no copy
}

func (t *strTable) aux(e int) string {
	return string(t.auxBytes[t.auxStart[e] : t.auxEnd[e]&^auxMulti])
}

// auxIs reports whether entry e's second string is s.
func (t *strTable) auxIs(e int, s string) bool {
	return string(t.auxBytes[t.auxStart[e]:t.auxEnd[e]&^auxMulti]) == s // compared in place, no copy
}

func (t *strTable) multi(e int) bool { return t.auxEnd[e]&auxMulti != 0 }

func (t *strTable) setMulti(e int) { t.auxEnd[e] |= auxMulti }

// setAux sets entry e's second string (its old one is left unused).
func (t *strTable) setAux(e int, s string) {
	t.auxStart[e] = uint32(len(t.auxBytes))
	t.auxBytes = append(t.auxBytes, s...)
	t.auxEnd[e] = uint32(len(t.auxBytes)) | t.auxEnd[e]&auxMulti
}

// find returns the entry of s (hash h).
func (t *strTable) find(h uint32, s string) (int, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		v := t.slots[i]
		if v == 0 {
			return 0, false
		}
		if e := int(v - 1); t.hash[e] == h && t.equal(e, s) {
			return e, true
		}
	}
}

// add appends s (hash h, not in t) with value v and second string aux,
// and returns its entry.
func (t *strTable) add(h uint32, s string, v uint32, aux string) int {
	e := len(t.val)
	if 2*(e+1) > len(t.slots) {
		t.grow()
	}
	t.bytes = append(t.bytes, s...)
	t.end = append(t.end, uint32(len(t.bytes)))
	t.hash = append(t.hash, h)
	t.val = append(t.val, v)
	t.auxStart = append(t.auxStart, uint32(len(t.auxBytes)))
	t.auxBytes = append(t.auxBytes, aux...)
	t.auxEnd = append(t.auxEnd, uint32(len(t.auxBytes)))
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if t.slots[i] == 0 {
			t.slots[i] = uint32(e + 1)
			return e
		}
	}
}

func (t *strTable) grow() {
	n := max(64, 2*len(t.slots))
	t.slots = make([]uint32, n)
	mask := uint32(n - 1)
	for e, h := range t.hash {
		for i := h & mask; ; i = (i + 1) & mask {
			if t.slots[i] == 0 {
				t.slots[i] = uint32(e + 1)
				break
			}
		}
	}
}
