// Package corpus turns a directory of plain-text country profiles into
// attributed, deduplicated statements and indexes them for search.
//
// A file's source ID is its path relative to the corpus root without
// ".txt" ("peru", "2024/compare-7"); subdirectories are read recursively.
// Inside a file, country
// blocks follow each other; a line that does not end a sentence continues
// on the next. Each paragraph becomes a statement held by the country it
// is about (not every country it mentions), and identical statements from
// several files become one statement listing every source.
package corpus

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// Statement is one position held by one country, with every source file
// it appeared in.
type Statement struct {
	ID      int      // position in the corpus (see Corpus.Statement)
	Country string   // gazetteer short name of the holder
	Text    string   // display text (original wording, repaired line breaks)
	Sources []string // source IDs (paths relative to the corpus root without .txt), sorted
	Themes  []string // theme names the statement touches (shared between statements: do not modify)
	// Key is the paragraph's identity: a hash of its normalised text, not
	// of its holder, so it is stable across loads, better attribution and
	// holders.tsv overrides. The same words held by two countries (rare:
	// "It also supports the OEWG process.") are two statements sharing a
	// Key; Country tells them apart.
	Key string
	// Mentions lists other countries the statement names (not its holder).
	Mentions []string
	// Attribution records how the holder was decided.
	Attribution Attribution
	// Date is the earliest date among the statement's sources (zero: none dated).
	Date Date
}

// Warning reports a file that was skipped or repaired while loading.
type Warning struct {
	File string // path relative to the corpus root, exact (may hold any byte)
	Msg  string
}

// String is the warning for display: control characters in the file name
// are escaped, so a hostile name cannot drive a terminal.
func (w Warning) String() string { return DisplayName(w.File) + ": " + w.Msg }

// DefaultMaxFileBytes is the size above which a file is skipped.
const DefaultMaxFileBytes = 64 << 20

// Options tune loading.
type Options struct {
	// Lexicon overrides the embedded theme lexicon when non-nil.
	Lexicon *Lexicon
	// Gazetteer overrides the embedded gazetteer when non-nil.
	Gazetteer *Gazetteer
	// MaxFileBytes skips larger files (0: DefaultMaxFileBytes).
	MaxFileBytes int64
	// Workers bounds parallel file parsing (0: GOMAXPROCS).
	Workers int
	// Phase, when set, is called as the load enters each stage: "parse"
	// (walk, parse and merge the files), "finish" (statements and sources
	// built from the merged files), "index" and "done". It is for
	// diagnostics (the bench's memory timeline); it must return quickly.
	Phase func(name string)

	// plainText keeps the texts as they are, not word-coded (tests
	// compare the two).
	plainText bool
}

// Corpus is a loaded, indexed set of statements. It is immutable after
// Load and safe for concurrent readers.
type Corpus struct {
	Version   string // content hash over all statements and their sources
	Warnings  []Warning
	Sources   []string // source IDs of the files that contributed
	Gazetteer *Gazetteer
	Lexicon   *Lexicon
	// RawBytes is the size of all files read, duplicates included.
	RawBytes int64

	stmts stmtStore         // read through Len, Statement and Statements
	meta  map[string]Source // source metadata by ID (sources.tsv, front matter)
	idx   index
	// srcOrder keeps, per statement, whether its sources are plain
	// (SourcesInOrder).
	srcOrder sourceOrder
	// themeCache keeps each theme's ranking stems, resolved (themeTerms).
	themeCache themeTermCache
}

// ErrNoFiles is returned when a corpus directory holds no *.txt file.
var ErrNoFiles = errors.New("no .txt files")

// LoadDir reads every *.txt file under dir, subdirectories included,
// through a file opener confined to dir (see OpenDir): links that lead
// outside it, pipes, devices and other non-regular files are skipped with
// a warning, never read.
func LoadDir(ctx context.Context, dir string, opts Options) (*Corpus, error) {
	fsys, err := OpenDir(dir)
	if err != nil {
		return nil, fmt.Errorf("load corpus %s: %w", dir, err)
	}
	defer fsys.Close()
	c, err := Load(ctx, fsys, opts)
	if err != nil {
		return nil, fmt.Errorf("load corpus %s: %w", dir, err)
	}
	return c, nil
}

