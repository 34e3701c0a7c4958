package corpus

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
	"unsafe"
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
	seed maphash.Seed
	next atomic.Uint32
	// noWords: the word table was dropped (see dropWords); a word's stem
	// ID is found from its stem.
	noWords atomic.Bool
	words   [internShards]lockedTable // word -> stem ID (val), stopID for a stop word
	stems   [internShards]lockedTable // stem -> stem ID (val); aux holds the first word seen with it
}

const internShards = 32

type lockedTable struct {
	sync.Mutex
	strTable
}

func newInterner() *interner {
	in := &interner{seed: maphash.MakeSeed()}
	for k := range in.stems {
		in.words[k].seed = in.seed
		in.stems[k].seed = in.seed
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
	if in.noWords.Load() {
		if stopWords[w] {
			return stopID
		}
		return in.stem(stemWord(w), "")
	}
	if stemsToItself(w) && !stopWords[w] {
		// Its own stem (most of a corpus's distinct words are: its
		// invented and foreign names): looked up by it in the stem table
		// with the hash taken, and not kept again in the word table (a
		// probe, an entry and a copy of the word less for each; ~200k
		// words at -dup 8).
		return in.stemHashed(w, w, hash)
	}
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
func (in *interner) stem(s, w string) uint32 { return in.stemHashed(s, w, maphash.String(in.seed, s)) }

// stemHashed is stem with s's hash under in.seed already taken.
func (in *interner) stemHashed(s, w string, hash uint64) uint32 {
	k, h := shard(hash)
	t := &in.stems[k]
	t.Lock()
	defer t.Unlock()
	if x, ok := t.find(h, s); ok {
		a := t.auxAt(x)
		switch {
		case w == "" || t.is(a.ref, a.n&^auxMulti, w):
		case a.n == 0 && w == s:
			e := t.at(x)
			a.ref, a.n = e.ref, e.n // the stem's own bytes
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
// and whether others were. The strings view the table's bytes, which are
// never written again (and stay allocated while a string views them, free
// or not): the index build copies the stems it keeps, and a copy of each
// of ~200k stems and words here was ~0.03 s of the load's serial tail.
func (in *interner) eachStem(fn func(stem string, id uint32, surface string, multi bool)) {
	for k := range in.stems {
		t := &in.stems[k]
		for e := range t.n {
			x, a := t.at(e), t.auxAt(e)
			fn(t.view(x.ref, x.n), x.val, t.view(a.ref, a.n&^auxMulti), a.n&auxMulti != 0)
		}
	}
}

// dropWords frees the word table once every paragraph is analysed: the
// index build reads the stems, and looks up the words of a few
// statements again (see termMaker.forms), which it then stems. The word
// table was ~9 MB of a 100k-statement load's live heap at its peak, at
// the start of building the statements (docs/PERFORMANCE.md, "Load
// peak"). Words seen after it get the IDs they had: a word's ID is its
// stem's.
func (in *interner) dropWords() {
	in.noWords.Store(true)
	for k := range in.words {
		t := &in.words[k]
		t.Lock()
		t.strTable = strTable{seed: in.seed}
		t.Unlock()
	}
}

// free drops the tables (the IDs handed out stay valid).
func (in *interner) free() {
	for k := range in.words {
		in.words[k].strTable = strTable{seed: in.seed}
		in.stems[k].strTable = strTable{hasAux: true, seed: in.seed}
	}
}

// strTable is an open-addressing table of strings, each with a uint32
// value and a second string, all pointer-free. Entries and bytes are
// kept in fixed-size blocks, so the table grows without copying them (a
// doubling slice of each left ~60 MB of garbage over a 100k-statement
// load, for ~15 MB kept); only the slots are reallocated.
//
// A slot is 32 bits: the entry's number + 1 in the bits a slot index
// takes (an entry's number is below the slot count), the hash's bits
// above them in the rest, so a probe rarely reads an entry that is not
// the one sought. The table grows at three quarters full. With 64-bit
// slots grown at half full, the slots of a 100k-statement load's word and
// stem tables were 8.4 MB of the 22 MB the tables held at the load's peak
// (docs/PERFORMANCE.md, "Load peak"); growing re-hashes each string
// (seed) rather than keeping its hash.
type strTable struct {
	slots  []uint32 // hash &^ mask | entry+1, 0 empty; at most three quarters full
	blocks [][]strEntry
	aux    [][]auxEntry // second strings, by entry as blocks (a table with aux set)
	bytes  [][]byte     // blocks of strBlock bytes
	n      int
	hasAux bool
	seed   maphash.Seed // the strings' hash is strHash(seed, s)
}

// strHash is the hash a strTable with seed expects for s: the upper half
// of its 64-bit maphash (the interner picks a shard by the lower half).
func strHash(seed maphash.Seed, s []byte) uint32 { return uint32(maphash.Bytes(seed, s) >> 32) }

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

// view is str without a copy: the string views the stored bytes, which
// store never writes again.
func (t *strTable) view(ref uint32, n uint32) string {
	if n == 0 {
		return ""
	}
	b := t.bytesAt(ref, n)
	return unsafe.String(&b[0], len(b))
}

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
		// The hash bits in the slot spare a look at the entry (a cache
		// miss) for nearly every other string probed.
		if v&^mask == h&^mask {
			e := int(v&mask) - 1
			if x := t.at(e); t.is(x.ref, x.n, s) {
				return e, true
			}
		}
	}
}

// add appends s (hash h, not in t) with value v and second string aux.
func (t *strTable) add(h uint32, s string, v uint32, aux string) {
	e := t.n
	if 4*(e+1) > 3*len(t.slots) {
		t.grow(e + 1)
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
		switch aux {
		case "":
		case s:
			a.ref, a.n = x.ref, x.n // a word that is its own stem is kept once
		default:
			a.ref, a.n = t.store(aux)
		}
		t.aux[len(t.aux)-1] = append(t.aux[len(t.aux)-1], a)
	}
	t.n++
	t.place(h, e)
}

// place puts entry e (hash h) in the first free slot from its home.
func (t *strTable) place(h uint32, e int) {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if t.slots[i] == 0 {
			t.slots[i] = h&^mask | uint32(e+1)
			return
		}
	}
}

// grow doubles the slots (at least 64) until n entries fill at most
// three quarters of them, and places the first t.n entries again.
func (t *strTable) grow(n int) {
	size := max(64, 2*len(t.slots))
	for 4*n > 3*size {
		size *= 2
	}
	t.slots = make([]uint32, size)
	for e := range t.n {
		x := t.at(e)
		t.place(strHash(t.seed, t.bytesAt(x.ref, x.n)), e)
	}
}
