package corpus

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"unsafe"
)

// storeInput is what storing a statement reads of its paragraph's
// analysis (see merger.finish).
// 48 bytes: the mention list is the analysis's (interned, see
// mentionLists), the index terms are in storeInputs.terms.
type storeInput struct {
	body     string // the text, or its code when coded
	key      uint64
	mentions *[]string // nil for none
	// The pending statement's file list, holder and attribution (indices
	// into the merger's tables): with them here the merger's pending
	// records (40 bytes a statement) go before the store is built, where
	// these blocks go as it is built.
	files      fileList
	hold, attr uint32
	coded      bool
}

// mentionList is the paragraph's mention list.
func (in *storeInput) mentionList() []string {
	if in.mentions == nil {
		return nil
	}
	return *in.mentions
}

// takeStoreInputs is called once every file is merged, when no paragraph
// is looked up again. It puts the merger's statements in corpus order,
// copies out of each what the store reads of its paragraph's analysis
// and of its pending record, lets go of every analysis and of the pending
// records, and collects.
//
// The analyses (~20 MB at 100k statements: the records, their later
// subjects, actors and other strings) were live until each statement was
// stored, and the memory limit of the stage after the merge came from a
// collection that found them all live (then live × 5/4 + 16 MB): the heap grew
// to that limit with the stage's first allocations (the source IDs, the
// store), the load's peak RSS (docs/PERFORMANCE.md, "Load peak: analyses
// let go before the store"). What the store reads is 56 bytes a statement
// (its terms included) of the ~200 an analysis held; the one collection here, which a heap
// at its limit would have started soon anyway, sets the stage's limit
// from the heap without them (and without the word table and the key
// map, dropped just before). tm is the load's term maker, whose chunks
// hold the analyses' terms (nil: none derived).
func (m *merger) takeStoreInputs(tm *termMaker) *storeInputs {
	// A collection first, and each analysis let go of as its input is
	// copied: the inputs (~7 MB at 100k statements) were made while
	// every analysis was live and the parse's last garbage not yet
	// collected, and the heap grew into new pages for them, ~3 MB over the
	// parse's own highest (the load's resident peak at dup 25 with the
	// load limit at live + 16 MiB; docs/PERFORMANCE.md, "The last 4 MB").
	// Collected first, they take the pages of the key map and the word
	// table dropped just before, and of the parse's garbage.
	if m.stmts.len() >= collectFrom {
		runtime.GC()
	}
	// Sorted through an index: sort.Slice swapped the pending
	// records themselves, by reflection.
	order := make([]int32, m.stmts.len())
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(m.stmts.at(int(a)).first, m.stmts.at(int(b)).first) })
	ins := &storeInputs{order: order, terms: make([]string, len(order))}
	for i, k := range order {
		p := m.stmts.at(int(k))
		info := p.info
		p.info = nil // a collection meanwhile can take the analyses already copied
		ins.add(storeInput{body: info.body, key: info.key, mentions: info.mentions, files: p.files, hold: p.hold, attr: p.attr, coded: info.is(fCoded)})
		if info.terms.n > 0 {
			ins.terms[i] = tm.termBytes.str(info.terms)
		}
	}
	m.stmts = pendingList{} // and with them every analysis
	if len(order) >= collectFrom {
		runtime.GC()
	}
	return ins
}

// collectFrom is the fewest statements for which takeStoreInputs
// collects: below it the analyses (~200 bytes a statement) are well
// inside the stage limit's 24 MB of slack, and a forced collection cost a
// small load (a hot reload of a few pages, every test's load) more than
// the load itself: 0.5 -> 7.7 ms for a page of four lines.
const collectFrom = 20_000

// storeInputs holds them in corpus order, in blocks of 32 KB: each comes
// from pages the parse left free, where one array (7 MB at 100k
// statements) took new ones at the heap's highest, and each goes as soon
// as its statements are stored.
type storeInputs struct {
	order  []int32 // statement (corpus order) -> the merger's pending index
	blocks [][]storeInput
	// terms: each statement's index terms, as the analysis derived them
	// ("" for none), for the index build.
	terms []string
}

const storeInputBlock = 32 << 10 / int(unsafe.Sizeof(storeInput{}))

func (s *storeInputs) add(in storeInput) {
	if n := len(s.blocks); n == 0 || len(s.blocks[n-1]) == storeInputBlock {
		s.blocks = append(s.blocks, make([]storeInput, 0, storeInputBlock))
	}
	b := &s.blocks[len(s.blocks)-1]
	*b = append(*b, in)
}

// at is statement i's input (corpus order).
func (s *storeInputs) at(i int) *storeInput {
	return &s.blocks[i/storeInputBlock][i%storeInputBlock]
}

// done lets go of statement i's input: inputs are stored in order, and a
// block goes with its last.
func (s *storeInputs) done(i int) {
	if b := i / storeInputBlock; i%storeInputBlock == storeInputBlock-1 || i == len(s.order)-1 {
		s.blocks[b] = nil
	}
}

// mentionLists interns the analyses' mention lists (see
// paraInfo.mentions) for one load: ~100k analyses at 100k statements
// name a few thousand distinct lists, and a list of their own was ~4 MB of
// the parse's live heap, live to the store's start. The lists are never
// written after the analysis; a shared one has no room to append into.
type mentionLists struct {
	mu sync.Mutex
	m  map[string]*[]string // by the names, each followed by NUL
}

// intern returns the list equal to *l that the load keeps, l itself
// (its list clipped) the first time; nil for none.
func (t *mentionLists) intern(l *[]string) *[]string {
	if l == nil || len(*l) == 0 {
		return nil
	}
	ms := *l
	var buf [128]byte
	kb := buf[:0]
	for _, m := range ms {
		kb = append(append(kb, m...), 0)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if kept, ok := t.m[string(kb)]; ok { // no copy of kb for a lookup
		return kept
	}
	if t.m == nil {
		t.m = map[string]*[]string{}
	}
	*l = slices.Clip(ms)
	t.m[string(kb)] = l
	return l
}