// Load reads every *.txt file of fsys, subdirectories included (hidden
// ones, whose names start with ".", are not read). Unusable files are
// skipped and repaired ones kept, each with a Warning; Load fails only when
// no file can be read, no statement results or ctx is done. A holders.tsv
// file at the root pins holders (see Overrides).
//
// Every corpus file is read through readRegular, the one place that
// decides what may be read; with LoadDir's file system it is confined to
// the directory and never blocks on a pipe or device.
func Load(ctx context.Context, fsys fs.FS, opts Options) (*Corpus, error) {
	if opts.Lexicon == nil {
		opts.Lexicon = DefaultLexicon()
	}
	if opts.Gazetteer == nil {
		opts.Gazetteer = defaultGazetteer()
	}
	if opts.MaxFileBytes <= 0 {
		opts.MaxFileBytes = DefaultMaxFileBytes
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	phase := func(string) {}
	if opts.Phase != nil {
		phase = opts.Phase
	}
	overrides, ovWarnings := readOverrides(fsys, opts.Gazetteer)
	sources := readSources(fsys)
	titles := sources.titles()
	defer lowerGCForLoad()()
	phase("parse")

	// The directory is listed, files are parsed in parallel and merged as
	// they finish, all at once: memory holds the unique statements, not
	// every copy of them, and repeated paragraphs are analysed once (a
	// shared cache keyed by their text). Files are handed to the workers
	// in the order the walk finds them; the merger puts them in path order
	// (see mergeFiles).
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cache := newParaCache()
	text := cache.text // the paragraphs' text, kept by the statements (not the cache)
	coder := cache.coder
	var sampler *vocabSampler // makes the coder's vocabulary (see parseCoder)
	if !opts.plainText {
		sampler = newVocabSampler(coder)
	}
	tm := newTermMaker(opts.Lexicon, opts.Gazetteer)
	cache.terms = tm
	queue := newFileQueue()
	listed := make(chan listing, 1)
	go func() {
		defer queue.finish()
		ws, err := walkFiles(ctx, fsys, queue.push)
		listed <- listing{names: queue.all(), warnings: ws, err: err, queue: queue}
	}()
	// A worker hands the merger its files resultBatch at a time: sent one
	// by one, each file woke the merger's goroutine, and the scheduler's
	// hand-offs (the other core spinning to steal it) were ~3% of a
	// 100k-statement load's CPU. Until the vocabulary is made, each file
	// goes at once: the merger makes it from the first files it sees, and
	// a paragraph analysed before it is kept plain until the end.
	results := make(chan []fileResult, opts.Workers)
	sampling := sampler != nil
	var wg sync.WaitGroup
	for w := 0; w < opts.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var p parser
			var batch []fileResult
			for {
				i, name, ok := queue.take()
				if !ok {
					break
				}
				id := sourceID(name)
				batch = append(batch, p.parseFile(ctx, fsys, i, name, opts, cache, overrides.forFile(id), titles[id]))
				if len(batch) == resultBatch || sampling && coder.ready() == nil {
					results <- batch
					batch = make([]fileResult, 0, resultBatch)
				}
			}
			if len(batch) > 0 {
				results <- batch
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	mf, err := mergeFiles(ctx, cancel, listed, results, sampler)
	sampler = nil
	if err != nil {
		return nil, err
	}
	if loadMerged != nil {
		loadMerged(tm, &mf.merger)
	}
	tm.in.dropWords() // every paragraph is analysed
	phase("finish")
	names, walkWarnings, m := mf.names, mf.walkWarnings, &mf.merger
	m.byKey = nil // every file is merged: free the key map before the index is built
	ins := m.takeStoreInputs(tm)
	loadBuilding()
	warnings, used, meta, raw := mf.sortedWarnings(), mf.used, mf.meta, mf.raw
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("load cancelled: %w", context.Cause(ctx))
	}
	c := &Corpus{Gazetteer: opts.Gazetteer, Lexicon: opts.Lexicon, RawBytes: raw}
	c.Warnings = append(c.Warnings, walkWarnings...)
	c.Warnings = append(c.Warnings, warnings...)
	ids := sourceIDs(names, used)
	c.Sources = ids.names // the statements' source lists index it (see stmtStore.srcNames)
	// mf stays live to the end of Load, through the build's peak, so what
	// is copied out of it is let go of here.
	mf.warnings, mf.used = nil, nil
	c.Warnings = append(c.Warnings, ovWarnings...)
	c.Warnings = append(c.Warnings, overrides.unmatched()...)
	if len(ins.order) == 0 {
		return nil, fmt.Errorf("no statements in %d file(s): %s", names.len(), summarize(c.Warnings))
	}
	// The files' names are read for the last time here: the source IDs
	// are in ids, and the names (7 MB at 149,000 files: a string and its
	// header each) go before the statements are stored, the load's peak.
	c.applySources(sources, names, meta)
	mf.meta, meta = nil, nil
	names, mf.names, m.names = fileNames{}, fileNames{}, fileNames{}
	if beforeStore != nil {
		beforeStore()
	}
	var sections map[int][]int
	c.stmts, sections = m.finish(ins, text, coder.ready(), &coder.arena, ids)
	terms := ins.terms
	ins = nil
	// The merger's tables and file lists (its pending statements went
	// with takeStoreInputs); mf stays live to the end of Load, so they
	// are cleared before the index is built.
	*m = merger{}
	c.applyDates()
	// The version hash reads fields the index build does not write (key,
	// holder, attribution method, sources, source metadata): it runs beside
	// it rather than after it, 0.15-0.3 s of one core at 100k statements.
	version := make(chan string, 1)
	go func() { version <- c.hash() }()
	phase("index")
	c.buildIndex(terms, tm, sections)
	terms = nil
	c.Version = <-version
	// The index has read every text it derives terms from: the texts are
	// word-coded now, ~4x smaller (see textCodec).
	if !opts.plainText {
		c.stmts.compress()
	}
	phase("done")
	return c, nil
}

// defaultGazetteer is the embedded gazetteer, built once and shared by
// every Load without Options.Gazetteer: it is read-only after it is built
// (its typo memo is a sync.Map), and building it took 9 ms of each load,
// hot reloads included.
var defaultGazetteer = sync.OnceValue(DefaultGazetteer)

// beforeStore, when set (by a test), is called just before the
// statements are stored; TestLoadFreesTransients checks there that the
// files' names are gone.
var beforeStore func()

// loadMerged, when set (by a test), is given the load's term maker and
// merger once every file is merged. TestLoadFreesTransients uses it to
// check that the word table and the file lists do not outlive their use.
var loadMerged func(*termMaker, *merger)

func sourceID(name string) string { return strings.TrimSuffix(name, path.Ext(name)) }

// merger folds parsed files into unique statements. Files arrive in any
// order; statements are put back in corpus order (first file, then
// paragraph) and sources in file order at the end.
type merger struct {
	names fileNames
	// byKey finds the statements of a paragraph key: the first made, the
	// others (the same words held by another country: rare) chained from
	// it through sameKey. Keyed by the key alone, a slot is 16 bytes where
	// a (key, holder) pair of strings and an int took 40.
	byKey map[uint64]int32
	// sameKey: the next statement with the same paragraph key as
	// statement j (index into stmts + 1), for the few that have one: a
	// field of every pending record took 8 bytes of each (with its
	// alignment), 0.8 MB at 100k statements, live to the parse's end.
	sameKey map[int32]int32
	stmts   pendingList
	files   fileLists // the pending statements' file lists
	// Holders and attributions of pending statements, each stored once
	// (a few hundred and a few thousand at 100k statements): a pending
	// statement holds their indices, not 64 bytes of strings (56 bytes a
	// pending statement where it was 112: 5.6 MB less at 100k, held until
	// the store is built).
	shared tables
	// sections: the section heading themes of the pending statements under
	// one (see sectionThemes), few in most corpora.
	sections map[int32][]int
}

// tables interns the holders and attributions of the merger's statements.
type tables struct {
	holders interned[string]
	attrs   interned[Attribution]
}

func (t *tables) holder(h string) uint32    { return t.holders.id(h) }
func (t *tables) attr(a Attribution) uint32 { return t.attrs.id(a) }

// interned numbers distinct values in the order they are first seen.
type interned[K comparable] struct {
	ids  map[K]uint32
	list []K
}

// id is v's number, given on first sight.
func (t *interned[K]) id(v K) uint32 {
	id, ok := t.ids[v]
	if !ok {
		if t.ids == nil {
			t.ids = map[K]uint32{}
		}
		id = uint32(len(t.list))
		t.list = append(t.list, v)
		t.ids[v] = id
	}
	return id
}

// pending is a statement being merged. What makes two paragraphs one
// statement is the same words (paragraph key) held by the same country.
type pending struct {
	info  *paraInfo
	first uint64   // file index << 32 | paragraph index of the first copy
	files fileList // file indices (in merger.files), distinct
	last  uint32   // last file added + 1, 0 for none (files arrive whole, so repeats in one file are adjacent)
	hold  uint32   // index in the merger's holders
	attr  uint32   // index in the merger's attributions
}

// find returns the statement of info's paragraph key held by holder,
// adding one for info, first seen at pos with attribution attr, when
// there is none.
func (m *merger) find(info *paraInfo, holder string, pos uint64, attr Attribution) int {
	hold := m.shared.holder(holder)
	add := func() int32 {
		return int32(m.stmts.add(pending{info: info, first: pos, hold: hold, attr: m.shared.attr(attr)}))
	}
	j, ok := m.byKey[info.key]
	if !ok {
		j = add()
		m.byKey[info.key] = j
		return int(j)
	}
	for {
		st := m.stmts.at(int(j)) // blocks never move: st stays valid across add
		if st.hold == hold {
			return int(j)
		}
		next, ok := m.sameKey[j]
		if !ok {
			k := add()
			if m.sameKey == nil {
				m.sameKey = map[int32]int32{}
			}
			m.sameKey[j] = k + 1
			return int(k)
		}
		j = next - 1
	}
}

// pendingList holds the merger's statements in fixed blocks, so it grows
// without copying what it holds: one growing slice copied ~50 MB of
// records over a 100k-statement load, all of it left to the collector.
type pendingList struct {
	blocks [][]pending
	n      int
}

const pendingBlock = 1024

// add appends p and returns its index.
func (l *pendingList) add(p pending) int {
	if l.n%pendingBlock == 0 {
		l.blocks = append(l.blocks, make([]pending, 0, pendingBlock))
	}
	b := &l.blocks[len(l.blocks)-1]
	*b = append(*b, p)
	l.n++
	return l.n - 1
}

func (l *pendingList) at(j int) *pending { return &l.blocks[j/pendingBlock][j%pendingBlock] }

func (l *pendingList) len() int { return l.n }

func (m *merger) add(r fileResult) {
	for i, p := range r.paras {
		pos := uint64(r.file)<<32 | uint64(i)
		var j int
		if p.info.merged > 0 && m.shared.holders.list[p.info.mergedHold] == p.holder {
			j = int(p.info.merged) - 1 // a repeat of a paragraph already merged
		} else {
			j = m.find(p.info, p.holder, pos, p.attr)
			p.info.merged, p.info.mergedHold = int32(j+1), m.stmts.at(j).hold
		}
		if p.section != nil {
			m.addSection(int32(j), *p.section)
		}
		st := m.stmts.at(j)
		if pos < st.first {
			// The earliest copy's wording and attribution are shown,
			// whatever order the files finished parsing in.
			st.first, st.info = pos, p.info
			if m.shared.attrs.list[st.attr] != p.attr {
				// (Mostly the same attribution, its strings the same
				// analysis's: compared in place, not hashed for the map.)
				st.attr = m.shared.attr(p.attr)
			}
		}
		// Each file arrives once and whole, so a file not just added is new.
		if st.last != uint32(r.file)+1 {
			st.files = m.files.add(st.files, uint32(r.file))
			st.last = uint32(r.file) + 1
		}
	}
}

// addSection adds themes to pending statement j's section themes.
func (m *merger) addSection(j int32, themes []int) {
	if m.sections == nil {
		m.sections = map[int32][]int{}
	}
	have := m.sections[j]
	for _, t := range themes {
		if !slices.Contains(have, t) {
			have = append(have, t)
		}
	}
	m.sections[j] = have
}

// finish puts the statements in corpus order into the compact store
// (see stmtStore); their texts are already in the arena (see textArena),
// or, when the parse made a vocabulary (lc, not nil), their codes are in
// codes, and those analysed before it are coded now (see parseCoder).
// ids.of[f] is file f's source ID, as an index in ids.names (see sourceIDs).
// Statements with the same file list node (see fileLists) share its sources.
//
// ins holds the order and what each statement's analysis gives the store
// (see takeStoreInputs); its blocks go as they are stored.
//
// It also returns the section heading themes of the statements under
// one, by statement index.
func (m *merger) finish(ins *storeInputs, text *textArena, lc *liveCodec, codes *textArena, ids fileIDs) (stmtStore, map[int][]int) {
	order := ins.order
	var sections map[int][]int
	arena := text
	if lc != nil {
		arena = codes
	}
	b := newStoreBuilder(len(order), arena)
	b.s.srcNames = ids.names
	var code []byte // a text analysed before the vocabulary, coded
	// kb is the file list as bytes, four a file: the key of interned
	// source lists (decimal text with commas was a number formatting per
	// file of every list, on the load's serial tail, and longer keys to
	// hash and keep).
	var kb []byte
	var files []uint32 // the statement's files
	var prev fileList  // the previous statement's list, prevSrc its sources
	var prevSrc uint32
	for i, k := range order {
		in := ins.at(i)
		src := prevSrc
		if in.files != prev || i == 0 { // statements of a block share their list
			files = m.files.appendTo(files[:0], in.files)
			slices.Sort(files)
			kb = kb[:0]
			for _, f := range files {
				kb = binary.LittleEndian.AppendUint32(kb, f)
			}
			src = b.addSources(kb, len(files), func(j int) uint32 { return ids.of[files[j]] })
			prev, prevSrc = in.files, src
		}
		body := in.body
		if lc != nil && !in.coded {
			code = appendEncoded(code[:0], lc.ids, body)
			body = unsafe.String(unsafe.SliceData(code), len(code)) // copied by add
		}
		b.add(body, keyString(in.key), m.shared.holders.list[in.hold], in.mentionList(), m.shared.attrs.list[in.attr], src, Date{})
		ins.done(i)
		if sec, ok := m.sections[k]; ok {
			if sections == nil {
				sections = map[int][]int{}
			}
			sections[i] = sec
		}
	}
	st := b.done()
	if lc != nil {
		st.codec = lc.c
	}
	return st, sections
}

func summarize(ws []Warning) string {
	if len(ws) == 0 {
		return "no paragraph with a country"
	}
	parts := make([]string, 0, 3)
	for i, w := range ws {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more", len(ws)-3))
			break
		}
		parts = append(parts, w.String())
	}
	return strings.Join(parts, "; ")
}

type fileResult struct {
	file     int
	size     int64
	paras    []parsedPara
	warnings []Warning
	meta     *Source // front matter, if the file had any
}

// renderedRow reports a table's row as the loader renders it, its
// country's label, a dash and its cells with their headers: "Grenada —
// Binding instrument: Supports; Due diligence: Not stated." (see tableRow).
func renderedRow(p string) bool {
	dash := strings.Index(p[:min(len(p), 80)], " — ")
	if dash < 0 {
		return false
	}
	cell := p[dash+len(" — "):]
	colon := strings.Index(cell[:min(len(cell), 60)], ": ")
	return colon > 0 && !strings.Contains(cell[:colon], ". ")
}

// weOpening reports a paragraph opening in the first person plural, as a
// joint statement's text does: "We, the undersigned States, …", "Nous,
// les États soussignés, …", "Nosotros, …".
func weOpening(p string) bool {
	for _, w := range [...]string{"We, ", "We ", "Nous, ", "Nous ", "Nosotros, ", "Nosotros ", "Nosotras, "} {
		if strings.HasPrefix(p, w) {
			return true
		}
	}
	return false
}

// signedAfter gives the paragraphs of paras held by no signer (a State
// the joint text names, block order after it) to every signer of hh,
// with attr; a paragraph held by a signer, alone or with others, keeps
// its holders among them.
func signedAfter(paras []parsedPara, hh []string, attr Attribution) []parsedPara {
	bySigner := map[*paraInfo]bool{}
	for _, p := range paras {
		if slices.Contains(hh, p.holder) {
			bySigner[p.info] = true
		}
	}
	out := paras[:0:0]
	done := map[*paraInfo]bool{}
	for _, p := range paras {
		switch {
		case slices.Contains(hh, p.holder):
			out = append(out, p)
		case bySigner[p.info]:
			// another holder beside a signer: the signer's alone
		case !done[p.info]:
			done[p.info] = true
			for _, c := range hh {
				out = append(out, parsedPara{info: p.info, holder: c, attr: attr, section: p.section})
			}
		}
	}
	return out
}

type parsedPara struct {
	info   *paraInfo
	holder string
	attr   Attribution
	// section: the themes of the section heading the paragraph is under
	// (see sectionThemes), nil for none.
	section *[]int
}

// paraCache maps a raw paragraph to its analysis, shared by the parsing
// workers and sharded to keep them off each other's locks. It is keyed by
// a 128-bit hash of the paragraph, not its text: a repeat (nearly every
// paragraph of a compare-page corpus) then costs two hashes and a lookup,
// with no comparison of the whole paragraph and no copy of it kept as a
// key. Statement keys are already 64-bit content hashes; a collision here
// is as unlikely as two of those colliding.
//
// The map is keyed by the first 64 bits and holds the second beside the
// analysis, so lookups take the runtime's fast path for uint64 keys (the
// [2]uint64 key's generic probing was 6% of a 100k-statement load). Two
// paragraphs that share the first half but not the second are told apart;
// the later one is then analysed without being cached.
type paraCache struct {
	text         *textArena  // the cleaned paragraphs' text, until the coder's vocabulary is made; headings
	coder        *parseCoder // codes the text of paragraphs analysed once it has a vocabulary
	seed1, seed2 maphash.Seed
	terms        *termMaker // derives each analysed paragraph's index terms; nil: none
	mentions     mentionLists
	shards       [64]struct {
		sync.Mutex
		m map[uint64]paraEntry
	}
}

