package corpus

import (
	"bytes"
	"cmp"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// parseCoder word-codes statement text as the parse analyses it (see
// textCodec), so that the load never holds the whole corpus's text plain:
// at 100k statements the plain text (37 MB) lived in the parse's arena
// from the first file to the end of the index build, through every one
// of the load's memory peaks, where its code is ~10 MB.
//
// The code needs a vocabulary, made from a sample of the text before
// most of it is parsed: the merger counts the tokens of the distinct
// statements of the first files in walk order (see vocabSampler) until
// it has counted parseVocabSample bytes, then publishes the vocabulary.
// Paragraphs analysed before that keep their text plain in the cache's
// arena and are coded when the statements are stored (merger.finish);
// those analysed after it are coded as soon as their analysis is made.
// The vocabulary depends only on the files' contents and the walk's
// order, never on which worker finished first, and a code always decodes
// to its text, so what a load answers does not depend on it at all
// (TestTextCodecWholeCorpora compares coded and plain loads statement by
// statement, with the vocabulary made early).
type parseCoder struct {
	codec atomic.Pointer[liveCodec] // nil until the vocabulary is made
	arena textArena                 // the codes: kept by the statement store
	// aside holds the short strings an analysis keeps that viewed its
	// text (evidence, opening words), each once: copied there so the
	// plain text is let go of. They go with the analyses; the store copies
	// the attributions it keeps. At 100k statements (-dup 8) 99k such
	// strings are 2,585 distinct ones ("It", "The country", "Kenya has").
	aside struct {
		sync.Mutex
		arena textArena
		m     map[string]string
	}
	bufs sync.Pool // *[]byte scratch for one code
}

// liveCodec is a published vocabulary and the table that encodes with it.
type liveCodec struct {
	c   *textCodec
	ids *tokenRanks
}

// parseVocabSample is how many bytes of distinct statement text the
// vocabulary is made from (a variable so a test can make the vocabulary
// early on a small corpus). Words common enough to matter are in any few
// megabytes of a corpus; every byte counted before it is ready stays
// plain until the statements are stored.
var parseVocabSample = 2 << 20

func newParseCoder() *parseCoder {
	return &parseCoder{bufs: sync.Pool{New: func() any { return new([]byte) }}}
}

// ready returns the vocabulary once it is published, nil before.
func (pc *parseCoder) ready() *liveCodec {
	if pc == nil {
		return nil
	}
	return pc.codec.Load()
}

// code replaces the text of analysis a, and of its segments, with its
// code. plain, the text the analysis was made from, is let go of: every
// string the analysis keeps that views it is copied aside first.
func (pc *parseCoder) code(a *paraInfo, lc *liveCodec) {
	plain := a.body
	for _, s := range a.segs() {
		pc.codeOne(s, lc, plain)
	}
	pc.codeOne(a, lc, plain)
}

func (pc *parseCoder) codeOne(a *paraInfo, lc *liveCodec, plain string) {
	bp := pc.bufs.Get().(*[]byte)
	buf := appendEncoded((*bp)[:0], lc.ids, a.body)
	a.eachString(func(s *string) {
		if views(*s, plain) || views(*s, a.body) {
			*s = pc.setAside(*s)
		}
	})
	a.body = pc.arena.add(buf)
	a.set(fCoded, true)
	*bp = buf
	pc.bufs.Put(bp)
}

// setAside returns s as a string of the aside arena (see parseCoder).
func (pc *parseCoder) setAside(s string) string {
	pc.aside.Lock()
	defer pc.aside.Unlock()
	if t, ok := pc.aside.m[s]; ok {
		return t
	}
	if pc.aside.m == nil {
		pc.aside.m = map[string]string{}
	}
	k, off, buf := pc.aside.arena.alloc(len(s))
	copy(buf, s)
	t := unsafe.String(&pc.aside.arena.chunks[k][off], len(s))
	pc.aside.m[t] = t
	return t
}

// views reports whether non-empty s lies in the bytes of t.
func views(s, t string) bool {
	if len(s) == 0 || len(t) == 0 {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(t)))
	return p >= lo && p < lo+uintptr(len(t))
}

// eachString calls f with every string the analysis keeps besides its
// body and terms (its segments' are their own). TestParseCoderLetsTextGo
// walks the analyses by reflection and fails when one that views the
// text is missing here.
func (info *paraInfo) eachString(f func(*string)) {
	ms := info.mentionList() // its own list: analysed, not yet interned
	for i := range ms {
		f(&ms[i])
	}
	m := info.more
	if m == nil {
		return
	}
	for i := range m.later {
		sentStrings(&m.later[i], f)
	}
	for _, ss := range [][]string{m.actors, m.headingHolders, m.named} {
		for i := range ss {
			f(&ss[i])
		}
	}
	f(&m.speaker)
	f(&m.speakerLabel)
	f(&m.namedEvidence)
	f(&m.contWords)
	if m.subject != nil {
		sentStrings(m.subject, f)
	}
}

func sentStrings(s *sentSubject, f func(*string)) {
	f(&s.country)
	f(&s.method)
	f(&s.evidence)
	f(&s.conf)
}

