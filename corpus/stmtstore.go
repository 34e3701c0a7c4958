package corpus

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// stmtStore holds a corpus's statements compactly. A Statement value (200
// bytes, nine pointers) is built on demand by Corpus.Statement; what is
// kept is one small record of integers per statement, the text and key
// bytes in a few large arena chunks (see textArena), and tables of the
// values statements share (holders, source lists, mention lists,
// attributions, dates, theme sets), each stored once.
//
// At 100k statements the records are 5.6 MB where the []Statement was
// 19 MB, the text is a few arena chunks (no per-paragraph string, no
// size-class waste) and none of it holds a pointer: the collector neither
// scans it nor follows 100k × 5 pointers into separate objects on every
// cycle.
type stmtStore struct {
	recs   []stmtRec // by statement ID; no pointers (noscan)
	chunks [][]byte  // the arena's chunks (texts, evidence)
	// keys are the statements' keys, in an arena of their own: a key is
	// kept for a while by the conversation memory, and a view pins its
	// chunk, which after a reload should not be 1 MB of an old corpus's
	// text but a few kilobytes of keys.
	keys [][]byte

	holders []string // distinct holders
	// srcNames is every distinct source ID (a load's: Corpus.Sources), and
	// srcIDs the distinct source lists as indices in it, in blocks, one
	// list after another. As strings the lists took 16 bytes an entry
	// (7.2 MB at 100k statements, dup 25, all live at the load's peak);
	// as indices 4, and no pointer for the collector to follow. A
	// Statement's Sources is built from them when it is asked for (see
	// sourcesIn).
	srcNames []string
	srcIDs   [][]uint32
	lists    []span        // distinct source lists, where they are in srcIDs; [0] is the empty list
	mentions [][]string    // distinct mention lists; [0] is nil
	attrs    []Attribution // distinct attributions
	dates    []Date        // distinct dates; [0] is the zero Date
	dateIDs  map[Date]uint32

	themeSets [][]string // theme names by set, shared with the index's sets; [0] is nil

	// codec, once compress has run, decodes the texts in chunks: they are
	// word-coded (see textCodec). nil: chunks hold them as they are.
	codec *textCodec
}

// stmtRec is one statement: where its text, key and source list are and
// which shared values it has. Every field is an integer. What a statement
// is made of is here rather than behind one more table, so reading one
// (a theme question reads the holders of a few hundred) touches few cache
// lines: with the source list and theme set behind tables of their own,
// a theme question at 100k statements took 40% longer than with the
// []Statement. The source list is an index in a table of distinct lists
// (a few per hundred statements at 100k: a small table), and a key's
// length is in the key arena before it: 40 bytes a statement, not 56
// (TestStmtRecSize).
type stmtRec struct {
	off, textLen    uint32 // the text in the arena, in chunk (its code once compressed: see textCodec)
	keyOff          uint32 // the key in keys, in keyChunk: uvarint(length), then the key
	chunk, keyChunk uint16 // arena chunks are 16 KB to 1 MB: 65,536 of them hold ≥ 64 GB
	holder          uint32 // index in holders
	src             uint32 // index in lists
	mentions        uint32 // index in mentions
	attr            uint32 // index in attrs
	date            uint32 // index in dates
	themes          uint32 // index in themeSets (written by buildIndex)
}

// span is a run of one block of srcIDs.
type span struct{ block, off, n uint32 }

// srcBlock is how many source IDs a block of srcIDs holds (256 KB): lists
// are added to fixed blocks, not one growing slice, so building them
// never copies what is there (as strings, the slice grew to twice the 7
// MB it held at 100k statements; as indices they are 1.8 MB). The first
// two blocks are smaller; a list longer than a block has a block of its
// own.
const srcBlock = 64 << 10

// textArena holds text in large byte chunks, append-only, shared by the
// parsing workers (each distinct paragraph's cleaned text is written once,
// where it used to be a string of its own) and then by the statement
// store, which keeps the chunks: a statement's text is a view of the
// bytes the analysis read, never a copy of them (copying at the end of
// the load held every text twice, +40 MB of peak at 100k statements).
type textArena struct {
	mu     sync.Mutex
	chunks [][]byte
	next   int // capacity of the next chunk
}

// Chunk sizes of the arena: small corpora take little, large ones few
// chunks; a chunk's unused tail is at most one text.
const (
	minChunk = 16 << 10
	maxChunk = 1 << 20
)

// add copies b into the arena and returns a view of the copy (see
// stmtStore.statement for why the view is safe).
func (a *textArena) add(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	k, off, buf := a.alloc(len(b))
	copy(buf, b)
	return unsafe.String(&a.chunks[k][off], len(b))
}