type paraEntry struct {
	h2   uint64 // second half of the paragraph's 128-bit hash
	info *paraInfo
}

func newParaCache() *paraCache {
	c := &paraCache{text: &textArena{}, coder: newParseCoder(), seed1: maphash.MakeSeed(), seed2: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = map[uint64]paraEntry{}
	}
	return c
}

// get returns the analysis of raw paragraph p (as eachRawParagraph gives
// it), cleaning and analysing it on first sight; nil means debris, not a
// statement. p is not retained, but may be modified.
//
// prev is the analysis of the paragraph before p in the same file (nil
// at the start, after debris): see paraSucc.
func (c *paraCache) get(p []byte, g *Gazetteer, prev *paraInfo) *paraInfo {
	h1 := maphash.Bytes(c.seed1, p)
	if prev != nil && prev.succ.state.Load() == succSet && prev.succ.h1 == h1 && int(prev.succ.n) == len(p) {
		return prev.succ.info
	}
	h2 := maphash.Bytes(c.seed2, p)
	a := c.lookup(p, h1, h2, g)
	if prev != nil && a != nil && prev.succ.state.CompareAndSwap(succNone, succWriting) {
		prev.succ.h1, prev.succ.n, prev.succ.info = h1, uint32(len(p)), a
		prev.succ.state.Store(succSet)
	}
	return a
}

// paraSucc remembers the paragraph that first followed a paragraph, with
// its 128-bit hash. Paragraphs repeat in blocks (a country's paragraphs
// copied together onto many pages), so the next paragraph is nearly
// always the one that followed last time: checking it costs no map probe
// and no shard lock, where the probe was a cache miss on a table of every
// distinct paragraph (mapaccess 7% of a 100k-statement load). The first
// successor stays: at a block's end the next block varies, and those
// paragraphs take the map. A wrong guess is only a miss.
//
// The check is the first 64-bit hash and the length, not both hashes:
// the map needs 128 bits because any two of its paragraphs may collide
// (a birthday bound over every distinct paragraph), but here one
// paragraph is compared with one remembered hash, a 2⁻⁶⁴ chance each
// time (below 10⁻¹² over a 100k-statement load), and the second hash's
// pass over the bytes is saved on nearly every paragraph.
type paraSucc struct {
	state atomic.Uint32 // succNone, succWriting (one worker fills it), succSet
	n     uint32        // length of the paragraph (at most maxParagraph bytes)
	h1    uint64
	info  *paraInfo
}

const (
	succNone = iota
	succWriting
	succSet
)

// analyse analyses the cleaned paragraph p as a statement, its terms
// and mentions kept as the map's are; it is not added to the map.
func (c *paraCache) analyse(p []byte, g *Gazetteer) *paraInfo {
	var a *paraInfo
	if lc := c.coder.ready(); lc != nil {
		// Analysed from the worker's own bytes, not a copy: the coder
		// replaces the text and copies aside every string of the
		// analysis that views it (see parseCoder.code) before the
		// bytes are reused, so nothing keeps them. A copy per
		// distinct paragraph was 37 MB of garbage a 100k-statement
		// load, a seventh of what it allocates
		// (TestParseCoderLetsTextGo).
		a = g.analyseText(unsafe.String(unsafe.SliceData(p), len(p)), true, c.terms)
		c.coder.code(a, lc)
	} else {
		a = g.analyseText(c.text.add(p), true, c.terms)
	}
	a.mentions = c.mentions.intern(a.mentions)
	return a
}

// lookup finds the analysis of p (hashes h1, h2) in the map, analysing
// and adding it on first sight.
func (c *paraCache) lookup(p []byte, h1, h2 uint64, g *Gazetteer) *paraInfo {
	sh := &c.shards[h1%uint64(len(c.shards))]
	sh.Lock()
	e, ok := sh.m[h1]
	sh.Unlock()
	if ok && e.h2 == h2 {
		return e.info
	}
	var a *paraInfo
	switch cleaned := cleanParagraph(p); {
	case isSalutation(cleaned), isCourtesy(cleaned), inlineNote(cleaned), editorialNote(cleaned):
	case isHeadingText(cleaned):
		a = g.analyseHeading(c.text.add(cleaned))
	case isStatement(cleaned):
		a = c.analyse(cleaned, g)
	}
	if a != nil {
		// Once per distinct paragraph, not at each occurrence (paraInitials).
		if defs := g.paraInitials(p); defs != nil {
			a.getMore().initials = defs
		}
	}
	if ok {
		return a // the first half collides with another paragraph's
	}
	sh.Lock()
	defer sh.Unlock()
	if prev, ok := sh.m[h1]; ok {
		if prev.h2 == h2 {
			return prev.info
		}
		return a
	}
	sh.m[h1] = paraEntry{h2, a}
	return a
}

// parser holds one worker's reusable buffers.
type parser struct {
	raw, para []byte
	paras     []parsedPara
}

// ctxCheckEvery is how many paragraphs a worker parses between checks of
// the load's context, so a cancelled load of a long file stops quickly.
const ctxCheckEvery = 256

