package corpus

import (
	"hash/maphash"
	"math"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
)

// index is an inverted index in one flat array: the postings of stem s are
// post[off[s]:off[s+1]], sorted by doc. Docs are numbered so that each
// holder country's statements are contiguous (country c owns docs
// [lo, hi)), so a question about one country reads only that country's
// slice of each posting list, found by binary search.
type index struct {
	stems stemDict   // stem <-> ID, and a corpus word of each stem
	vocab vocabulary // built on the first Correct
	off   []uint32   // len(stems)+1 offsets into the postings (docs and postTF)
	// The postings, as two parallel arrays rather than one of structs: a
	// doc as a 16-bit gap (docLists) and a term frequency in one byte, so a
	// posting takes 3 bytes instead of 8 (24 MB → ~10 MB at 100k
	// statements). The rare frequency
	// of 255 or more (a word repeated that often in one paragraph, which
	// is split at maxParagraph bytes) is tfOverflow in postTF and exact in
	// bigTF (TestPostingsCompact).
	docs    docLists         // doc of each posting, sorted within a stem's range
	postTF  []uint8          // occurrences of the stem in that doc, up to tfOverflow
	bigTF   map[uint32]int32 // posting index -> occurrences, for postTF == tfOverflow
	docLen  []uint16         // per doc: content words
	avgLen  float64
	docStmt []int32 // doc -> statement ID
	// themeSet is each statement's set of themes, an index into
	// themeSets (sorted theme indices; set 0 is empty): a corpus has few
	// distinct sets, and a slice header per statement was 2.4 MB at 100k.
	themeSet  []uint32
	themeSets [][]int
	tmask     []uint64 // statement -> bit t set for theme t < 64
	// themeBest holds, per theme, each country's best statement on it,
	// best first (see ThemeBest).
	themeBest [][]ThemeHit

	countries []countryIndex
	byCountry map[string]int
	holderOf  []int32          // statement -> index into countries
	byTheme   [][]int          // theme -> statement IDs
	mentions  map[string][]int // country -> statements naming it (not held)
	lang      []uint8          // statement -> langEnglish, langSpanish or langFrench
}

type countryIndex struct {
	name   string
	lo, hi uint32 // doc range
	docs   []int  // statement IDs, corpus order
}

// termTF is one stem of one statement with its frequency.
type termTF struct {
	stem uint32
	tf   uint32
}

// tfOverflow in postTF means the frequency is in bigTF.
const tfOverflow = 255

// tf returns the frequency of posting p.
func (ix *index) tf(p uint32) float64 {
	if f := ix.postTF[p]; f != tfOverflow {
		return float64(f)
	}
	return float64(ix.bigTF[p])
}

// interner hands out stem IDs to concurrent indexing workers.
type interner struct {
	seed   maphash.Seed
	next   atomic.Uint32
	shards [32]struct {
		sync.Mutex
		m map[string]stemEntry
	}
	// words memoises each distinct word's stem and stem ID for one index
	// build. It replaces the process-wide Stem cache during a load: that
	// cache kept every word of the corpus (two map nodes and two strings
	// each, ~40 MB at 100k statements) alive after the load, while this
	// one is freed with the build (TestIndexBuildLeavesStemCache).
	words [32]struct {
		sync.Mutex
		m map[string]wordStem
	}
}

type wordStem struct {
	stem string
	id   uint32
}

type stemEntry struct {
	id      uint32
	surface string // the first word seen with the stem
}

// word returns the stem of lower-case word w and the stem's ID.
func (in *interner) word(w string) (string, uint32) {
	sh := &in.words[maphash.String(in.seed, w)%uint64(len(in.words))]
	sh.Lock()
	ws, ok := sh.m[w]
	sh.Unlock()
	if ok {
		return ws.stem, ws.id
	}
	st := stemWord(w)
	id := in.id(st, w)
	sh.Lock()
	sh.m[w] = wordStem{st, id}
	sh.Unlock()
	return st, id
}