// arenaRef locates bytes added to a textArena (addRef): twelve bytes
// and no pointer where a string took sixteen and one for every
// collection to follow. The zero reference is no bytes.
type arenaRef struct{ chunk, off, n uint32 }

// addRef is add, returning where the copy is rather than a view of it.
func (a *textArena) addRef(b []byte) arenaRef {
	if len(b) == 0 {
		return arenaRef{}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	k, off, buf := a.alloc(len(b))
	copy(buf, b)
	return arenaRef{k, off, uint32(len(b))}
}

// str is the bytes r locates, viewed in place. It takes no lock: call it
// only once nothing adds to the arena any more.
func (a *textArena) str(r arenaRef) string {
	if r.n == 0 {
		return ""
	}
	return unsafe.String(&a.chunks[r.chunk][r.off], int(r.n))
}

// alloc reserves n bytes and returns where they are; a.mu is held.
func (a *textArena) alloc(n int) (chunk, off uint32, buf []byte) {
	if k := len(a.chunks) - 1; k >= 0 && cap(a.chunks[k])-len(a.chunks[k]) >= n {
		c := a.chunks[k]
		a.chunks[k] = c[:len(c)+n]
		return uint32(k), uint32(len(c)), a.chunks[k][len(c):]
	}
	a.next = max(a.next, minChunk)
	size := max(a.next, n)
	a.next = min(2*a.next, maxChunk)
	a.chunks = append(a.chunks, make([]byte, n, size))
	return uint32(len(a.chunks) - 1), 0, a.chunks[len(a.chunks)-1]
}

// chunkSpan is the address range of one chunk's written bytes.
type chunkSpan struct {
	lo, hi uintptr
	k      uint32
}

// spans lists the chunks' written ranges by address, for locate.
func (a *textArena) spans() []chunkSpan {
	out := make([]chunkSpan, 0, len(a.chunks))
	for k, c := range a.chunks {
		if len(c) > 0 {
			lo := uintptr(unsafe.Pointer(unsafe.SliceData(c)))
			out = append(out, chunkSpan{lo, lo + uintptr(len(c)), uint32(k)})
		}
	}
	slices.SortFunc(out, func(x, y chunkSpan) int { return cmp.Compare(x.lo, y.lo) })
	return out
}

// locate finds where non-empty s lies in the arena, if it does. Heap
// objects do not move, so comparing addresses is sound; a string that
// starts inside a chunk's written bytes lies wholly in them, as views are
// only ever made of written bytes.
func locate(spans []chunkSpan, s string) (chunk, off uint32, ok bool) {
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	i, _ := slices.BinarySearchFunc(spans, p, func(c chunkSpan, p uintptr) int {
		switch {
		case c.hi <= p:
			return -1
		case c.lo > p:
			return 1
		}
		return 0
	})
	if i == len(spans) || p < spans[i].lo || p >= spans[i].hi || p+uintptr(len(s)) > spans[i].hi {
		return 0, 0, false
	}
	return spans[i].k, uint32(p - spans[i].lo), true
}

// statement builds statement i; it allocates nothing but its source list
// (see sourcesIn) and, once the store is compressed, its text (see
// textCodec). The strings
// viewing the arena are safe because the arena is append-only: bytes are
// written once, before the corpus is published, and never again (a chunk
// is appended to only beyond its length, which no view covers), so the
// strings are as immutable as Go requires. The views keep their chunk
// alive, and with it the corpus's text, as the strings they replace did.
func (s *stmtStore) statement(i int) Statement {
	st := s.meta(i)
	st.Text = s.textOf(&s.recs[i])
	return st
}

// meta is statement i without its text; it allocates its source list
// only (see sourcesIn).
func (s *stmtStore) meta(i int) Statement { return s.metaIn(i, nil) }

// metaIn is meta with the source list cut from the front of *buf when it
// has room (see appendStatements).
func (s *stmtStore) metaIn(i int, buf *[]string) Statement {
	r := &s.recs[i]
	return Statement{
		ID:          i,
		Country:     s.holders[r.holder],
		Sources:     s.sourcesIn(r.src, buf),
		Themes:      s.themeSets[r.themes],
		Key:         s.keyOf(r),
		Mentions:    s.mentions[r.mentions],
		Attribution: s.attrs[r.attr],
		Date:        s.dates[r.date],
	}
}

// textOf is r's text: a view of the arena, or decoded from its code
// (one allocation) once the store is compressed.
func (s *stmtStore) textOf(r *stmtRec) string {
	if s.codec != nil {
		if r.textLen == 0 {
			return ""
		}
		return s.codec.decode(s.chunks[r.chunk][r.off : r.off+r.textLen])
	}
	return s.view(uint32(r.chunk), r.off, r.textLen)
}

// view is the string of n arena bytes at chunk, off (see statement).
func (s *stmtStore) view(chunk, off, n uint32) string { return chunkView(s.chunks, chunk, off, n) }

// chunkView is the string of the n bytes at chunk, off of chunks.
func chunkView(chunks [][]byte, chunk, off, n uint32) string {
	if n == 0 {
		return ""
	}
	return unsafe.String(&chunks[chunk][off], n)
}

func (s *stmtStore) len() int { return len(s.recs) }

// key, holder, method and sources read one field of statement i, for the
// version hash, which runs while buildIndex writes the themes (statement
// would read them).
func (s *stmtStore) key(i int) string { return s.keyOf(&s.recs[i]) }

// keyOf is the key of r: its length, then its bytes, in the key arena.
func (s *stmtStore) keyOf(r *stmtRec) string {
	if len(s.keys) == 0 {
		return "" // no statement has a key
	}
	n, at := readUvarint(s.keys[r.keyChunk], int(r.keyOff))
	return chunkView(s.keys, uint32(r.keyChunk), uint32(at), uint32(n))
}

func (s *stmtStore) holder(i int) string { return s.holders[s.recs[i].holder] }

// mentionsOf is statement i's Mentions; it allocates nothing.
func (s *stmtStore) mentionsOf(i int) []string { return s.mentions[s.recs[i].mentions] }

func (s *stmtStore) method(i int) string { return s.attrs[s.recs[i].attr].Method }

// sourceIdx is statement i's source list as indices in srcNames; it
// allocates nothing.
func (s *stmtStore) sourceIdx(i int) []uint32 { return s.listIdx(s.recs[i].src) }

// listIdx is source list id as indices in srcNames.
func (s *stmtStore) listIdx(id uint32) []uint32 {
	sp := s.lists[id]
	if sp.n == 0 {
		return nil
	}
	return s.srcIDs[sp.block][sp.off : sp.off+sp.n : sp.off+sp.n]
}

// sourcesIn is source list id as source IDs, in a slice of its own (nil
// for the empty list), capped at its length: cut from the front of *buf
// when buf is not nil and has room, else one allocation of 16 bytes a
// source, the cost of keeping the lists as indices (see srcNames).
func (s *stmtStore) sourcesIn(id uint32, buf *[]string) []string {
	idx := s.listIdx(id)
	if len(idx) == 0 {
		return nil
	}
	var out []string
	if n := len(idx); buf != nil && len(*buf) >= n {
		out, *buf = (*buf)[:n:n], (*buf)[n:]
	} else {
		out = make([]string, n)
	}
	names := s.srcNames
	for k, n := range idx {
		out[k] = names[n]
	}
	return out
}

// isSourceList reports whether ids holds the very source ID strings of
// statement i's list (not merely equal ones), in its order: the check
// that a Statement's Sources is what the corpus gave it for i.
func (s *stmtStore) isSourceList(i int, ids []string) bool {
	idx := s.sourceIdx(i)
	if len(idx) != len(ids) {
		return false
	}
	for k, n := range idx {
		if name := s.srcNames[n]; len(name) != len(ids[k]) || unsafe.StringData(name) != unsafe.StringData(ids[k]) {
			return false
		}
	}
	return true
}

// setThemes gives statement i theme set id (buildIndex numbers sets from
// 1, in order of first use) with its names.
func (s *stmtStore) setThemes(i int, id uint32, names []string) {
	for uint32(len(s.themeSets)) <= id {
		s.themeSets = append(s.themeSets, nil)
	}
	s.recs[i].themes, s.themeSets[id] = id, names
}

// setDate gives statement i date d.
func (s *stmtStore) setDate(i int, d Date) { s.recs[i].date = s.dateID(d) }

func (s *stmtStore) dateID(d Date) uint32 {
	id, ok := s.dateIDs[d]
	if !ok {
		id = uint32(len(s.dates))
		s.dates = append(s.dates, d)
		s.dateIDs[d] = id
	}
	return id
}

// storeBuilder fills a stmtStore statement by statement, interning the
// shared values; its maps are dropped by done.
type storeBuilder struct {
	s        *stmtStore
	arena    *textArena
	spans    []chunkSpan // the arena's chunks when the builder started
	keyArena textArena
	holders  map[string]uint32
	srcLists map[string]uint32 // by the list's key (see addSources)
	srcNames map[string]uint32 // index in s.srcNames by source ID (addStatements only)
	mentions map[string]uint32 // by the names joined with NUL
	attrs    map[Attribution]uint32
	attrList []attrRec // by index in stmtStore.attrs
	kb       []byte
}

// newStoreBuilder starts a store of n statements whose texts may already
// be in arena (nil: a new one).
func newStoreBuilder(n int, arena *textArena) *storeBuilder {
	if arena == nil {
		arena = &textArena{}
	}
	s := &stmtStore{
		recs:      make([]stmtRec, 0, n),
		mentions:  [][]string{nil},
		dates:     []Date{{}},
		dateIDs:   map[Date]uint32{{}: 0},
		themeSets: [][]string{nil},
		lists:     []span{{}},
	}
	return &storeBuilder{
		s: s, arena: arena, spans: arena.spans(),
		holders: map[string]uint32{}, srcLists: map[string]uint32{},
		mentions: map[string]uint32{}, attrs: map[Attribution]uint32{},
	}
}

// done returns the store; the builder is not used again. The last arena
// chunk and source block are cut to what they hold (the records say where
// things are by index, not by pointer, so they may move): their unused
// tails were 20% of the store at 10k statements.
func (b *storeBuilder) done() stmtStore {
	s := b.s
	s.chunks, s.keys = b.arena.chunks, b.keyArena.chunks
	for _, cs := range [][][]byte{s.chunks, s.keys} {
		if k := len(cs) - 1; k >= 0 {
			cs[k] = slices.Clone(cs[k])
		}
	}
	if k := len(s.srcIDs) - 1; k >= 0 {
		s.srcIDs[k] = slices.Clone(s.srcIDs[k])
	}
	s.srcNames = slices.Clip(s.srcNames)
	s.lists = slices.Clip(s.lists)
	s.attrs = make([]Attribution, len(b.attrList))
	for i, a := range b.attrList {
		s.attrs[i] = Attribution{Method: a.method, Evidence: s.view(a.chunk, a.off, a.n), Confidence: a.conf}
	}
	*b = storeBuilder{}
	return *s
}

// attrRec is an attribution until the arena is final: its evidence by
// place, not as a string (see done).
type attrRec struct {
	method, conf string
	chunk, off   uint32
	n            uint32
}

// place finds t in the arena, or copies it there, and says where it is.
func (b *storeBuilder) place(t string) (chunk, off uint32) {
	if t == "" {
		return 0, 0
	}
	if k, off, ok := locate(b.spans, t); ok {
		return k, off
	}
	b.arena.mu.Lock()
	defer b.arena.mu.Unlock()
	k, off, buf := b.arena.alloc(len(t))
	copy(buf, t)
	return k, off
}

// add appends a statement whose source list was interned by addSources
// (src). Mentions equal to the holder are left out.
func (b *storeBuilder) add(text, key, holder string, mentions []string, attr Attribution, src uint32, date Date) {
	s := b.s
	h, ok := b.holders[holder]
	if !ok {
		h = uint32(len(s.holders))
		s.holders = append(s.holders, holder)
		b.holders[holder] = h
	}
	a, ok := b.attrs[attr]
	if !ok {
		a = uint32(len(b.attrList))
		// The evidence is words of a paragraph: in the arena, not a
		// string keeping the parsed paragraph alive.
		k, off := b.place(attr.Evidence)
		b.attrList = append(b.attrList, attrRec{attr.Method, attr.Confidence, k, off, uint32(len(attr.Evidence))})
		b.attrs[attr] = a
	}
	r := stmtRec{textLen: uint32(len(text)), holder: h, src: src,
		mentions: b.mentionList(holder, mentions), attr: a, date: s.dateID(date)}
	var chunk, keyChunk uint32
	chunk, r.off = b.place(text)
	// Every key has its length in the arena, the empty one too: a record
	// has no other way to say it has no key.
	var buf []byte
	keyChunk, r.keyOff, buf = b.keyArena.alloc(uvarintLen(uint64(len(key))) + len(key))
	copy(buf[len(appendUvarint(buf[:0], uint64(len(key)))):], key)
	if chunk > math.MaxUint16 || keyChunk > math.MaxUint16 {
		panic("corpus: text arena over 65,536 chunks") // ≥ 64 GB of text: far past what a corpus in memory holds
	}
	r.chunk, r.keyChunk = uint16(chunk), uint16(keyChunk)
	s.recs = append(s.recs, r)
}

// mentionList interns mentions without holder.
func (b *storeBuilder) mentionList(holder string, mentions []string) uint32 {
	b.kb = b.kb[:0]
	n := 0
	for _, m := range mentions {
		if m != holder {
			b.kb = append(append(b.kb, m...), 0)
			n++
		}
	}
	if n == 0 {
		return 0
	}
	id, ok := b.mentions[string(b.kb)] // no copy of kb for a lookup
	if !ok {
		list := make([]string, 0, n)
		for _, m := range mentions {
			if m != holder {
				list = append(list, m)
			}
		}
		id = uint32(len(b.s.mentions))
		b.s.mentions = append(b.s.mentions, list)
		b.mentions[string(b.kb)] = id
	}
	return id
}

// addSources interns a source list of n IDs, id(j) the j-th as an index
// in s.srcNames, under key (any bytes that tell lists apart: the merger's
// file indices, or the IDs themselves), and returns its index (0: the
// empty list).
func (b *storeBuilder) addSources(key []byte, n int, id func(j int) uint32) uint32 {
	if n == 0 {
		return 0
	}
	if k, ok := b.srcLists[string(key)]; ok {
		return k
	}
	s := b.s
	last := len(s.srcIDs) - 1
	if last < 0 || cap(s.srcIDs[last])-len(s.srcIDs[last]) < n {
		size := srcBlock
		if last < 2 {
			size = 256 << (4 * (last + 1)) // 4k, 64k: small corpora take little
		}
		s.srcIDs = append(s.srcIDs, make([]uint32, 0, max(n, size)))
		last++
	}
	blk := s.srcIDs[last]
	sp := span{uint32(last), uint32(len(blk)), uint32(n)}
	for j := range n {
		blk = append(blk, id(j))
	}
	s.srcIDs[last] = blk
	s.lists = append(s.lists, sp)
	b.srcLists[string(key)] = uint32(len(s.lists) - 1)
	return uint32(len(s.lists) - 1)
}

// addStatements builds a store from statements made by hand (FromStatements).
func addStatements(stmts []Statement) stmtStore {
	b := newStoreBuilder(len(stmts), nil)
	var key strings.Builder
	for _, st := range stmts {
		key.Reset()
		for _, id := range st.Sources {
			key.WriteString(id)
			key.WriteByte(0)
		}
		src := b.addSources([]byte(key.String()), len(st.Sources), func(j int) uint32 { return b.sourceName(st.Sources[j]) })
		b.add(st.Text, st.Key, st.Country, st.Mentions, st.Attribution, src, st.Date)
	}
	return b.done()
}

// sourceName interns source ID id in s.srcNames and returns its index.
func (b *storeBuilder) sourceName(id string) uint32 {
	if b.srcNames == nil {
		b.srcNames = map[string]uint32{}
	}
	n, ok := b.srcNames[id]
	if !ok {
		n = uint32(len(b.s.srcNames))
		b.s.srcNames = append(b.s.srcNames, id)
		b.srcNames[id] = n
	}
	return n
}

// fileIDs is the source IDs of a load's files: names lists those of the
// files statements came from, in file order (Corpus.Sources), and of[f]
// is file f's index in names (meaningless for a file no statement came
// from).
type fileIDs struct {
	names []string
	of    []uint32
}

// sourceIDs returns the source IDs of the files named (used[f]: a
// statement came from file f), each a view of one string. A source ID
// outlives the load (Corpus.Sources and every statement's source list
// hold it); as a substring of the directory entry's name it kept the
// whole name alive, a small allocation of its own per file (4.6 MB at
// 149,000 files, where the IDs take 3.4 MB in one string).
func sourceIDs(names fileNames, used []bool) fileIDs {
	ids := fileIDs{of: make([]uint32, names.len())}
	size, n := 0, 0
	for f := range names.len() {
		if f < len(used) && used[f] {
			size += len(sourceID(names.at(f)))
			n++
		}
	}
	if n == 0 {
		return ids
	}
	blob := make([]byte, 0, size)
	for f := range names.len() {
		if f < len(used) && used[f] {
			blob = append(blob, sourceID(names.at(f))...)
		}
	}
	all := unsafe.String(unsafe.SliceData(blob), len(blob)) // blob is not written again
	ids.names = make([]string, 0, n)                        // kept: no doubling slack (2.4 MB at 149,000 files)
	at := 0
	for f := range names.len() {
		if f < len(used) && used[f] {
			k := len(sourceID(names.at(f)))
			ids.of[f] = uint32(len(ids.names))
			ids.names = append(ids.names, all[at:at+k])
			at += k
		}
	}
	return ids
}