// titles are the page's title and publisher from sources.tsv, which name
// its holder as front matter's do (and win over them).
func (ps *parser) parseFile(ctx context.Context, fsys fs.FS, file int, name string, opts Options, cache *paraCache, pins []*override, titles []string) fileResult {
	r := fileResult{file: file}
	warn := func(format string, args ...any) {
		r.warnings = append(r.warnings, Warning{File: name, Msg: fmt.Sprintf(format, args...)})
	}
	if ctx.Err() != nil {
		return r
	}
	raw, err := ps.read(ctx, fsys, name, opts.MaxFileBytes)
	r.size = int64(len(raw))
	if err != nil {
		warn("skipped: %v", err)
		return r
	}
	text, notes, err := cleanFile(raw)
	if err != nil {
		warn("skipped: %v", err)
		return r
	}
	for _, n := range notes {
		warn("repaired: %s", n)
	}
	var fmNotes []string
	text, r.meta, fmNotes = splitFrontMatter(text)
	if r.meta == nil {
		if body, meta := splitPDFInfo(text); meta != nil {
			text, r.meta = body, meta // (see pdfinfo.go)
			warn("repaired: read a PDF's document information (Title:, Author:, Creator: …) as the source's title and publisher")
		}
	}
	if looksHTML(text) {
		text = htmlText(text)
		warn("repaired: read as HTML (blocks as paragraphs, tags removed)")
	}
	text = gridTables(text) // (see gridtable.go)
	// A date its opening lines state, when its metadata gave none (see pagedate.go).
	r.meta = pageDateMeta(r.meta, text)
	for _, n := range fmNotes {
		warn("%s", n)
	}
	prev := ""
	// outsider: the paragraph before was nobody's for its speaker (a
	// company's, an NGO's, an expert's: fThirdParty), so a person's
	// continuation after it ("She added", "The spokesperson added") is
	// that speaker's, not the block's (see outsiderGoesOn).
	outsider := false
	var pair []string   // the two countries the paragraph before was held by, each (see bothSidesOpen)
	memberText := false // the paragraph before was a Member's label alone (see parliament.go)
	reportPage := false // an authors' view was found on the page (see outsidevoice.go)
	// ownVoice: the authors' or journalists' own voice was read on the
	// page ("We were unable to verify …"), whose section headings
	// ("Recommendations") are then theirs (see reportSectionHeading).
	ownVoice := false
	var pinned *override // the override holding this paragraph and its continuations
	// Page-shape state (see pageshape.go): the block's holder came from a
	// heading or the title (block), the block is a joint statement of
	// group, or a speaker's turn labelled turn is running.
	var block *Attribution
	var group []string
	turn := ""
	var asked *paraInfo // an interviewer's question waiting for its answer
	// askedYou: asked is an unlabelled question put to the interviewee
	// ("Who helped you?"), whose answer is the interviewee's, whole.
	askedYou := false
	var rawPara []byte // the raw paragraph emit reads (or a part of)
	// initials: the agencies' initials the page spelled out with their
	// country so far (see initials.go).
	var initials map[string]string
	// embassy: the page is an embassy's report on its host country, whose
	// masthead (embassyCand) was followed by a report's title within
	// embassyLines lines (see embassyreport.go).
	var embassy, embassyCand *embassyReport
	embassyLines := 0
	// section: the themes of the section heading the paragraphs are under
	// (see sectionThemes), stamped on each paragraph emitted under it.
	var section *[]int
	blockLevel := 0 // the "#" count of the Markdown heading that named the block's holder
	// The page's author (see authorRe): a country's own statement, policy
	// or record keeps every paragraph, whoever else it names as acting.
	// speaker delivers a joint statement and may go on for itself alone.
	author, speaker := "", ""
	var authorAttr Attribution
	// othersList: the last heading or lead-in ("Summary of other
	// submissions received so far:") announced a list of other States'
	// views (see othersLeadRe).
	othersList := false
	// headlineAuthor: the author a news headline telling of its document
	// made ("Paraguay presenta su … estrategia"; see ownDocHeadlineRe).
	headlineAuthor := ""
	// masthead: the country a ministry's or government's masthead made the
	// page's author ("Ministerio de Relaciones Exteriores de Guatemala"),
	// kept when a later headline about that country ends author (see
	// mastheadOfficial); headed: the one country the last heading named.
	masthead, headed := "", ""
	// eventSummary: the page's title calls it a summary of a meeting
	// ("Nordic-Baltic side event …: summary", "Réunion des experts :
	// synthèse"), which reports what each delegation said: a host's
	// mission or ministry under it publishes the page but is not its
	// author (see eventSummaryTitle); so does a joint statement's, which
	// all its signatories hold (see jointTitle).
	eventSummary := false
	// officeOnly: the page opened with an office's masthead that names no
	// country ("Ministry of Foreign Affairs"); a headline whose subject is
	// a country then makes the page that country's (see headlineSubject).
	officeOnly := false
	fromHeading := func(hh []string, joint bool, evidence, text string) {
		level := markdownLevel(evidence)
		envoy := len(hh) > 1 && !joint && envoyByline(text)
		if envoy {
			hh = hh[:1] // "By H.E. …, Ambassador of Mauritania to Senegal": the envoy's State (see envoyByline)
		}
		office := officeOnly
		officeOnly = false
		switch {
		case len(hh) == 0 && !joint && level == 0 && author == "" && masthead == "" && prev == "" && block == nil && mastheadLine([]byte(text)):
			officeOnly = true
		case len(hh) == 0 && level > 0 && blockLevel > 0 && level <= blockLevel:
			// "## Methodology" after "## Bhutan", or a country the
			// gazetteer does not know: the tracker's entry has ended.
			prev, group, turn, block, blockLevel, author, speaker = "", nil, "", nil, 0, "", ""
			headed = ""
		case len(hh) == 1 || joint:
			blockLevel = level
			prev, turn = hh[0], ""
			headed = ""
			if !joint {
				headed = hh[0]
			} else if contains(hh, masthead) {
				headed = masthead
			}
			group = nil
			if joint {
				group = hh
			}
			block = &Attribution{Method: MethodHeading, Evidence: clip(evidence, 60), Confidence: ConfMedium}
			keep := !joint && author != "" && hh[0] == author && level == 0 && placeDateLine(text)
			author, speaker = "", ""
			switch {
			case keep:
				// "Kingston, 2 May 2026" under the author's "Submission of
				// Jamaica …": the author's page goes on (its list of other
				// States' submissions stays its report; pages19). A
				// headline naming the author ("Botswana hosts SADC cyber
				// drill") ends it, as before (TestMastheadOfficial).
				author = hh[0]
			case joint:
				speaker = opts.Gazetteer.deliverer(text)
			case level == 0 && !eventSummary && (envoy || opts.Gazetteer.authoredBy(text) || office && opts.Gazetteer.headlineSubject(text, hh[0])):
				// (A tracker's "## Kenya: national strategy of 2021" heads an
				// entry about Kenya, not a page by it.)
				author, authorAttr = hh[0], *block
				masthead = hh[0]
				if ownDocHeadlineRe.MatchString(text) {
					headlineAuthor = hh[0]
				}
			}
		case len(hh) > 1:
			prev, group, turn, block, author, speaker = "", nil, "", nil, "", ""
			headed = ""
			if contains(hh, masthead) {
				headed = masthead // "Kenya and Rwanda sign …" on Kenya's ministry's page
			}
		}
	}
	named := titles
	if r.meta != nil {
		named = append(named[:len(named):len(named)], r.meta.Title, r.meta.Publisher)
	}
	titled := false // a title or publisher named the page's countries
	if len(named) > 0 && publisherNotAuthor(named[0]) || r.meta != nil && publisherNotAuthor(r.meta.Title) {
		eventSummary = true
	}
	for _, t := range named {
		if hh, joint := opts.Gazetteer.headingHolders(t); len(hh) > 0 {
			fromHeading(hh, joint, "title: "+t, t)
			titled = true
			break
		}
	}
	fileHolder, fileChecked := "", false
	held := false // a paragraph of the page has a holder already
	unattributed, n := 0, 0
	// unheld: the paragraphs before any holder, which a signatories' list
	// after them may sign (see signatories.go).
	var unheld []*paraInfo
	// signed, signers: the paragraphs a signatories' list after them
	// signed, and its countries, which a reservation after the list may
	// withdraw from one of them (see reservation.go).
	var signed []*paraInfo
	var signers []string
	speech := false // the paragraph before was a speech's salutation
	// reported: prev holds a paragraph that reported its speaker ("The
	// representative of Malawi explained …"), which no heading holds.
	reported := false
	// prevEvidence: the evidence that made prev hold the paragraph before
	// ("The Minister of Foreign Affairs of Zambia"; see officialEvidence).
	prevEvidence := ""
	// ownSection: the paragraphs are under the authors' own heading ("Our
	// takeaways", "What we found", "Nos recommandations"; see
	// authorsHeading), where only a country that is a sentence's subject
	// holds a paragraph.
	ownSection := false
	// quotedBy: the paragraph before quoted another country's speaker,
	// whose "Il a également indiqué …" goes on (see personOpens).
	quotedBy := ""
	// answerer: the label of the last answer shown with an interviewer's
	// question ("AMB. RIVERA", "R.", "MINISTRA"), and answererHolds the
	// country that answer was held by (see sameAnswerer).
	answerer, answererHolds := "", ""
	// takenUp: the paragraph emitted is one its last part, the holder
	// before, takes up whole (see takenUpBy).
	takenUp := ""
	// labels: the country each speaker's full label named, for the
	// surname alone later (see surnameLabels).
	var labels surnameLabels
	// whole: the paragraph emit's info is part of (itself, or the paragraph
	// a subject change cut into parts, whose first part lost its label).
	var whole *paraInfo
	// titleAuthor reads a title split over two lines ("MONGOLIA", then
	// "NATIONAL CYBER SECURITY STRATEGY 2026–2030"): a document's name
	// under a heading that named one country alone, before any paragraph
	// was held, makes that country the page's author, as "Mongolia's
	// National Cyber Security Strategy" on one line does (TestSplitTitleAuthor).
	titleAuthor := func(text string) {
		if !held && author == "" && prev != "" && len(group) == 0 && block != nil && block.Method == MethodHeading && nationalDocTitle(text) {
			author, authorAttr = prev, *block
		}
	}
	ps.paras = ps.paras[:0]
	ended := false // an article's end matter began ("References"): what follows cites, and says nothing
	// afterRow: the paragraph before was a table's row rendered as its
	// country's label and cells (see renderedRow).
	afterRow := false
	emit := func(info *paraInfo, piece bool) {
		if ended {
			return
		}
		underMember := memberText && !piece
		wasRow := afterRow && !piece
		if !piece {
			memberText = false
			afterRow = false
		}
		if author != "" && !held && info.flags&(fHeading|fTitleish) != 0 && encyclopediaLine(cache.coder.textOf(info)) {
			// "Cybersecurity policy of Mongolia", then "From Wikipedia,
			// the free encyclopedia": an article about the country, not
			// its own document. Its paragraphs are the country's by block
			// order, but a neighbour's ministry it reports ("Kazakhstan's
			// foreign ministry described …") is the neighbour's
			// (TestEncyclopediaNotAuthor).
			author = ""
		}
		switch {
		case info.is(fHeading):
			othersList = othersLeadRe.MatchString(info.body)
			if endMatterLine([]byte(info.body)) && (held || !notesHeading([]byte(info.body))) {
				ended = true
				return
			}
			if held && relatedHeadingRe.MatchString(info.body) {
				// "Related Press Releases" over a list of other releases'
				// titles, which name other countries: the site's, not the
				// article's (pages20's 9i7).
				ended = true
				return
			}
			hh, joint := info.headingHolders()
			if len(unheld) > 0 && info.more != nil && info.more.signs {
				// Signatories listed after the text they sign (see
				// signatories.go): each holds the paragraphs no one held.
				attr := Attribution{Method: MethodHeading, Evidence: clip("signed: "+info.body, 60), Confidence: ConfMedium}
				if weOpening(cache.coder.textOf(unheld[0])) {
					// The text opened in the signatories' voice ("We, the
					// undersigned States, …"): what it says after, of a
					// State it accuses or any other, is theirs too ("The
					// Democratic People's Republic of Korea has stolen …"
					// was that State's, and the call after it by block
					// order; pages8's 802).
					ps.paras = signedAfter(ps.paras, hh, attr)
				}
				for _, u := range unheld {
					for _, c := range hh {
						ps.paras = append(ps.paras, parsedPara{info: u, holder: c, attr: attr})
					}
				}
				unattributed -= len(unheld)
				signed, signers = unheld, hh
				unheld, held = nil, true
				return
			}
			if len(hh) == 0 && !joint && timeStampHeading(info.body) {
				// "16:05 GMT" over a live blog's entry: the entry before
				// has ended (an author's page stays the author's).
				prev, group, turn, block = "", nil, "", nil
			}
			if len(hh) == 0 && !joint && reported && block == nil && author == "" && turn == "" && len(group) == 0 {
				// "Key takeaways", "Panel 2: Cybercrime" after a report of
				// a speaker: a new section of the report, not the
				// speaker's (TestReportedSpeakerEndsAtHeading).
				prev, reported = "", false
			}
			ownSection = len(hh) == 0 && !joint && author == "" && turn == "" && len(group) == 0 && (authorsHeading(info.body) || (reportPage || ownVoice) && reportSectionHeading(info.body))
			if ownSection {
				// An event recap's "Our takeaways", an NGO report's "What
				// we found": the authors' section, not the last speaker's
				// (pages9's 934, 948).
				prev, block = "", nil
			}
			if !held && publisherNotAuthor(beforeAuthor(info.body)) {
				eventSummary = true
			}
			fromHeading(hh, joint, info.body, info.body) // a heading's text is never coded
			if len(hh) == 0 && !joint {
				titleAuthor(info.body)
			}
			asked = nil
			section = newSection(cache.terms, info.body, held, len(hh) > 0 || joint)
			return
		case !held && info.label == labelNone && info.is(fTitleish):
			// A page's title block, which no full stop ends ("Second
			// substantive session, Open-ended working group … Check
			// against delivery"): no statement; it names the page's
			// holder as a heading does.
			text := cache.coder.textOf(info)
			hh, joint := opts.Gazetteer.headingHolders(text)
			if publisherNotAuthor(beforeAuthor(text)) {
				eventSummary = true
			}
			fromHeading(hh, joint, text, text)
			if len(hh) == 0 && !joint {
				titleAuthor(text)
			}
			section = newSection(cache.terms, text, held, len(hh) > 0 || joint)
			return
		case info.label == labelChair:
			prev, group, turn, block, author, speaker = "", nil, "", nil, "", ""
			return
		case speaker != "" && len(group) > 0 && nationalCapacityRe.MatchString(cache.coder.textOf(info)):
			// "I will now make some remarks in my national capacity": the
			// group's statement has ended; its deliverer goes on alone.
			prev, group = speaker, nil
			text := cache.coder.textOf(info)
			block = &Attribution{Method: MethodHeading, Evidence: clip("in its national capacity: "+text, 60), Confidence: ConfMedium}
			author, authorAttr, speaker = prev, *block, ""
			if info.is(fAnnounces) {
				return // the announcement alone is procedure, no position
			}
		case info.is(fAnnounces):
			return // so it is after a group's statement the page does not list
		case info.is(fAligns) && prev != "" && turn == "":
			// "The Candidate Countries Albania, … align themselves with this
			// statement": procedure, no position (see aligned.go).
			return
		case info.label == labelMember || info.label == labelOffice || info.label == labelMemberAlone:
			// A Member's or the Speaker's turn, a minister's label alone
			// (see parliament.go); on a page no heading holds, a Member
			// with a Westminster party tag makes it the UK's record.
			memberText = info.label == labelMemberAlone
			if prev == "" && block == nil && author == "" && turn == "" && info.label != labelOffice {
				if text := cache.coder.textOf(info); westminsterMember(text) {
					if uk, ok := opts.Gazetteer.Resolve("United Kingdom"); ok {
						prev = uk
						block = &Attribution{Method: MethodHeading, Evidence: clip("a House of Commons record: "+text, 60), Confidence: ConfMedium}
					}
				}
			}
			return
		case underMember && info.label == labelNone:
			return // the text under a Member's label
		case info.label == labelAside:
			asked, askedYou = info, false
			return
		case info.label == labelNone && !piece && info == whole && asked == nil && turn == "" && len(group) == 0 && prev != "" &&
			unlabelledQuestion(rawPara) && (questionToYou(rawPara) || !info.is(fNarrated) && questionGoesOn(info, rawPara, prev)):
			// An FAQ's or a magazine interview's unlabelled question (see
			// unlabelledquestion.go): shown with its answer.
			asked, askedYou = info, questionToYou(rawPara) || shortQuestion(bytes.TrimSpace(rawPara))
			return
		case info.is(fLead) && !info.is(fCont) && !info.is(fContrastLead) && !piece:
			return // a comparison's framing sentence is nobody's
		}
		var h string
		var attr Attribution
		var namedGroup []string // the delegations a summary's paragraph names as holding it
		outsiderOpens := false  // an unnamed outsider's judgement opens it: nobody's, even in a country's own page
		var sides []string      // a bilateral page's two parties, which "The two sides agreed" names (see bothsides.go)
		if info.label == labelNone && !piece && info.opens&oTwoParties != 0 {
			sides = twoHolders(ps.paras, partiesCount(cache.coder.textOf(info)))
		}
		surnamed, surnameLabel := "", ""
		if len(labels) > 0 && info.label == labelNone && !piece {
			surnamed, surnameLabel = labels.of(cache.coder.textOf(info))
		}
		switch {
		case piece && prev != "":
			// The rest of a paragraph split for length keeps its holder.
			h = prev
			attr = ps.paras[len(ps.paras)-1].attr
		case asked != nil && askedYou && prev != "" && info.label == labelNone:
			// "Who helped you?" then "Australia and New Zealand sent
			// engineers in the first week, and Tonga is grateful to both.":
			// the interviewee answers the question put to it, whoever its
			// answer names first (pages22's 9k3 and 9k4 gave the helpers
			// the answer's first sentence).
			h, attr = prev, Attribution{Method: MethodSpeaker, Evidence: "answers the question put to it", Confidence: ConfMedium}
		case info.label == labelSpeaker:
			who, label := info.speaker()
			h, attr = who, Attribution{Method: MethodSpeaker, Evidence: clip(label, 60), Confidence: ConfHigh}
			turn, group, block, author, speaker = label, nil, nil, "", ""
		case othersList && info.label == labelCountry && author != "" && len(group) == 0 && turn == "" && !piece && labelOfOther(info, author):
			// "- Uganda: proposed that one session a year be held in
			// Africa." in Jamaica's submission, under "Summary of other
			// submissions received so far:" (othersList; a country's
			// label elsewhere on an author's page is that country's, as
			// a table's row is): the author's report of
			// another State's submission, never that State's words
			// (pages19's class of a consultation response listing other
			// States' submissions). The author's page goes on.
			h, attr = author, authorAttr
		case info.label == labelCountry:
			who, label := info.speaker()
			h, attr = who, Attribution{Method: MethodSpeaker, Evidence: clip(label, 60), Confidence: ConfHigh}
			turn, group, block, author, speaker = "", nil, nil, "", ""
			afterRow = !piece && renderedRow(cache.coder.textOf(info))
		case surnamed != "":
			// "CHEA: If I may add, …" after "H.E. MR. SOKHA CHEA
			// (Ambassador of … Cambodia):": the speaker's turn, whoever
			// spoke before (see surnamelabel.go).
			h, attr = surnamed, Attribution{Method: MethodSpeaker, Evidence: clip(surnameLabel+", labelled in full before", 60), Confidence: ConfMedium}
			turn, group, block, author, speaker = surnameLabel, nil, nil, "", ""
		case turn != "" && prev != "" && !opts.Gazetteer.reportsAnother(cache.coder.textOf(info), prev):
			// Every paragraph of a speaker's turn is the speaker's, whoever
			// it quotes or names, until a report of another delegation's
			// words ("The representative of Iran said …") ends it.
			h, attr = prev, Attribution{Method: MethodSpeaker, Evidence: "in the turn of " + clip(turn, 50), Confidence: ConfHigh}
		case len(pair) == 2 && info.is(fMeetingOpens) && bothSidesOpen(cache.coder.textOf(info)):
			// "Delegations of Nepal and Bhutan held talks …" then "The two
			// sides agreed …": both of them, each.
			h, attr = pair[0], Attribution{Method: MethodContinuation, Evidence: "the two sides: " + pair[0] + " and " + pair[1], Confidence: ConfMedium}
			namedGroup = pair
			block = nil
		case len(sides) == 2 || len(sides) > 2 && len(group) == 0:
			// (A joint page's group block already holds its three or more
			// parties, and goes on after them: it is left running.)
			// "The two sides agreed …", "Ambas Partes acordaron …", "The
			// three Ministers agreed …": each party of the page holds it.
			h, attr = sides[0], Attribution{Method: MethodSubject, Evidence: "the parties: " + strings.Join(sides, ", "), Confidence: ConfMedium}
			namedGroup = sides
			block = nil
		case info.more != nil && len(info.more.named) > 0 && (author == "" || info.more.weJoint && contains(info.more.named, author)) && len(group) == 0 && takenUp == "":
			// (In a country's own speech too, when the speaker names its
			// own country among those it speaks for: "Tengo el honor de
			// hacer uso de la palabra en nombre de Costa Rica, …, Panamá y
			// mi propio país, la República Dominicana", esfr25's 891.)
			// "Several delegations, including Lesotho and Eswatini,
			// stressed …": each named delegation holds the paragraph.
			named, ev := info.named()
			h, attr = named[0], Attribution{Method: MethodSubject, Evidence: ev, Confidence: ConfMedium}
			namedGroup = named
			block = nil
		default:
			h, attr = info.holder(prev)
			if takenUp != "" && h != takenUp {
				h, attr = takenUp, Attribution{Method: MethodBlockOrder, Evidence: takenUp + " takes up the State it reports", Confidence: ConfMedium}
			}
			if h == "" && prev == "" && asked != nil && answererHolds != "" && sameAnswerer(cache.coder.textOf(whole), answerer) {
				// "MODERADOR: Abrimos la ronda de preguntas." ended the block,
				// then "PREGUNTA (…): …?" and "CANCILLER: Cada país tiene su
				// propia posición …": the speaker who held the first turn
				// under that label answers for the same country (pages15's
				// 9d5).
				h, attr = answererHolds, Attribution{Method: MethodSpeaker, Evidence: clip("the same speaker answers: "+answerer, 60), Confidence: ConfMedium}
			}
			if asked != nil && h != prev && prev != "" && prev == answererHolds && (attr.Method == MethodLaterMention || attr.Method == MethodSubject) &&
				sameAnswerer(cache.coder.textOf(whole), answerer) {
				// "HOST: Your neighbour sees it differently, doesn't it?"
				// then "AMB. RIVERA: Tonga has its own view, and we respect
				// it": the guest who answered for her country before
				// answers again; the country her answer opens on is its
				// topic, not its speaker (TestSameAnswererKeepsCountry).
				h, attr = prev, Attribution{Method: MethodSpeaker, Evidence: clip("the same speaker answers: "+answerer, 60), Confidence: ConfMedium}
			}
			if outsider && (attr.Method == MethodContinuation || attr.Method == MethodBlockOrder) && outsiderGoesOn(cache.coder.textOf(info)) {
				// "A representative of Microsoft said …" then "She added
				// that …": the company's speaker goes on, not the block.
				h, attr = "", Attribution{}
			}
			if attr.Method == MethodBlockOrder && (info.mentions == nil || len(*info.mentions) == 0) && sourceCue(rawPara) && otherSourced(cache.coder.textOf(info)) {
				// "…, according to Interpol.": the source's figures, not
				// the block's words (see otherSourced).
				h, attr = "", Attribution{}
			}
			if quotedBy != "" && (attr.Method == MethodContinuation && personOpens(info.contText()) ||
				attr.Method == MethodBlockOrder && personOpens(cache.coder.textOf(info))) {
				// (Read by block order too: "He added that his country would
				// host the talks" after the guest's quotation, asked24.)
				// "« Maurice a fait … », a déclaré le Ministre mauricien."
				// then "Il a également indiqué que …": the quoted speaker
				// goes on, not the block the quotation left running
				// (pages9's 940).
				h, attr = quotedBy, Attribution{Method: MethodContinuation, Evidence: "the quoted speaker goes on: " + info.contText(), Confidence: ConfMedium}
			}
			if ownSection && (attr.Method != MethodSubject && attr.Method != MethodPossessive ||
				attr.Method == MethodPossessive && !possessiveActor(attr.Evidence)) {
				// The authors' words, whatever country they name in passing,
				// or whose intervention or membership they judge ("The Holy
				// See's intervention was the most quoted", pages10's 978).
				h, attr = "", Attribution{}
			}
			if attr.Method == MethodBlockOrder && prev != "" && turn == "" && author == "" && len(group) == 0 && len(ps.paras) > 0 &&
				newPersonOpens(cache.coder.textOf(info), cache.coder.textOf(ps.paras[len(ps.paras)-1].info)) != "" {
				// "Mr. Osei said …" after "Ms. Koirala opened …": another
				// panellist, who keeps no block (see newperson.go).
				h, attr = info.holder("")
				prev, block = "", nil
			}
			if (attr.Method == MethodBlockOrder || attr.Method == MethodContinuation) && h != "" && turn == "" && len(group) == 0 &&
				cache.coder.opensWith(info, titleOnlyFirst) {
				// (The first word is looked up, and only the opening
				// decoded: decoding every paragraph the block holds was
				// +120 MB and 41 → 68 GC cycles at 100k -dup 8.)
				if office := titleOnlyOffice(cache.coder.opening(info)); office != "" {
					if c := ps.officeHolderBefore(office, 8); c != "" && c != h {
						// "Le ministre a, de son côté, rappelé …" after a
						// Rwandan agency head's words: the minister the page
						// named before, the Central African one (see
						// titleonly.go).
						h, attr = c, Attribution{Method: MethodContinuation, Evidence: "the " + office + " named before: " + c, Confidence: ConfMedium}
					}
				}
			}
			if (h == "" || attr.Method == MethodBlockOrder || attr.Method == MethodContinuation || attr.Method == MethodLaterMention) && bytes.Contains(rawPara, []byte("ongol")) {
				if cands := ambiguousSide(cache.coder.textOf(info)); cands != nil {
					// "La partie congolaise a rappelé …": the Congo the
					// page names, never the party before (see ambiguousside.go).
					h, attr = "", Attribution{}
					if c := pageSide(cands, ps.paras); c != "" {
						h, attr = c, Attribution{Method: MethodSubject, Evidence: "the side the page names: " + c, Confidence: ConfMedium}
					} else if c := guestSide(cands, cmp.Or(author, masthead)); c != "" {
						// "À sa sortie d'audience, le ministre congolais a
						// déclaré …" on the DR Congo's own page, which named
						// both Congos: the page calls its own minister by
						// office, and the guest by nationality (asked24,
						// where the author's page took the guest's words).
						h, attr = c, Attribution{Method: MethodSubject, Evidence: guestSideEvidence + c, Confidence: ConfMedium}
					}
				}
			}
			if h != "" && cache.coder.opensWith(info, outsidePersonFirst) && opts.Gazetteer.outsidePersonOpens(cache.coder.textOf(info), attr.Method == MethodHeading || author != "") {
				// "Un analyste occidental juge que la position égyptienne …":
				// an outsider's judgement, nobody's (see outsideperson.go).
				h, attr, outsiderOpens = "", Attribution{}, true
			}
			if attr.Method == MethodBlockOrder && attr.Confidence != ConfHigh || h == "" && attr.Method == "" && !outsiderOpens && prev == "" ||
				attr.Method == MethodContinuation && cache.coder.opensWith(info, speakerLaterOpeners) {
				// (A continuation opening "Also …" or "También …" may name
				// its own speaker after a fronted participle or the verb:
				// "Also stressing … was the representative of Tuvalu, who
				// said …", "También destacó … el representante del
				// Paraguay, quien pidió …".)
				// (A paragraph with no holder at all, after a joint
				// paragraph of two countries, still has its speaker: "Un
				// délégué ivoirien a indiqué …", esfr22's 813, was
				// nobody's.)
				text := cache.coder.textOf(info)
				if c, ev := opts.Gazetteer.speakingFor(text); c != "" && c != prev {
					// "Speaking for Kenya, Ms. Otieno said …": Kenya's.
					h, attr = c, Attribution{Method: MethodSubject, Evidence: ev, Confidence: ConfMedium}
				} else if attr.Confidence == ConfLow && opts.Gazetteer.opensWithOther(text, prev) {
					// "Antigua & Barbuda stressed …" read with no subject:
					// another country's words, never the previous holder's.
					h, attr = "", Attribution{}
				}
			}
			pageHost, guest := headed, reported
			if pageHost == "" && embassyCand != nil && embassy == nil {
				// An embassy's news page ("Ambassade de Belgique en Côte
				// d'Ivoire" over its own story) is its sender's narration,
				// whose masthead names two countries and so heads none:
				// any other country's paragraph on it reports a guest
				// (asked24).
				pageHost, guest = embassyCand.sender, true
			}
			if attr.Method == MethodBlockOrder && guest && pageHost != "" && h == prev && h != pageHost && !eventSummary &&
				turn == "" && len(group) == 0 && (info.mentions == nil || len(*info.mentions) == 0) && guestEnds(cache.coder.textOf(info)) &&
				len(opts.Gazetteer.findText(Tokenize(cache.coder.textOf(info)), true)) == 0 {
				// "Le représentant du Gabon, présent à la cérémonie, a
				// salué …" then "La campagne se déroulera jusqu'au 31
				// octobre …": the page's own narration goes on after its
				// guest, who is no block of the page (see guestends.go).
				// A paragraph naming a country, by a demonym too ("El
				// comunicado nicaragüense añadió …", pages9's 941), is read
				// as before.
				h, attr = pageHost, Attribution{Method: MethodHeading, Evidence: "the page's narration after a reported guest", Confidence: ConfMedium}
			}
			if (attr.Method == MethodBlockOrder || attr.Method == MethodLaterMention) && masthead != "" && headed == masthead && h != masthead &&
				(mastheadOfficial(cache.coder.textOf(info)) && !(h == prev && officialEvidence(prevEvidence) && officialGoesOn(cache.coder.textOf(info))) ||
					attr.Method == MethodBlockOrder && namesOnly(info, masthead)) {
				// (So is a paragraph naming only the page's author after
				// another country's official was reported: "Members of the
				// public are encouraged to report cybercrime to the Royal
				// Eswatini Police Service." after South Africa's deputy
				// minister, in Eswatini's press statement.)
				// "El Viceministro destacó …" in Guatemala's ministry's
				// release, after a paragraph on the Dominican Republic: an
				// official the paragraph does not place is the
				// masthead's, not the last country named (TestMastheadOfficial).
				ev := "an official of the page's author"
				if !mastheadOfficial(cache.coder.textOf(info)) {
					ev = "names only the page's author"
				}
				h, attr = masthead, Attribution{Method: MethodHeading, Evidence: ev, Confidence: ConfMedium}
			}
			if attr.Method == MethodLaterMention && h != prev && (prev != "" || attr.Confidence == ConfLow) && opensFirstPerson(cache.coder.textOf(info)) {
				// "My delegation takes the floor to respond to the
				// statement by the representative of Venezuela", "We
				// condemn the Russian Federation's activities. Russia must
				// cease …": the speaker names the country it answers, and
				// is not it; the first person goes on with the speaker of
				// the paragraph before, if any (TestFirstPersonGoesOn).
				if prev != "" {
					h, attr = prev, Attribution{Method: MethodContinuation, Evidence: "the first person goes on", Confidence: ConfMedium}
				} else {
					h, attr = "", Attribution{}
				}
			}
			if h == "" && !held && !titled && !info.is(fThirdParty) && firstPerson(cache.coder.textOf(info)) {
				// A delegation speaking in the first person on a page
				// that names no country before it: the file's name may
				// ("nepal_oewg_2024.txt").
				if !fileChecked {
					fileHolder, fileChecked = opts.Gazetteer.fileNameHolder(name), true
				}
				if fileHolder != "" {
					h, attr = fileHolder, Attribution{Method: MethodFileName, Evidence: clip(path.Base(name), 60), Confidence: ConfLow}
				}
			}
			if h != "" && h != author {
				h, attr = answered(info, h, attr)
			}
			if speech && author == "" && turn == "" && len(group) == 0 && !held && h != "" &&
				(attr.Method == MethodSubject || attr.Method == MethodPossessive) {
				// The first paragraph of a speech ("Mr. President," then
				// "Uruguay thanks the Chair …") names its speaker: every
				// paragraph after it is the speaker's, whoever it quotes
				// or answers (TestSpeechAuthor).
				author, authorAttr = h, Attribution{Method: MethodBlockOrder, Evidence: "in " + h + "'s speech", Confidence: ConfMedium}
			}
			if h != "" && h == prev && (attr.Method == MethodBlockOrder || attr.Method == MethodContinuation ||
				info.opens&oAuthorsView != 0 && (attr.Method == MethodPossessive || attr.Method == MethodSubject)) &&
				author == "" && turn == "" && len(group) == 0 &&
				info.opens&(oJournalist|oAuthorsView) != 0 && (block == nil || !ownTitle(block.Evidence)) {
				// (An authors' view that names the country before in
				// passing, "In my view, Zambia's proposal is the better
				// one", is theirs too: pages10's 961.)
				// "In our view, …" on a think tank's page, "We asked the
				// ministry …" in a news story: the authors' voice, not the
				// country of the paragraph before (see outsidevoice.go).
				// (Read by the analysis, once per distinct paragraph: most
				// paragraphs of a block are read here.)
				if journalist, view := info.opens&oJournalist != 0, info.opens&oAuthorsView != 0; journalist ||
					view && (reportPage || ps.describedFromOutside(cache, 1)) {
					h, attr = "", Attribution{}
					reportPage = reportPage || view
					ownVoice = true
				}
			}
			if h != "" && h != prev && info.opens&oAuthorsView != 0 && author == "" && turn == "" && len(group) == 0 &&
				(attr.Method == MethodPossessive && !possessiveActor(attr.Evidence) || attr.Method == MethodLaterMention ||
					attr.Method == MethodSubject && !speakingActor(attr.Evidence)) &&
				(block == nil || !ownTitle(block.Evidence)) && (reportPage || ps.describedFromOutside(cache, 3)) {
				// (Or "À mon sens, la position suisse est l'une des plus
				// abouties" on an institute's blog, two paragraphs after
				// "Monaco, de son côté, a plaidé …": esfr24's 874.)
				// "In my view, Ecuador's proposal is better" after the
				// author's "I think this is a mistake" on Brazil's argument:
				// the author judges another country's proposal, which is
				// not that country's words (TestBloggerOwnView).
				h, attr = "", Attribution{}
			}
			narrated := false // a report of another's words, not the author's (the first case below)
			if info.is(fNarrated) && (attr.Method == MethodSubject || attr.Method == MethodPossessive) && h != "" {
				// Decoded once: a second textOf for speakerConcludes
				// decoded every narrated paragraph of the load again
				// (+54 MB, 41 → 59 GC cycles at 100k -dup 8).
				text := cache.coder.textOf(info)
				narrated = !firstPerson(text) && !authorActsLater(info, author) && (author == "" || !opts.Gazetteer.speakerConcludes(text, author))
			}
			switch {
			case info.opens&oInterviewIntro != 0 && turn == "" && len(group) == 0:
				// "Sierra Leone passed its Cyber Security Act in 2021. We
				// spoke to the Minister …": the journalist's introduction to
				// an interview, not the country's words, though the title
				// made the interviewee's country the page's (TestInterviewIntro);
				// so is "Kiribati's Minister … spoke to us in Tarawa about
				// …", which reads as a report of a speaker (TestInterviewIntroMetHer).
				h, attr = "", Attribution{}
			case narrated:
				// "The representative of Ghana said …", "Togo's minister
				// stressed …": a report of a meeting, whatever heading or
				// title came before
				// ("Intervención de la delegación de Bolivia" heads one
				// speaker's summary, not the page): no author's block
				// goes on past it. An author answering another in the
				// first person ("The representative of X claimed … We
				// cannot agree.") keeps the paragraph, below; so does an
				// author that answers the report in a clause of its own
				// ("Estonian President Alar Karis said … “…”, and Finland
				// could not agree more" in Finland's speech: see
				// authorActsLater).
				group, block, author, speaker = nil, nil, "", ""
			case author != "" && h == "" && info.is(fThirdParty) && thirdPartyOpens(cache.coder.textOf(info)) && !firstPerson(cache.coder.textOf(info)):
				// "Human rights groups such as Article 19 have argued …",
				// "Analysts said …" on a page read as a country's own (an
				// encyclopaedia's "Cybersecurity policy of Mongolia"): no
				// country's words, the author's least (TestThirdPartyExamples).
				// (Read only for the rare paragraph the analysis marked.)
			case author != "" && h != author && attr.Method == MethodSubject && strings.HasPrefix(attr.Evidence, quotedEvidence):
				// "“No country can defend its networks alone,” the Czech
				// National Cyber and Information Security Agency stated …"
				// in Slovakia's strategy: another country's words, word for
				// word, which the author cites; they stay that country's
				// (pages11's 983), and the author's block goes on after.
			case author != "" && h != author && attr.Method == MethodSubject && strings.HasPrefix(attr.Evidence, guestSideEvidence):
				// The guest the author's page named by an ambiguous
				// demonym (see guestSide): the guest's words.
			case author != "" && h != author && !outsiderOpens:
				// In a country's own statement or policy, another country
				// that acts is described, quoted or answered by the author.
				h, attr = author, authorAttr
			case len(group) > 0 && block != nil && h == "" && info.is(fMeetingOpens) && organsVoice(cache.coder.textOf(info)):
				// "Las tres Secretarías acordaron …" under a joint title
				// naming the bodies: their organs, no member's words
				// (see organsVoice).
			case len(group) > 0 && block != nil && (h == "" || !contains(group, h)):
				// So in a joint statement: "Belarus has allowed its
				// territory to be used ..., and we call on it to stop" is
				// the signatories' words about Belarus, and "The Forum
				// members call for …" (members unnamed, which a summary's
				// "Some delegations" makes nobody's) are the signatories'
				// own.
				h, attr = prev, *block
			case h == prev && block != nil && (attr.Method == MethodBlockOrder || attr.Method == MethodContinuation):
				attr = *block
			case attr.Method == MethodFileName:
				// The paragraphs the block goes on with are held as
				// weakly as the file's name holds this one.
				fileAttr := attr
				group, block = nil, &fileAttr
			case len(group) > 0 && block != nil && attr.Method == MethodSubject && attr.Confidence != ConfHigh && contains(group, h):
				// One party's office acts in a joint statement ("the
				// Minister of Foreign Affairs of Brunei paid an official
				// visit"): the parties' joint text still, and it goes on
				// for all (TestJointPartyActs). A party reporting for
				// itself ("La Parte española expresó …", read with high
				// confidence) holds its paragraph alone, as before.
				h, attr = prev, *block
			case h != prev || attr.Method != MethodBlockOrder && attr.Method != MethodContinuation:
				group, block = nil, nil
			}
		}
		if h != "" && info.opens&(oNewsroom|oOpinion) != 0 && author == "" && turn == "" && len(group) == 0 &&
			(attr.Method == MethodSubject || attr.Method == MethodPossessive ||
				attr.Method == MethodLaterMention && !sentenceInside([]byte(cache.coder.textOf(info)))) {
			// "Le Cameroun et le Congo voisins disposent déjà de tels
			// centres, rappelle notre rédaction", "Pour plusieurs
			// observateurs, la Centrafrique reste …": the newsroom's or
			// the analysts' sentence about the country, not its words
			// (see newsroomTail, opinionFronted). In a country's own
			// statement the author keeps it, and a paragraph held by its
			// heading or block (a member's question quoting researchers
			// in a parliament's record, pages20's 9ib) stays so, as does
			// one held by a later sentence's subject.
			h, attr, namedGroup = "", Attribution{}, nil
		}
		if masthead != "" && headed == masthead && h != "" && h != masthead && info.label == labelNone && turn == "" && len(group) == 0 &&
			(attr.Method == MethodSubject || attr.Method == MethodPossessive) && !partyEvidence(attr.Evidence) && opts.Gazetteer.reportedReaction(cache.coder.textOf(info), masthead) {
			// "Colombia y Chile expresaron su respaldo a la respuesta del
			// Ecuador" in Ecuador's ministry's communiqué: the author's
			// account of how others reacted to its affair, never the
			// reported countries' statement (see reaction.go). A party
			// to the author's talks ("The Chadian side expressed its
			// support for the proposal", pages6's 655) speaks for itself.
			h, attr = masthead, Attribution{Method: MethodHeading, Evidence: "another country's reaction the page's author reports", Confidence: ConfMedium}
			namedGroup = nil
		}
		if wasRow && info.label == labelNone && h != "" && h == prev && (attr.Method == MethodBlockOrder || attr.Method == MethodContinuation) {
			// The line under a table naming no country ("\"Not stated\"
			// means …", "The editors will update the table …") is the
			// compiler's, not the last row's State's (pages17's 9f7).
			h = ""
		}
		if embassy != nil && info.label == labelNone && !piece && turn == "" && len(group) == 0 {
			if embassy.host == "" {
				for _, c := range info.mentionList() {
					if c != embassy.sender {
						embassy.host = c // the first other country the report names
						break
					}
				}
			}
			if nh := embassy.holder(cache.coder.textOf(info), h, attr); nh != h {
				// An embassy's report: the host's official speaks for the
				// host; narration, members and the opposition are nobody's
				// (see embassyreport.go).
				h, attr = nh, Attribution{}
				if nh != "" {
					attr = Attribution{Method: MethodSubject, Evidence: "an official of the country the embassy reports on: " + nh, Confidence: ConfMedium}
				}
			}
		}
		byInitials := false // held by the agency's initials (see initials.go)
		if initials != nil && info.label == labelNone && !piece && author == "" && turn == "" && len(group) == 0 &&
			(h == "" || attr.Method == MethodBlockOrder || attr.Method == MethodContinuation || attr.Method == MethodLaterMention) {
			if c, at := initialsOpening(cache.coder.textOf(info), initials); c != "" && c != h && (h != "" || !info.is(fThirdParty) || at <= 1 || initialsRoleOf(cache.coder.textOf(info))) {
				// "The DICT secretary said …" after a paragraph on another
				// country: the agency's country, as the page spelled it
				// out (see initials.go). (A paragraph read as a third
				// party's is the agency's only where the initials head its
				// subject: "A DICT spokesperson added …", "A spokesperson
				// for JaCIRT added …", not "Critics of the DICT said …".)
				h, attr = c, Attribution{Method: MethodSubject, Evidence: "an agency's initials the page spelled out with " + c, Confidence: ConfMedium}
				byInitials = true
			}
		}
		if info.label == labelNone && !piece && (author == "" || author == headlineAuthor) && turn == "" && len(group) == 0 &&
			(h == "" || attr.Method == MethodBlockOrder || attr.Method == MethodContinuation || attr.Method == MethodLaterMention || attr.Method == MethodHeading) && locativeOpens(rawPara) {
			if c := opts.Gazetteer.locativeGovernment(cache.coder.textOf(info)); c != "" && c != h {
				// "In Mali, the transitional authorities announced …": the
				// government of the country the paragraph is set in (see
				// locative.go), also under a news title naming another,
				// or a headline telling of that one's document.
				h, attr = c, Attribution{Method: MethodSubject, Evidence: "the government of the place: " + c, Confidence: ConfMedium}
			}
		}
		if o := matchPins(pins, cache.coder, info); o != nil {
			pinned = o
			h, attr = o.holder, o.attribution()
			namedGroup = nil
		} else if pinned != nil && (piece || attr.Method == MethodContinuation || attr.Method == MethodBlockOrder) {
			h, attr = pinned.holder, pinned.attribution()
		} else {
			pinned = nil
		}
		outsider = h == "" && info.is(fThirdParty) && !info.is(fMeetingOpens) || h == "" && outsider && info.label == labelNone
		if h == "" {
			unattributed++
			if !held {
				unheld = append(unheld, info)
			}
			// A question whose answer is nobody's goes with it: kept, it
			// was shown with the next paragraph held, another speaker's
			// (TestQuestionGoesWithUnheldAnswer).
			asked = nil
			return
		}
		if !held && info.label == labelNone && !piece && asked == nil && standfirstCue(rawPara) && standfirstOpens(cache.coder.textOf(info)) {
			// An interview's standfirst (see standfirst.go): no statement;
			// the country it names answers the questions after it.
			held, prev, prevEvidence = true, h, attr.Evidence
			return
		}
		held = true
		if signers != nil {
			ps.paras = withdrawReservation(ps.paras, signed, signers, h, cache.coder.textOf(info))
		} else if len(ps.paras) > 0 && (bytes.Contains(rawPara, []byte("aragra")) || bytes.Contains(rawPara, []byte("rrafo"))) {
			// A footnoted reservation on the paragraph before it (see
			// withdrawPreceding).
			ps.paras = withdrawPreceding(ps.paras, h, cache.coder.textOf(info), cache.coder.textOf)
			ps.paras = withdrawNumbered(ps.paras, h, cache.coder.textOf(info))
		}
		if asked != nil {
			answerer, answererHolds = answerLabel(cache.coder.textOf(whole)), h
		} else if h != answererHolds {
			answerer, answererHolds = "", ""
			if head := rawPara[:min(len(rawPara), 48)]; bytes.IndexByte(head, ':') > 0 {
				// A labelled turn held before any question ("CANCILLER:
				// … El Salvador presentará …" opening a press
				// conference): its speaker answers the questions after
				// the moderator's turn under the same label.
				answerer, answererHolds = answerLabel(string(head)), h
			}
		}
		if asked != nil {
			// An interviewer's question is shown with the answer that
			// follows it, held as the answer is: "Q: Do you support a new
			// treaty? A: Not at this stage."
			info = opts.Gazetteer.analyseText(cache.coder.textOf(asked)+" "+cache.coder.textOf(info), false, nil)
			asked = nil
		}
		if byInitials && prev != "" && h != prev {
			// The agency's paragraph is its country's, and the page's
			// block goes on after it ("A senior official of the CSA said
			// …" in Sri Lanka's release, then "The Ministry of Digital
			// Economy thanked Singapore …": Sri Lanka's still), as after
			// a quotation.
			ps.paras = append(ps.paras, parsedPara{info: info, holder: h, attr: attr})
			return
		}
		if prev != "" && h != prev && (info.is(fQuotes) || guestEvidence(attr) && colonQuote(cache.coder.textOf(info))) {
			// A quotation reports another's words ("'We stand ready,' the
			// Djiboutian ambassador told reporters"): the block goes on.
			ps.paras = append(ps.paras, parsedPara{info: info, holder: h, attr: attr})
			quotedBy = h
			return
		}
		quotedBy = ""
		pair = nil
		if len(namedGroup) == 2 {
			pair = namedGroup
		}
		if len(namedGroup) > 1 {
			// Each named delegation holds it, and none of them the
			// paragraphs after it by block order.
			for _, c := range namedGroup {
				ps.paras = append(ps.paras, parsedPara{info: info, holder: c, attr: attr})
			}
			prev = ""
			if info.more != nil && info.more.weJoint {
				// "We, the Foreign Ministers of A, B and C, …" opens their
				// joint statement: the paragraphs after it are theirs as a
				// joint statement's heading makes them (see wejoint.go).
				prev, group = namedGroup[0], namedGroup
				block = &Attribution{Method: MethodHeading, Evidence: attr.Evidence, Confidence: ConfMedium}
				if author != "" {
					// The speech's author delivers the group's words
					// until it goes on "a título nacional" (see
					// nationalCapacityRe).
					speaker, author = author, ""
				}
			}
			return
		}
		prev, reported, prevEvidence = h, info.is(fNarrated), attr.Evidence
		if len(group) > 0 && attr.Method == MethodHeading {
			// A joint statement is each signatory's.
			for _, c := range group {
				ps.paras = append(ps.paras, parsedPara{info: info, holder: c, attr: attr})
			}
			return
		}
		ps.paras = append(ps.paras, parsedPara{info: info, holder: h, attr: attr})
	}
	var last *paraInfo // the paragraph before, for cache.get
	// quoteOf: the State the paragraph before introduced as the speaker
	// of a quotation after it (see introducedquote.go).
	quoteOf := ""
	ps.para = eachRawParagraphCols(text, ps.para, func(p []byte, piece bool) {
		if n++; n%ctxCheckEvery == 0 && ctx.Err() != nil {
			return
		}
		info := cache.get(p, opts.Gazetteer, last)
		last = info
		if info == nil {
			// debris; a salutation ("Mr. President,") before any held
			// paragraph opens a speech.
			q := bytes.TrimSpace(p)
			speech = !held && opensSpeech(q)
			if prev != "" && asked == nil && turn == "" && len(group) == 0 && !piece && shortQuestion(q) {
				// "Who helped you?", "Et à l'ONU ?", "¿Quién los ayudó?":
				// an interview's question too short to be a statement,
				// shown with its answer, the interviewee's whole (pages22's
				// 9k3 and 9k4 gave the helpers the answer's first sentence;
				// pages21's 9j5 lost the question).
				asked, askedYou = cache.analyse(cleanParagraph(q), opts.Gazetteer), true
			}
			return
		}
		defer func() { speech = false }() // only the paragraph right after it names the speaker
		if sec := section; sec != nil {
			defer func(from int) { stampSection(ps.paras, from, sec) }(len(ps.paras))
		}
		whole, rawPara = info, p
		if k := bytes.IndexByte(p[:min(len(p), 160)], ':'); k > 0 && bytes.IndexByte(p[:k], '(') > 0 {
			labels = labels.note(opts.Gazetteer, string(p[:k+1]))
		}
		initials = mergeInitials(initials, info.initials())
		if defs := info.initials(); defs != nil {
			// Initials described with no country are the agency of the
			// country that holds their paragraph (see initialsDef).
			from := len(ps.paras)
			defer func() {
				if len(ps.paras) > from {
					initials = heldInitials(initials, defs, oneHolder(ps.paras[from:]))
				}
			}()
		}
		if !held && embassy == nil {
			if embassyCand == nil {
				if sender, host, titled, ok := opts.Gazetteer.embassyMasthead(p); ok {
					embassyCand = &embassyReport{sender: sender, host: host}
					if titled {
						embassy = embassyCand
					}
				}
			} else if embassyLines++; embassyLines <= 3 && reportTitleRe.Match(bytes.TrimSpace(p)) {
				embassy = embassyCand
			}
		}
		introduced := quoteOf
		quoteOf = ""
		if introduced != "" && !piece && !ended && info.label == labelNone && wholeQuotation(string(bytes.TrimSpace(p))) {
			// Another State's leader quoted in a paragraph of its own after
			// its introduction (see introducedquote.go): that State's
			// words; the speaker's block goes on after it.
			ps.paras = append(ps.paras, parsedPara{info: info, holder: introduced,
				attr: Attribution{Method: MethodSubject, Evidence: quotedEvidence + "introduced by the paragraph before", Confidence: ConfMedium}})
			held = true
			return
		}
		if t := bytes.TrimRight(p, " \t\n"); len(t) > 0 && t[len(t)-1] == ':' && info.label == labelNone {
			othersList = othersLeadRe.Match(t)
			// (The colon spares nearly every paragraph the closure.)
			before := prev // the speaker before the introduction, which may be held by the State it names
			defer func() { quoteOf = quoteIntroducer(string(t), info, before) }()
		}
		owner := author // the page's author, or its masthead's country under a headline on it
		if owner == "" && masthead != "" && headed == masthead && turn == "" {
			owner = masthead
		}
		if segs := info.segs(); len(segs) > 1 && owner != "" && turn == "" && len(group) == 0 && !piece && info.label == labelNone {
			ownAttr := authorAttr
			if author == "" {
				ownAttr = Attribution{Method: MethodHeading, Evidence: "the page's masthead", Confidence: ConfMedium}
			}
			k, guests, answered := guestTail(segs, owner, cache.coder.textOf)
			switch {
			case k == 0 && (answered || author == ""):
				// A guest opens the paragraph: read whole, or cut, below
				// (an author answering "Botswana's Minister said that ….
				// We cannot agree."; a masthead's page as before).
			case answered:
				// "… Botswana's Minister said that …. We cannot agree.":
				// the author's answer, whole.
				ps.paras = append(ps.paras, parsedPara{info: info, holder: owner, attr: ownAttr})
				held, prev = true, owner
				return
			case guests:
				// The author's paragraph reports guests' words (see
				// guestTail): its own part before them is the author's,
				// each guest's part the guest's ("El director del INCIBE
				// de España … aseguró … Por su parte, la Agencia … de
				// Francia (ANSSI) envió …": whole, the first guest held
				// the second's words).
				for _, seg := range segs[:k] {
					ps.paras = append(ps.paras, parsedPara{info: seg, holder: owner, attr: ownAttr})
				}
				for _, seg := range segs[k:] {
					sub := seg.firstSubject()
					ps.paras = append(ps.paras, parsedPara{info: seg, holder: sub.country,
						attr: Attribution{Method: sub.method, Evidence: sub.evidence, Confidence: ConfMedium}})
					quotedBy = sub.country
				}
				held = true
				if k == 0 && author != "" && segs[0].is(fNarrated) {
					// A report of a meeting's speakers, as the whole
					// paragraph was read: no author's block goes on past it.
					prev, reported, quotedBy = quotedBy, true, ""
					group, block, author, speaker = nil, nil, "", ""
				}
				// Otherwise the author's block goes on after it, as after
				// a quotation.
				return
			}
		}
		if segs := info.segs(); len(segs) > 0 && turn == "" && author == "" {
			if c := takenUpBy(info, prev, cache.coder.textOf); c != "" {
				// "… Belarus has publicly denied any involvement … Ireland
				// expects every State, including Belarus, to …": the
				// answer's author takes the reported State up, and holds
				// the whole paragraph (see takenup.go).
				takenUp = c
				emit(info, piece)
				takenUp = ""
				return
			}
		}
		if segs := info.segs(); len(segs) > 0 && turn == "" && author == "" &&
			!(asked != nil && prev != "" && prev == answererHolds && sameAnswerer(cache.coder.textOf(info), answerer)) &&
			!(asked != nil && askedYou && prev != "") {
			// (The same guest's next answer stays whole, as a speaker's
			// turn does: "MINISTRA: Colombia tiene su propia visión, y el
			// Perú también. Nosotros preferimos …" cut at "el Perú" put
			// the guest's own words in Peru's mouth.)
			// (An author's paragraph stays whole: "Russia has argued X.
			// We disagree." cut in two would put X alone in its mouth.)
			// The rest of a paragraph split for length is cut too (a
			// summary on one line runs every speaker together): its part
			// before the first cut goes on with the holder before.
			for i, seg := range segs {
				emit(seg, piece && i == 0)
			}
			return
		}
		emit(info, piece)
	}, func(pos int) {
		warn("a sentence over %d bytes was cut at byte %d", maxParagraph, pos)
	}, opts.Gazetteer.countryColumns)
	if ctx.Err() != nil {
		return fileResult{file: file}
	}
	// The list goes to the merger as it is (no copy: 72 bytes a paragraph
	// occurrence) and the parser takes a pooled one for the next file.
	r.paras, ps.paras = ps.paras, getParas()
	if unattributed > 0 {
		warn("%d paragraph(s) before any country was named were left out", unattributed)
	}
	if len(r.paras) == 0 && len(r.warnings) == 0 {
		warn("no statement found")
	}
	return r
}

