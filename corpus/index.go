package corpus

import (
	"math"
	"sort"
	"sync"
)

// index holds postings partitioned by holder country, so a question about
// one country touches only that country's statements, and a question
// across countries visits each country's postings once.
type index struct {
	stemIDs   map[string]uint32 // stem -> ID
	df        []uint32          // statements containing each stem
	docLen    []uint16          // content words per statement
	avgLen    float64
	themes    [][]int // statement -> theme indices
	countries []countryIndex
	byCountry map[string]int
	holderOf  []int32          // statement -> index into countries
	byTheme   [][]int          // theme -> statement IDs
	mentions  map[string][]int // country -> statements naming it (not held)
	words     map[string]struct{}
}

type countryIndex struct {
	name  string
	docs  []int                // statement IDs, corpus order
	post  map[uint32][]posting // stem -> postings (local doc index)
	local map[int]uint32       // statement ID -> local index
}

type posting struct {
	doc uint32 // index into countryIndex.docs
	tf  uint32
}

func (c *Corpus) buildIndex() {
	n := len(c.Statements)
	ix := &c.idx
	ix.stemIDs = map[string]uint32{}
	ix.docLen = make([]uint16, n)
	ix.themes = make([][]int, n)
	ix.holderOf = make([]int32, n)
	ix.byCountry = map[string]int{}
	ix.byTheme = make([][]int, len(c.Lexicon.Themes))
	ix.mentions = map[string][]int{}
	ix.words = map[string]struct{}{}

	// Tokenise and stem in parallel; each distinct word is stemmed once (Stem caches).
	stems := make([][]string, n)
	words := make([][]string, n)
	var wg sync.WaitGroup
	workers := 2
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				toks := Tokenize(c.Statements[i].Text)
				st := make([]string, 0, len(toks))
				ws := make([]string, 0, len(toks))
				for _, t := range toks {
					ws = append(ws, t.Lower)
					if stopWords[t.Lower] {
						continue
					}
					st = append(st, Stem(t.Lower))
				}
				stems[i] = st
				words[i] = ws
			}
		}(w)
	}
	wg.Wait()

	var total int
	tf := map[uint32]uint32{}
	for i := range c.Statements {
		s := &c.Statements[i]
		for _, w := range words[i] {
			ix.words[w] = struct{}{}
		}
		ci, ok := ix.byCountry[s.Country]
		if !ok {
			ci = len(ix.countries)
			ix.byCountry[s.Country] = ci
			ix.countries = append(ix.countries, countryIndex{name: s.Country, post: map[uint32][]posting{}, local: map[int]uint32{}})
		}
		ix.holderOf[i] = int32(ci)
		cx := &ix.countries[ci]
		local := uint32(len(cx.docs))
		cx.docs = append(cx.docs, i)
		cx.local[i] = local
		clear(tf)
		for _, st := range stems[i] {
			id, ok := ix.stemIDs[st]
			if !ok {
				id = uint32(len(ix.df))
				ix.stemIDs[st] = id
				ix.df = append(ix.df, 0)
			}
			tf[id]++
		}
		for id, f := range tf {
			ix.df[id]++
			cx.post[id] = append(cx.post[id], posting{doc: local, tf: f})
		}
		l := len(stems[i])
		if l > math.MaxUint16 {
			l = math.MaxUint16
		}
		ix.docLen[i] = uint16(l)
		total += l
		th := c.Lexicon.themesOf(stems[i])
		ix.themes[i] = th
		for _, t := range th {
			ix.byTheme[t] = append(ix.byTheme[t], i)
			s.Themes = append(s.Themes, c.Lexicon.Themes[t].Name)
		}
		for _, m := range s.Mentions {
			ix.mentions[m] = append(ix.mentions[m], i)
		}
	}
	// Postings were appended from a map; keep each list in document order.
	for ci := range ix.countries {
		for _, ps := range ix.countries[ci].post {
			sort.Slice(ps, func(a, b int) bool { return ps[a].doc < ps[b].doc })
		}
	}
	if n > 0 {
		ix.avgLen = float64(total) / float64(n)
	}
}

// Term is one weighted stem of a query.
type Term struct {
	Stem   string
	Weight float64
}

// Scorer ranks statements against query terms with BM25. It reuses its
// buffers; one Scorer serves one goroutine.
type Scorer struct {
	c    *Corpus
	ids  []uint32
	pos  []int // position of each known term in the query's term list
	idf  []float64
	w    []float64
	acc  []float64
	mask []uint64
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
	s.ids, s.pos, s.idf, s.w = s.ids[:0], s.pos[:0], s.idf[:0], s.w[:0]
	n := float64(len(c.Statements))
	for k, t := range terms {
		id, ok := c.idx.stemIDs[t.Stem]
		if !ok {
			continue
		}
		df := float64(c.idx.df[id])
		s.ids = append(s.ids, id)
		s.pos = append(s.pos, k)
		s.idf = append(s.idf, math.Log(1+(n-df+0.5)/(df+0.5)))
		s.w = append(s.w, t.Weight)
	}
	return s
}

// Release returns the Scorer's buffers to a pool.
func (s *Scorer) Release() {
	s.c = nil
	scorerPool.Put(s)
}

// Empty reports whether no query term occurs in the corpus.
func (s *Scorer) Empty() bool { return len(s.ids) == 0 }

// Hit is called for each statement matching at least one term: its ID,
// BM25 score, and a bit mask of the terms (by position, up to 64) it matched.
type Hit func(stmt int, score float64, terms uint64)

// Country calls fn for every statement of the country that matches at
// least one term, in corpus order.
func (s *Scorer) Country(country string, fn Hit) {
	ci, ok := s.c.idx.byCountry[country]
	if !ok {
		return
	}
	s.scoreCountry(&s.c.idx.countries[ci], fn)
}

// All calls fn for every matching statement, country by country.
func (s *Scorer) All(fn Hit) {
	for ci := range s.c.idx.countries {
		s.scoreCountry(&s.c.idx.countries[ci], fn)
	}
}

func (s *Scorer) scoreCountry(cx *countryIndex, fn Hit) {
	if len(s.ids) == 0 {
		return
	}
	n := len(cx.docs)
	if cap(s.acc) < n {
		s.acc = make([]float64, n)
		s.mask = make([]uint64, n)
	}
	acc, mask := s.acc[:n], s.mask[:n]
	any := false
	for k, id := range s.ids {
		bit := uint64(1) << (s.pos[k] & 63)
		for _, p := range cx.post[id] {
			dl := float64(s.c.idx.docLen[cx.docs[p.doc]])
			f := float64(p.tf)
			acc[p.doc] += s.w[k] * s.idf[k] * f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*dl/s.c.idx.avgLen))
			mask[p.doc] |= bit
			any = true
		}
	}
	if !any {
		return
	}
	for i := range acc {
		if mask[i] != 0 {
			fn(cx.docs[i], acc[i], mask[i])
			acc[i], mask[i] = 0, 0
		}
	}
}

// NumHolders is the number of countries holding statements; HolderIndex
// maps a statement to one of them (0 ≤ index < NumHolders), for callers
// that keep one slot per country.
func (c *Corpus) NumHolders() int { return len(c.idx.countries) }

// HolderIndex returns the index of statement stmt's holder among NumHolders.
func (c *Corpus) HolderIndex(stmt int) int { return int(c.idx.holderOf[stmt]) }

// HasTheme reports whether statement stmt is tagged with theme index t.
func (c *Corpus) HasTheme(stmt, t int) bool {
	for _, x := range c.idx.themes[stmt] {
		if x == t {
			return true
		}
	}
	return false
}