// textOf is the text of analysis info, decoded when it is coded.
func (pc *parseCoder) textOf(info *paraInfo) string {
	if !info.is(fCoded) {
		return info.body
	}
	return pc.ready().c.decode(unsafe.Slice(unsafe.StringData(info.body), len(info.body)))
}

// opensWith reports whether the paragraph's first word (up to its first
// space) is in set, decoding only the text's opening when it is coded: a
// check run on every paragraph that reads only its first word must not
// decode every paragraph of the load (outsidePersonOpens did, and the
// load's allocations more than doubled; TestOpensWith).
func (pc *parseCoder) opensWith(info *paraInfo, set map[string]bool) bool {
	if !info.is(fCoded) {
		return set[firstWordOf(info.body)]
	}
	var buf [64 + 16]byte
	n := pc.ready().c.decodePrefix(buf[:], unsafe.Slice(unsafe.StringData(info.body), len(info.body)))
	head := buf[:n]
	if i := bytes.IndexByte(head, ' '); i >= 0 {
		head = head[:i]
	} else if n == len(buf)-16 {
		return false // a first word longer than 64 bytes is in no set
	}
	return set[string(head)]
}

// opening returns the paragraph's first titleOnlyWindow bytes (fewer for
// a shorter text), decoding only those when it is coded: a check that
// reads only a paragraph's opening must not decode every paragraph of the
// load (titleOnlyOffice did: +34 MB at 100k -dup 8).
func (pc *parseCoder) opening(info *paraInfo) string {
	if !info.is(fCoded) {
		return info.body[:min(len(info.body), titleOnlyWindow)]
	}
	var buf [titleOnlyWindow + 16]byte
	n := pc.ready().c.decodePrefix(buf[:], unsafe.Slice(unsafe.StringData(info.body), len(info.body)))
	return string(buf[:n])
}

// vocabSampler counts the tokens of the statements of the first files in
// walk order, each distinct analysis once, and publishes the vocabulary
// to its coder once it has counted parseVocabSample bytes. It runs on
// the merger's goroutine, which sees every file's result (in any order:
// results that come before their turn wait, as lists of analyses).
type vocabSampler struct {
	pc      *parseCoder
	next    int // walk index of the next file to count
	waiting map[int][]*paraInfo
	seen    map[*paraInfo]struct{}
	counts  map[string]int32
	bytes   int
	done    bool
}

func newVocabSampler(pc *parseCoder) *vocabSampler {
	return &vocabSampler{pc: pc, waiting: map[int][]*paraInfo{}, seen: map[*paraInfo]struct{}{}, counts: map[string]int32{}}
}

// see is told of file's (walk index) analyses, before they are merged.
func (s *vocabSampler) see(file int, paras []parsedPara) {
	if s == nil || s.done {
		return
	}
	infos := make([]*paraInfo, len(paras))
	for i, p := range paras {
		infos[i] = p.info
	}
	s.waiting[file] = infos
	for !s.done {
		infos, ok := s.waiting[s.next]
		if !ok {
			return
		}
		delete(s.waiting, s.next)
		s.next++
		for _, info := range infos {
			s.count(info)
		}
		if s.bytes >= parseVocabSample {
			s.publish()
		}
	}
}

// count adds the tokens of info's text, once per analysis. The text of
// an analysis made before the vocabulary is plain.
func (s *vocabSampler) count(info *paraInfo) {
	if info.is(fCoded) {
		return
	}
	if _, ok := s.seen[info]; ok {
		return
	}
	s.seen[info] = struct{}{}
	t := info.body
	s.bytes += len(t)
	for k := 0; k < len(t); {
		e := tokenEnd(t, k)
		if e-k <= maxTokenBytes {
			s.counts[t[k:e]]++
		}
		k = e
	}
}

// publish makes the vocabulary from the counts and hands it to the coder;
// the sampler is done.
func (s *vocabSampler) publish() {
	c, ids := vocabFromCounts(s.counts)
	s.pc.codec.Store(&liveCodec{c, ids})
	*s = vocabSampler{done: true}
}

// vocabFromCounts makes a vocabulary of every token counted at least
// twice, most frequent first (ties by the token's bytes), and the map to
// encode with.
func vocabFromCounts(counts map[string]int32) (*textCodec, *tokenRanks) {
	type entry struct {
		tok string
		n   int32
	}
	var es []entry
	for tok, c := range counts {
		if c >= 2 {
			es = append(es, entry{tok, c})
		}
	}
	slices.SortFunc(es, func(a, b entry) int {
		if a.n != b.n {
			return cmp.Compare(b.n, a.n)
		}
		return cmp.Compare(a.tok, b.tok)
	})
	es = es[:min(len(es), maxVocab)]
	toks := make([]string, len(es))
	for i, e := range es {
		toks[i] = e.tok
	}
	return codecOf(toks)
}

// matchPins is matchOverride(pins, info's text), decoding the text only
// when the file has pins.
func matchPins(pins []*override, pc *parseCoder, info *paraInfo) *override {
	if len(pins) == 0 {
		return nil
	}
	return matchOverride(pins, pc.textOf(info))
}