// labelOfOther reports whether info's country label names another
// country than the page's author.
func labelOfOther(info *paraInfo, author string) bool {
	who, _ := info.speaker()
	return who != "" && who != author
}

// oneHolder is the country that holds every one of paras, or "" when
// they have none or several.
func oneHolder(paras []parsedPara) string {
	h := paras[0].holder
	for _, p := range paras[1:] {
		if p.holder != h {
			return ""
		}
	}
	return h
}

// authorActsLater reports whether the page's author is, beyond doubt, the
// subject of a later sentence or coordinate clause of the paragraph info
// ("Estonian President Alar Karis said last year that “no country can
// defend its cables alone”, and Finland could not agree more" in
// Finland's speech): the author reports another State's official to
// answer it, as "Estonia said “…”, and Finland could not agree more"
// does, and the paragraph is the author's, not a report of a meeting
// whose narrated speaker holds it. Reads only the cuts the analysis made.
func authorActsLater(info *paraInfo, author string) bool {
	if author == "" {
		return false
	}
	for i, s := range info.segs() {
		if i > 0 && s.firstSubject().country == author {
			return true
		}
	}
	return false
}

// clip shortens evidence for display.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// read reads a file into the parser's buffer (see readRegular).
func (ps *parser) read(ctx context.Context, fsys fs.FS, name string, max int64) ([]byte, error) {
	buf, err := readRegular(ctx, fsys, name, max, ps.raw)
	if cap(buf) > cap(ps.raw) {
		ps.raw = buf[:0]
	}
	return buf, err
}