// id returns the ID of stem s, first seen as the lower-case word w.
func (in *interner) id(s, w string) uint32 {
	sh := &in.shards[maphash.String(in.seed, s)%uint64(len(in.shards))]
	sh.Lock()
	defer sh.Unlock()
	if e, ok := sh.m[s]; ok {
		return e.id
	}
	id := in.next.Add(1) - 1
	sh.m[s] = stemEntry{id, w}
	return id
}

func (c *Corpus) buildIndex() {
	n := c.Len()
	ix := &c.idx
	themes := make([][]int, n)    // statement -> theme indices, until the sets are interned
	tcount := make([][]uint16, n) // statement -> phrase occurrences per theme in themes
	ix.tmask = make([]uint64, n)
	ix.holderOf = make([]int32, n)
	ix.lang = make([]uint8, n)
	ix.byCountry = map[string]int{}
	ix.byTheme = make([][]int, len(c.Lexicon.Themes))
	ix.mentions = map[string][]int{}

	// Holders in order of first statement; docs numbered country by country.
	for i := range n {
		s := c.Statement(i)
		ci, ok := ix.byCountry[s.Country]
		if !ok {
			ci = len(ix.countries)
			ix.byCountry[s.Country] = ci
			ix.countries = append(ix.countries, countryIndex{name: s.Country})
		}
		ix.holderOf[i] = int32(ci)
		ix.countries[ci].docs = append(ix.countries[ci].docs, i)
	}
	ix.docStmt = make([]int32, 0, n)
	stmtDoc := make([]uint32, n)
	for ci := range ix.countries {
		cx := &ix.countries[ci]
		cx.lo = uint32(len(ix.docStmt))
		for _, id := range cx.docs {
			stmtDoc[id] = uint32(len(ix.docStmt))
			ix.docStmt = append(ix.docStmt, int32(id))
		}
		cx.hi = uint32(len(ix.docStmt))
	}

	// Tokenise and stem in parallel: each distinct word is stemmed once
	// (in.word memoises) and each statement keeps only (stem, tf) pairs.
	in := &interner{seed: maphash.MakeSeed()}
	acro := defaultAcronyms()
	for i := range in.shards {
		in.shards[i].m = map[string]stemEntry{}
	}
	for i := range in.words {
		in.words[i].m = map[string]wordStem{}
	}
	// Each chunk of statements keeps its (stem, tf) pairs in one array;
	// termEnd[i] is where statement i's end within its chunk's.
	const chunk = 256
	chunkTerms := make([][]termTF, (n+chunk-1)/chunk)
	termEnd := make([]uint32, n)
	ix.docLen = make([]uint16, n)
	var total atomic.Int64
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), 8)
	var nextChunk atomic.Int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var toks []Token
			var stems []string
			var buf []termTF
			tf := map[uint32]uint32{}
			for {
				start := int(nextChunk.Add(chunk)) - chunk
				if start >= n {
					return
				}
				buf = buf[:0]
				for i := start; i < min(start+chunk, n); i++ {
					toks = appendTokens(toks[:0], c.Statement(i).Text)
					toks = c.englishReading(i, toks)
					stems = stems[:0]
					clear(tf)
					for _, t := range toks {
						if stopWords[t.Lower] {
							continue
						}
						st, id := in.word(t.Lower)
						stems = append(stems, st)
						tf[id]++
					}
					// An acronym's other forms index the statement under
					// the acronym too (data/acronyms.txt).
					acro.each(stems, func(_, _ int, concept string) { tf[in.id(concept, concept)]++ })
					for id, f := range tf {
						buf = append(buf, termTF{id, f})
					}
					termEnd[i] = uint32(len(buf))
					ix.docLen[stmtDoc[i]] = uint16(min(len(stems), math.MaxUint16))
					total.Add(int64(len(stems)))
					themes[i], tcount[i] = c.Lexicon.themeCounts(stems)
				}
				chunkTerms[start/chunk] = slices.Clone(buf)
			}
		}()
	}
	wg.Wait()
	// The word memo (every distinct word of the corpus with its stem, ~15
	// MB at 100k statements) is done with: free it before the postings
	// are allocated, not when the build ends.
	for i := range in.words {
		in.words[i].m = nil
	}

	termsOf := func(i int) []termTF {
		lo := uint32(0)
		if i%chunk != 0 {
			lo = termEnd[i-1]
		}
		return chunkTerms[i/chunk][lo:termEnd[i]]
	}

	// Counting sort of the (stem, doc) pairs into one array.
	nStems := int(in.next.Load())
	ix.off = make([]uint32, nStems+1)
	for _, ts := range chunkTerms {
		for _, t := range ts {
			ix.off[t.stem+1]++
		}
	}
	for s := 1; s <= nStems; s++ {
		ix.off[s] += ix.off[s-1]
	}
	postDoc := make([]uint32, ix.off[nStems]) // until encoded as gaps
	ix.postTF = make([]uint8, ix.off[nStems])
	fill := slices.Clone(ix.off[:nStems])
	for _, id := range ix.docStmt { // doc order, so each list comes out sorted
		for _, t := range termsOf(int(id)) {
			p := fill[t.stem]
			postDoc[p] = stmtDoc[id]
			if t.tf < tfOverflow {
				ix.postTF[p] = uint8(t.tf)
			} else {
				ix.postTF[p] = tfOverflow
				if ix.bigTF == nil {
					ix.bigTF = map[uint32]int32{}
				}
				ix.bigTF[p] = int32(min(t.tf, math.MaxInt32))
			}
			fill[t.stem]++
		}
	}
	chunkTerms, termEnd, fill = nil, nil, nil // scratch: let the collector take it while the rest is built
	ix.docs = encodeDocs(ix.off, postDoc)
	postDoc = nil
	stems, surface := make([]string, nStems), make([]string, nStems)
	for i := range in.shards {
		for s, e := range in.shards[i].m {
			stems[e.id] = s
			if ix.off[e.id+1]-ix.off[e.id] >= 2 { // the typo vocabulary reads no other (see vocab)
				surface[e.id] = e.surface
			}
		}
		in.shards[i].m = nil
	}
	ix.stems = newStemDict(stems, surface)
	stems, surface = nil, nil
	if n > 0 {
		ix.avgLen = float64(total.Load()) / float64(n)
	}
	// Statements with the same themes share one set in the index and one
	// Statement.Themes slice: a statement's own copies were ~9 MB at 100k.
	type themeSet struct {
		id    uint32
		names []string
	}
	sets := map[string]themeSet{}
	ix.themeSet = make([]uint32, n)
	ix.themeSets = [][]int{nil}
	var key []byte
	for i := range n {
		if len(themes[i]) == 0 {
			continue
		}
		key = key[:0]
		for _, t := range themes[i] {
			if t < 64 {
				ix.tmask[i] |= 1 << t
			}
			ix.byTheme[t] = append(ix.byTheme[t], i)
			key = strconv.AppendInt(append(key, ','), int64(t), 10)
		}
		set, ok := sets[string(key)]
		if !ok {
			set.id = uint32(len(ix.themeSets))
			ix.themeSets = append(ix.themeSets, themes[i])
			for _, t := range themes[i] {
				set.names = append(set.names, c.Lexicon.Themes[t].Name)
			}
			sets[string(key)] = set
		}
		ix.themeSet[i] = set.id
		c.setThemes(i, set.id, slices.Clip(set.names))
	}
	themes = nil
	for i := range n {
		for _, m := range c.Statement(i).Mentions {
			ix.mentions[m] = append(ix.mentions[m], i)
		}
	}
	c.buildThemeBest(stmtDoc, tcount)
}

