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

func newInterner() *interner {
	in := &interner{seed: maphash.MakeSeed()}
	for k := range in.stems {
		in.stems[k].hasAux = true
	}
	return in
}

// shard splits a hash into a shard and the hash within it.
func shard(h uint64) (int, uint32) { return int(h % internShards), uint32(h >> 32) }

// word returns the stem ID of lower-case word w, stemming it on first
// sight; stopID for a stop word.
func (in *interner) word(w string) uint32 { return in.wordHashed(w, maphash.String(in.seed, w)) }

// wordHashed is word with w's hash under in.seed already taken (the
// workers' word caches are indexed by the same hash: a word is hashed
// once, not again on a miss).
func (in *interner) wordHashed(w string, hash uint64) uint32 {
	k, h := shard(hash)
	t := &in.words[k]
	// The shard stays locked while a new word is stemmed (a microsecond):
	// another worker waits only for a word of the same shard, and the
	// word is looked up once, not again after stemming.
	t.Lock()
	defer t.Unlock()
	if e, ok := t.find(h, w); ok {
		return t.at(e).val
	}
	id := stopID
	if !stopWords[w] {
		id = in.stem(stemWord(w), w) // stem shards are never locked before word shards
	}
	t.add(h, w, id, "")
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
	if x, ok := t.find(h, s); ok {
		a := t.auxAt(x)
		switch {
		case w == "" || t.is(a.ref, a.n&^auxMulti, w):
		case a.n == 0:
			a.ref, a.n = t.store(w)
		default:
			a.n |= auxMulti
		}
		return t.at(x).val
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
		for e := range t.n {
			x, a := t.at(e), t.auxAt(e)
			fn(t.str(x.ref, x.n), x.val, t.str(a.ref, a.n&^auxMulti), a.n&auxMulti != 0)
		}
	}
}

// free drops the tables (the IDs handed out stay valid).
func (in *interner) free() {
	for k := range in.words {
		in.words[k].strTable = strTable{}
		in.stems[k].strTable = strTable{hasAux: true}
	}
}

// strTable is an open-addressing table of strings, each with a uint32
// value and a second string, all pointer-free. Entries and bytes are
// kept in fixed-size blocks, so the table grows without copying them (a
// doubling slice of each left ~60 MB of garbage over a 100k-statement
// load, for ~15 MB kept); only the slots are reallocated.
type strTable struct {
	slots  []uint64 // hash<<32 | entry+1, 0 empty; at most half full
	blocks [][]strEntry
	aux    [][]auxEntry // second strings, by entry as blocks (a table with aux set)
	bytes  [][]byte     // blocks of strBlock bytes
	n      int
	hasAux bool
}

type strEntry struct {
	val uint32
	ref uint32 // where the string starts: block<<16 | offset
	n   uint32 // its length
}

// auxEntry is an entry's second string; auxMulti in n marks a stem seen
// with more than one word (see interner.stem).
type auxEntry struct{ ref, n uint32 }

const auxMulti = 1 << 31

const (
	entryBlock = 1 << 10
	strBlock   = 1 << 16
)

func (t *strTable) at(e int) *strEntry { return &t.blocks[e/entryBlock][e%entryBlock] }

func (t *strTable) auxAt(e int) *auxEntry { return &t.aux[e/entryBlock][e%entryBlock] }

// bytesAt returns the bytes of a string stored at ref.
func (t *strTable) bytesAt(ref uint32, n uint32) []byte {
	off := int(ref & (strBlock - 1))
	return t.bytes[ref/strBlock][off : off+int(n)]
}

func (t *strTable) str(ref uint32, n uint32) string { return string(t.bytesAt(ref, n)) }

// store copies s into the byte blocks and returns its ref and length.
// A string never spans two blocks. Blocks double from 1 KiB (a corpus of
// a few pages needs no more) to strBlock bytes; a string longer than
// that (a load's paragraphs are shorter, but a corpus built from
// statements need not be) has a block of its own.
func (t *strTable) store(s string) (uint32, uint32) {
	k := len(t.bytes) - 1
	if k < 0 || cap(t.bytes[k]) > strBlock || len(t.bytes[k])+len(s) > cap(t.bytes[k]) {
		size := 1 << 10
		if k >= 0 {
			size = min(strBlock, 2*cap(t.bytes[k]))
		}
		t.bytes = append(t.bytes, make([]byte, 0, max(size, len(s))))
		k++
	}
	ref := uint32(k)*strBlock | uint32(len(t.bytes[k]))
	t.bytes[k] = append(t.bytes[k], s...)
	return ref, uint32(len(s))
}

// is reports whether the string stored at ref is s.
func (t *strTable) is(ref uint32, n uint32, s string) bool {
	return int(n) == len(s) && string(t.bytesAt(ref, n)) == s // compared in place, no copy
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
		// The hash in the slot spares a look at the entry (a cache miss)
		// for every other string probed.
		if uint32(v>>32) == h {
			e := int(uint32(v) - 1)
			if x := t.at(e); t.is(x.ref, x.n, s) {
				return e, true
			}
		}
	}
}

// add appends s (hash h, not in t) with value v and second string aux.
func (t *strTable) add(h uint32, s string, v uint32, aux string) {
	e := t.n
	if 2*(e+1) > len(t.slots) {
		t.grow()
	}
	if e%entryBlock == 0 {
		// The first block grows as a slice does, the others are whole.
		t.blocks = append(t.blocks, make([]strEntry, 0, min(entryBlock, max(64, e))))
		if t.hasAux {
			t.aux = append(t.aux, make([]auxEntry, 0, min(entryBlock, max(64, e))))
		}
	}
	x := strEntry{val: v}
	x.ref, x.n = t.store(s)
	t.blocks[len(t.blocks)-1] = append(t.blocks[len(t.blocks)-1], x)
	if t.hasAux {
		var a auxEntry
		if aux != "" {
			a.ref, a.n = t.store(aux)
		}
		t.aux[len(t.aux)-1] = append(t.aux[len(t.aux)-1], a)
	}
	t.n++
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if t.slots[i] == 0 {
			t.slots[i] = uint64(h)<<32 | uint64(e+1)
			return
		}
	}
}

func (t *strTable) grow() {
	n := max(64, 2*len(t.slots))
	old := t.slots
	t.slots = make([]uint64, n)
	mask := uint32(n - 1)
	for _, v := range old {
		if v == 0 {
			continue
		}
		for i := uint32(v>>32) & mask; ; i = (i + 1) & mask {
			if t.slots[i] == 0 {
				t.slots[i] = v
				break
			}
		}
	}
}