// paragraphKey is a paragraph's identity: a hash of its normalised text
// (white space and quotes folded), not of its holder.
func paragraphKey(text string) string { return keyString(paragraphKeyHash(text)) }

// paragraphKeyHash is paragraphKey as a number, as a paragraph's
// analysis keeps it (see keyString).
func paragraphKeyHash(text string) uint64 {
	if isNormalized(text) {
		sum := sha256.Sum256(unsafe.Slice(unsafe.StringData(text), len(text)))
		return binary.BigEndian.Uint64(sum[:8])
	}
	var buf [1024]byte // most paragraphs: no garbage (37 MB of it at 100k statements)
	sum := sha256.Sum256(appendNormalized(buf[:0], text))
	return binary.BigEndian.Uint64(sum[:8])
}

// keyString is the hexadecimal form of a paragraph key hash: the
// Statement.Key of paragraphKey.
func keyString(k uint64) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], k)
	return hex.EncodeToString(b[:])
}

func (c *Corpus) hash() string {
	h := sha256.New()
	var b []byte // one statement's bytes: no conversion garbage per field (67 MB at 100k)
	for i := range c.Len() {
		// Field by field, not Statement(i): buildIndex writes the themes meanwhile.
		b = append(b[:0], c.stmts.key(i)...)
		b = append(b, c.stmts.holder(i)...)
		b = append(b, 0)
		b = append(b, c.stmts.method(i)...)
		for i, src := range c.stmts.sourceIdx(i) { // the bytes of strings.Join(sources, ","), without building it
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, c.stmts.srcNames[src]...)
		}
		b = append(b, 0)
		h.Write(b)
	}
	c.hashSources(h)
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Countries lists the holders present in the corpus, sorted, with their
// statement counts.
func (c *Corpus) Countries() []CountryCount {
	out := make([]CountryCount, 0, len(c.idx.countries))
	for _, ci := range c.idx.countries {
		out = append(out, CountryCount{Country: ci.name, Statements: len(ci.docs)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Country < out[j].Country })
	return out
}

// CountryCount is a holder and how many statements it has.
type CountryCount struct {
	Country    string
	Statements int
}

// Holds reports whether the country holds at least one statement.
func (c *Corpus) Holds(country string) bool {
	_, ok := c.idx.byCountry[country]
	return ok
}

// StatementsOf returns the IDs of the country's statements in corpus order.
func (c *Corpus) StatementsOf(country string) []int {
	ci, ok := c.idx.byCountry[country]
	if !ok {
		return nil
	}
	return c.idx.countries[ci].docs
}

// MentionedIn returns the IDs of statements that name the country without
// being held by it.
func (c *Corpus) MentionedIn(country string) []int { return c.idx.mentions[country] }

// ThemeStatements returns the IDs of statements tagged with the theme.
func (c *Corpus) ThemeStatements(theme string) []int {
	i := c.Lexicon.Index(theme)
	if i < 0 {
		return nil
	}
	return c.ThemeStatementIDs(i)
}

// ResolveTheme maps user words ("due diligence", "weaponization") to a
// lexicon theme name.
func (c *Corpus) ResolveTheme(words string) (string, bool) { return c.Lexicon.Resolve(words) }

// ThemeNames lists the lexicon's theme names in order.
func (c *Corpus) ThemeNames() []string { return c.Lexicon.Names() }

// ResolveCountry maps a country name, alias, demonym or near-miss
// spelling to its short name.
func (c *Corpus) ResolveCountry(words string) (string, bool) { return c.Gazetteer.Resolve(words) }

// KnownWord reports whether a lower-case word (by its stem) occurs in the
// corpus; such words are never taken for misspelt country names.
func (c *Corpus) KnownWord(lower string) bool {
	_, ok := c.idx.stems.idMemo(Stem(lower))
	return ok
}