// ThemeHit is a statement with its score on a theme.
type ThemeHit struct {
	Stmt  int
	Score float64
}

// ThemeScoreBonus is the part of every theme score that comes from being
// tagged with the theme at all.
const ThemeScoreBonus = 1.5

// buildThemeBest ranks each theme's statements once: BM25 over the
// occurrences of the theme's phrases, plus ThemeScoreBonus, keeping each
// country's best. "Who talks about X?" and digests read it directly.
func (c *Corpus) buildThemeBest(stmtDoc []uint32, tcount [][]uint16) {
	ix := &c.idx
	n := float64(c.Len())
	ix.themeBest = make([][]ThemeHit, len(c.Lexicon.Themes))
	best := make([]ThemeHit, len(ix.countries))
	for t, ids := range ix.byTheme {
		if len(ids) == 0 {
			continue
		}
		for i := range best {
			best[i] = ThemeHit{Stmt: -1}
		}
		df := float64(len(ids))
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		for _, id := range ids {
			tf := float64(tcount[id][slices.Index(ix.themesOf(id), t)]) / 2 // weighted count: 2 per name match
			dl := float64(ix.docLen[stmtDoc[id]])
			h := ThemeHit{Stmt: id, Score: ThemeScoreBonus + idf*tf*(bm25K1+1)/(tf+bm25K1*(1-bm25B+bm25B*dl/ix.avgLen))}
			ci := ix.holderOf[id]
			if best[ci].Stmt < 0 || h.Score > best[ci].Score {
				best[ci] = h
			}
		}
		var out []ThemeHit
		for _, h := range best {
			if h.Stmt >= 0 {
				out = append(out, h)
			}
		}
		slices.SortStableFunc(out, func(a, b ThemeHit) int {
			switch {
			case a.Score > b.Score:
				return -1
			case a.Score < b.Score:
				return 1
			}
			return a.Stmt - b.Stmt
		})
		ix.themeBest[t] = out
	}
}

// ThemeBest returns each country's best statement on theme index t, best
// first. The slice is shared: do not modify it.
func (c *Corpus) ThemeBest(t int) []ThemeHit { return c.idx.themeBest[t] }

// DocFreq returns how many statements contain the stem.
func (c *Corpus) DocFreq(stem string) int {
	id, ok := c.idx.stems.id(stem)
	if !ok {
		return 0
	}
	return int(c.idx.off[id+1] - c.idx.off[id])
}

// Term is one weighted stem of a query. Terms with the same Group > 0 are
// alternatives of one query word ("cyberattack" and "attack"): a
// statement matching several of them counts that word once. Own marks a
// term that is the question's own topic word, not theme vocabulary or a
// generic domain word; Scorer counts, per statement, how many distinct
// own words it matched.
type Term struct {
	Stem   string
	Weight float64
	Group  int
	Own    bool
}

// Scorer ranks statements against query terms with BM25. It reuses its
// buffers; one Scorer serves one goroutine. There is no limit on the
// number of terms.
type Scorer struct {
	c       *Corpus
	ids     []uint32
	idf     []float64
	w       []float64
	grp     []int32 // group of each known term, 0: own group per term
	own     []bool
	acc     []float64
	last    []int32  // per doc: last own group counted
	nown    []uint16 // per doc: distinct own groups matched
	touched []uint32
}

// BM25 parameters.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

var scorerPool = sync.Pool{New: func() any { return new(Scorer) }}

// NewScorer returns a Scorer for terms over c. Release it with Release.
func (c *Corpus) NewScorer(terms []Term) *Scorer {
	s := scorerPool.Get().(*Scorer)
	s.c = c
	s.ids, s.idf, s.w, s.grp, s.own = s.ids[:0], s.idf[:0], s.w[:0], s.grp[:0], s.own[:0]
	n := float64(c.Len())
	for k, t := range terms {
		id, ok := c.idx.stems.id(t.Stem)
		if !ok {
			continue
		}
		df := float64(c.idx.off[id+1] - c.idx.off[id])
		g := int32(-k - 1) // a term of its own
		if t.Group > 0 {
			g = int32(t.Group)
		}
		s.ids = append(s.ids, id)
		s.idf = append(s.idf, math.Log(1+(n-df+0.5)/(df+0.5)))
		s.w = append(s.w, t.Weight)
		s.grp = append(s.grp, g)
		s.own = append(s.own, t.Own)
	}
	return s
}

// Release returns the Scorer's buffers to a pool.
func (s *Scorer) Release() {
	s.c = nil
	scorerPool.Put(s)
}

// Hit is called for each statement matching at least one term: its ID,
// BM25 score, and how many distinct own words (see Term) it matched.
type Hit func(stmt int, score float64, own int)

// Country calls fn for every statement of the country that matches at
// least one term.
func (s *Scorer) Country(country string, fn Hit) {
	ci, ok := s.c.idx.byCountry[country]
	if !ok {
		return
	}
	cx := &s.c.idx.countries[ci]
	s.score(cx.lo, cx.hi, fn)
}

// All calls fn for every matching statement.
func (s *Scorer) All(fn Hit) {
	s.score(0, uint32(len(s.c.idx.docStmt)), fn)
}

// score accumulates BM25 over docs [lo, hi) and reports the touched docs.
func (s *Scorer) score(lo, hi uint32, fn Hit) {
	if len(s.ids) == 0 || lo >= hi {
		return
	}
	ix := &s.c.idx
	n := int(hi - lo)
	if cap(s.acc) < n {
		s.acc = make([]float64, n)
		s.last = make([]int32, n)
		s.nown = make([]uint16, n)
	}
	acc, last, nown := s.acc[:n], s.last[:n], s.nown[:n]
	touched := s.touched[:0]
	norm := bm25K1 * bm25B / ix.avgLen
	base := bm25K1 * (1 - bm25B)
	for k, id := range s.ids {
		wi := s.w[k] * s.idf[k] * (bm25K1 + 1)
		g, own := s.grp[k], s.own[k]
		p, end := ix.off[id], ix.off[id+1]
		doc := ix.docs.first[id]
		if lo > 0 {
			p, doc = ix.docs.seek(id, p, end, lo)
		}
		for p < end && doc < hi {
			d := doc - lo
			f := float64(ix.postTF[p])
			if ix.postTF[p] == tfOverflow {
				f = ix.tf(p)
			}
			if acc[d] == 0 { // every weight and IDF is positive
				touched = append(touched, d)
			}
			acc[d] += wi * f / (f + base + norm*float64(ix.docLen[doc]))
			if own && last[d] != g {
				last[d] = g
				nown[d]++
			}
			if p++; p < end {
				doc = ix.docs.next(p, doc)
			}
		}
	}
	for _, d := range touched {
		fn(int(ix.docStmt[lo+d]), acc[d], int(nown[d]))
		acc[d], last[d], nown[d] = 0, 0, 0
	}
	s.touched = touched
}

// contains reports whether statement stmt contains the stem.
func (c *Corpus) containsStem(stmt int, stem string) bool {
	id, ok := c.idx.stems.id(stem)
	if !ok {
		return false
	}
	doc := c.idx.stmtDoc(stmt)
	p, at := c.idx.docs.seek(id, c.idx.off[id], c.idx.off[id+1], doc)
	return p < c.idx.off[id+1] && at == doc
}

// HasTheme reports whether statement stmt is tagged with theme index t.
func (c *Corpus) HasTheme(stmt, t int) bool {
	if t < 64 {
		return c.idx.tmask[stmt]&(1<<t) != 0
	}
	return slices.Contains(c.idx.themesOf(stmt), t)
}

// ThemeStatementIDs returns the IDs of statements tagged with theme index
// t, in corpus order. The slice is shared: do not modify it.
func (c *Corpus) ThemeStatementIDs(t int) []int { return c.idx.byTheme[t] }

// NumHolders is the number of countries holding statements; HolderIndex
// maps a statement to one of them (0 ≤ index < NumHolders), for callers
// that keep one slot per country.
func (c *Corpus) NumHolders() int { return len(c.idx.countries) }

// HolderIndex returns the index of statement stmt's holder among NumHolders.
func (c *Corpus) HolderIndex(stmt int) int { return int(c.idx.holderOf[stmt]) }

// stmtDoc returns the doc number of a statement: its holder's doc range
// starts at lo and holds the holder's statements in corpus order.
func (ix *index) stmtDoc(stmt int) uint32 {
	cx := &ix.countries[ix.holderOf[stmt]]
	i, _ := slices.BinarySearch(cx.docs, stmt)
	return cx.lo + uint32(i)
}

// themesOf returns the sorted theme indices of statement stmt. The slice
// is shared: do not modify it.
func (ix *index) themesOf(stmt int) []int { return ix.themeSets[ix.themeSet[stmt]] }
