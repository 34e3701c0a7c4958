package corpus

import (
	"cmp"
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
	// post holds each stem's postings (docs holding it, ascending, with
	// its frequency in each) as varints: ~1.4 bytes a posting, where
	// arrays of gaps and frequencies took 3 (see postings).
	post    postings
	docLen  []uint16 // per doc: content words
	avgLen  float64
	docStmt []int // doc -> statement ID; each country's docs are a slice of it
	// themeSets are the distinct sets of themes (sorted theme indices;
	// set 0 is empty): a corpus has few, and a slice header per statement
	// was 2.4 MB at 100k. A statement's set is its record's (stmtRec.themes).
	themeSets [][]int
	// tmask is each doc's themes t < 64 as bits 1<<t, in doc order: a
	// question tests it for every hit, in one load (a mask per theme set,
	// behind the statement's set, cost a stance question ~1 µs at 100k),
	// and a country's masks are one run of memory, read in order as its
	// postings are (indexed by statement ID, the reads were scattered
	// over 800 KB at 100k statements: 7 % of a stance question).
	tmask []uint64
	// themeBest holds, per theme, each country's best statement on it,
	// best first (see ThemeBest).
	themeBest [][]ThemeHit

	countries []countryIndex
	byCountry map[string]int
	holderOf  []int32          // statement -> index into countries
	byTheme   [][]int          // theme -> statement IDs, slices of one array
	mentions  map[string][]int // country -> statements naming it (not held), slices of one array
	lang      []uint8          // statement -> langEnglish, langSpanish or langFrench
	// sections holds the themes statements have from the section heading
	// they are under (see sectionThemes), by statement ID; nil when none is.
	sections map[int][]int
}

type countryIndex struct {
	name   string
	lo, hi uint32 // doc range
	docs   []int  // statement IDs, corpus order: docStmt[lo:hi]
}

// termTF is one stem of one statement with its frequency.
type termTF struct {
	stem uint32
	tf   uint32
}

// buildIndex builds the index of c's statements. terms holds each
// statement's index terms as the load's analysis derived them with tm
// (see termMaker); a statement without them (or every statement, when
// terms is nil) is derived here. tm may be nil.
//
// The analysis numbers stems in the order the parsing workers meet them;
// the index renumbers the stems its statements hold in corpus order
// (statement by statement, each statement's in order of first
// occurrence), the order a serial pass over the statements would give:
// the typo vocabulary lists the stems in ID order and its ties go to the
// first. A stem's surface word is likewise its first word in corpus
// order (TestIndexTermsMatchStatements).
// allSurfacesUpTo is the corpus size (statements) up to which every
// stem keeps its surface word for the typo vocabulary, however rare: in a
// corpus of a few hundred pages most words of a debate ("consensus",
// "ransomware") are in one statement only, and a question's typo of them
// must still be corrected. Beyond it only words in two statements or
// more do, as their surfaces would cost ~80 bytes a stem (see stemDict).
const allSurfacesUpTo = 20000

func (c *Corpus) buildIndex(terms []string, tm *termMaker, sections map[int][]int) {
	n := c.Len()
	ix := &c.idx
	if tm == nil {
		tm = newTermMaker(c.Lexicon, c.Gazetteer)
	}
	if len(terms) != n {
		terms = make([]string, n)
	}
	ix.holderOf = make([]int32, n)
	ix.lang = make([]uint8, n)
	ix.byCountry = map[string]int{}
	ix.byTheme = make([][]int, len(c.Lexicon.Themes))
	ix.mentions = map[string][]int{}
	ix.sections = sections

	// Holders in order of first statement; docs numbered country by
	// country, each country's statement IDs a slice of docStmt (one
	// exact array, not a growing slice per country).
	for i := range n {
		h := c.Holder(i)
		ci, ok := ix.byCountry[h]
		if !ok {
			ci = len(ix.countries)
			ix.byCountry[h] = ci
			ix.countries = append(ix.countries, countryIndex{name: h})
		}
		ix.holderOf[i] = int32(ci)
		ix.countries[ci].hi++ // a count until the ranges are set
	}
	ix.countries = slices.Clip(ix.countries)
	ix.docStmt = make([]int, n)
	stmtDoc := make([]uint32, n)
	fillDoc := make([]uint32, len(ix.countries))
	for ci, cnt := range ix.countries {
		cx := &ix.countries[ci]
		if ci > 0 {
			cx.lo = ix.countries[ci-1].hi
		}
		cx.hi = cx.lo + cnt.hi
		cx.docs = ix.docStmt[cx.lo:cx.hi:cx.hi]
		fillDoc[ci] = cx.lo
	}
	for i := range n {
		ci := ix.holderOf[i]
		stmtDoc[i] = fillDoc[ci]
		ix.docStmt[fillDoc[ci]] = i
		fillDoc[ci]++
	}
	fillDoc = nil

	// Statements the analysis gave no terms (a question shown with its
	// answer, or a corpus built without a load) are derived now.
	var missing []int
	for i, t := range terms {
		if t == "" {
			missing = append(missing, i)
		}
	}
	parallelFor(len(missing), func(k int) { terms[missing[k]] = tm.text(c.Statement(missing[k]).Text) })
	missing = nil

	// Each statement's language, length and themes.
	themes := make([][]int, n)    // statement -> theme indices, until the sets are interned
	tcount := make([][]uint16, n) // statement -> phrase occurrences per theme in themes
	ix.docLen = make([]uint16, n)
	var total atomic.Int64
	parallelFor(n, func(i int) {
		h := readTermsHeader(terms[i])
		ix.lang[i] = h.lang
		ix.docLen[stmtDoc[i]] = uint16(min(h.words, math.MaxUint16))
		total.Add(int64(h.words))
		themes[i], tcount[i], _ = h.themes()
		if sec := sections[i]; len(sec) > 0 {
			themes[i], tcount[i] = withSection(themes[i], tcount[i], sec)
		}
	})
	if n > 0 {
		ix.avgLen = float64(total.Load()) / float64(n)
	}
	// Renumber the stems in corpus order, counting their statements.
	in := tm.in
	newID := make([]uint32, in.next.Load()) // analysis ID -> index ID + 1, 0 while unseen
	var df []uint32                         // index ID -> statements holding the stem
	var first []int32                       // index ID -> first statement holding it
	for i := range n {
		s := readTermsHeader(terms[i]).skipThemes()
		for k := 0; k < len(s); {
			var r uint32
			r, _, k = nextTerm(s, k)
			id := newID[r]
			if id == 0 {
				df = append(df, 0)
				first = append(first, int32(i))
				id = uint32(len(df))
				newID[r] = id
			}
			df[id-1]++
		}
	}
	nStems := len(df)

	// The stems and their surface words. A stem seen with one word only
	// has it; one seen with several has the first in corpus order, found
	// by reading again the first statement holding it.
	stems, surface := make([]string, nStems), make([]string, nStems)
	var resolve []uint32
	in.eachStem(func(s string, r uint32, surf string, multi bool) {
		if int(r) >= len(newID) || newID[r] == 0 {
			return // in no statement
		}
		id := newID[r] - 1
		stems[id] = s
		if df[id] >= 2 || n <= allSurfacesUpTo { // the typo vocabulary reads no other (see vocab)
			if multi {
				resolve = append(resolve, id)
			} else {
				surface[id] = surf
			}
		}
	})
	slices.SortFunc(resolve, func(a, b uint32) int { return cmp.Compare(first[a], first[b]) })
	for k := 0; k < len(resolve); {
		i := first[resolve[k]]
		e := k
		for e < len(resolve) && first[resolve[e]] == i {
			e++
		}
		want := resolve[k:e]
		tm.forms(c.Statement(int(i)).Text, func(form string, r uint32) {
			if int(r) >= len(newID) || newID[r] == 0 {
				return
			}
			if id := newID[r] - 1; surface[id] == "" && slices.Contains(want, id) {
				surface[id] = form
			}
		})
		k = e
	}
	// The interner (every distinct word of the corpus with its stem, ~15
	// MB at 100k statements) is done with: free it before the postings
	// are allocated, not when the build ends.
	in.free()
	ix.stems = newStemDict(stems, surface)
	stems, surface, first, resolve = nil, nil, nil, nil

	// The themes are indexed beside the postings (statements are read
	// whole above, and indexThemes writes their Themes).
	var themesDone sync.WaitGroup
	themesDone.Add(1)
	go func(themes [][]int, tcount [][]uint16) {
		defer themesDone.Done()
		c.indexThemes(themes, tcount, stmtDoc)
	}(themes, tcount)
	themes, tcount = nil, nil
	defer themesDone.Wait()

	// The postings, encoded from the terms in doc order, so each list
	// comes out sorted (see encodeDocPostings).
	ix.post = encodeDocPostings(df, len(ix.docStmt), func(doc int, fn func(stem, tf uint32)) {
		s := readTermsHeader(terms[ix.docStmt[doc]]).skipThemes()
		for k := 0; k < len(s); {
			var r, tf uint32
			r, tf, k = nextTerm(s, k)
			fn(newID[r]-1, tf)
		}
	})
	terms, newID, df = nil, nil, nil // let the collector have them while indexThemes finishes
}

// withSection adds the themes of the section heading a statement is under
// to its own (with one occurrence each, so a statement that says the
// theme's words ranks above one that has only its heading), keeping them
// in theme order.
func withSection(themes []int, tcount []uint16, sec []int) ([]int, []uint16) {
	for _, t := range sec {
		k, found := slices.BinarySearch(themes, t)
		if found {
			continue
		}
		themes = slices.Insert(themes, k, t)
		tcount = slices.Insert(tcount, k, 1)
	}
	return themes, tcount
}

// indexThemes indexes the statements' themes (themes and tcount, per
// statement) and the countries they mention.
func (c *Corpus) indexThemes(themes [][]int, tcount [][]uint16, stmtDoc []uint32) {
	ix := &c.idx
	n := c.Len()
	// Statements with the same themes share one set in the index and one
	// Statement.Themes slice: a statement's own copies were ~9 MB at 100k.
	type themeSet struct {
		id    uint32
		names []string
	}
	sets := map[string]themeSet{}
	ix.tmask = make([]uint64, n)
	ix.themeSets = [][]int{nil}
	// Each theme's statement IDs are a slice of one exact array.
	count := make([]int, len(ix.byTheme)+1)
	for i := range n {
		for _, t := range themes[i] {
			count[t+1]++
		}
	}
	for t := range ix.byTheme {
		count[t+1] += count[t]
	}
	all := make([]int, count[len(ix.byTheme)])
	for t := range ix.byTheme {
		if lo, hi := count[t], count[t+1]; hi > lo {
			ix.byTheme[t] = all[lo:lo:hi]
		}
	}
	count, all = nil, nil
	var key []byte
	for i := range n {
		if len(themes[i]) == 0 {
			continue
		}
		key = key[:0]
		for _, t := range themes[i] {
			if t < 64 {
				ix.tmask[stmtDoc[i]] |= 1 << t
			}
			ix.byTheme[t] = append(ix.byTheme[t], i)
			key = strconv.AppendInt(append(key, ','), int64(t), 10)
		}
		set, ok := sets[string(key)]
		if !ok {
			set.id = uint32(len(ix.themeSets))
			ix.themeSets = append(ix.themeSets, themes[i])
			set.names = make([]string, len(themes[i]))
			for k, t := range themes[i] {
				set.names[k] = c.Lexicon.Themes[t].Name
			}
			sets[string(key)] = set
		}
		c.setThemes(i, set.id, set.names)
	}
	themes = nil
	ix.themeSets = slices.Clip(ix.themeSets)
	// The mention lists likewise: counted, then slices of one array.
	mcount := map[string]int{}
	total := 0
	for i := range n {
		for _, m := range c.stmts.mentionsOf(i) { // not Meta: no source list built
			mcount[m]++
			total++
		}
	}
	mall := make([]int, 0, total)
	for m, k := range mcount {
		ix.mentions[m] = mall[len(mall) : len(mall) : len(mall)+k]
		mall = mall[:len(mall)+k]
	}
	for i := range n {
		for _, m := range c.stmts.mentionsOf(i) { // not Meta: no source list built
			ix.mentions[m] = append(ix.mentions[m], i)
		}
	}
	c.buildThemeBest(stmtDoc, tcount)
}

// parallelFor calls fn(i) for i in [0, n) on up to GOMAXPROCS goroutines.
func parallelFor(n int, fn func(i int)) {
	const chunk = 64
	workers := min(runtime.GOMAXPROCS(0), (n+chunk-1)/chunk)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= n {
					return
				}
				for i := lo; i < min(lo+chunk, n); i++ {
					fn(i)
				}
			}
		}()
	}
	wg.Wait()
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
			tf := float64(tcount[id][slices.Index(c.themesOf(id), t)]) / 2 // weighted count: 2 per name match
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
	id, ok := c.idx.stems.idMemo(stem)
	if !ok {
		return 0
	}
	return c.idx.post.df(id)
}

// Term is one weighted stem of a query. Terms with the same Group > 0 are
// alternatives of one query word ("cyberattack" and "attack"): a
// statement matching several of them counts that word once. Own marks a
// term that is the question's own topic word, not theme vocabulary or a
// generic domain word; Scorer counts, per statement, how many distinct
// own words it matched.
//
// Literal marks a term the question says itself: where its stem is an
// acronym concept (data/acronyms.txt), a statement's occurrences through
// one of the concept's forms count formTF each, not 1, so the statements
// that use the asked word rank above those that match only through the
// table ("information operations" for "disinformation").
type Term struct {
	Stem    string
	Weight  float64
	Group   int
	Own     bool
	Literal bool
}

// formTF is what an acronym concept's occurrence through a form counts
// for a Literal term (see Term).
const formTF = 0.5

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
	mark    []uint32 // forms mark's ID of each known term (see Term.Literal), noMark if none
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
func (c *Corpus) NewScorer(terms []Term) *Scorer { return c.newScorer(terms, nil) }

// newScorer is NewScorer taking terms[k]'s stem ID and IDF from res[k]
// where it is resolved (set).
func (c *Corpus) newScorer(terms []Term, res []termRes) *Scorer {
	s := scorerPool.Get().(*Scorer)
	s.c = c
	s.ids, s.idf, s.w, s.grp, s.own, s.mark = s.ids[:0], s.idf[:0], s.w[:0], s.grp[:0], s.own[:0], s.mark[:0]
	n := float64(c.Len())
	for k, t := range terms {
		var r termRes
		if k < len(res) && res[k].set {
			r = res[k]
		} else if id, ok := c.idx.stems.idMemo(t.Stem); ok {
			r = termRes{id: id, idf: bm25IDF(n, float64(c.idx.post.df(id))), known: true}
		}
		if !r.known {
			continue
		}
		g := int32(-k - 1) // a term of its own
		if t.Group > 0 {
			g = int32(t.Group)
		}
		s.ids = append(s.ids, r.id)
		s.idf = append(s.idf, r.idf)
		s.w = append(s.w, t.Weight)
		s.grp = append(s.grp, g)
		s.own = append(s.own, t.Own)
		mark := noMark
		if t.Literal {
			if id, ok := c.idx.stems.idMemo(t.Stem + formsMark); ok {
				mark = id
			}
		}
		s.mark = append(s.mark, mark)
	}
	return s
}

// noMark is Scorer.mark of a term no form is discounted for.
const noMark = ^uint32(0)

// Release returns the Scorer's buffers to a pool.
func (s *Scorer) Release() {
	s.c = nil
	scorerPool.Put(s)
}

// Hit is called for each statement matching at least one term: its ID,
// BM25 score, and how many distinct own words (see Term) it matched.
type Hit func(stmt int, score float64, own int)

// docHit is Hit by doc number (see index).
type docHit func(doc uint32, score float64, own int)

// Country calls fn for every statement of the country that matches at
// least one term.
func (s *Scorer) Country(country string, fn Hit) {
	s.countryDocs(country, s.byStmt(fn))
}

// All calls fn for every matching statement.
func (s *Scorer) All(fn Hit) { s.allDocs(s.byStmt(fn)) }

// byStmt is fn called by doc.
func (s *Scorer) byStmt(fn Hit) docHit {
	docStmt := s.c.idx.docStmt
	return func(doc uint32, score float64, own int) { fn(docStmt[doc], score, own) }
}

// countryDocs is Country by doc number.
func (s *Scorer) countryDocs(country string, fn docHit) {
	ci, ok := s.c.idx.byCountry[country]
	if !ok {
		return
	}
	cx := &s.c.idx.countries[ci]
	s.score(cx.lo, cx.hi, fn)
}

// allDocs is All by doc number.
func (s *Scorer) allDocs(fn docHit) {
	s.score(0, uint32(len(s.c.idx.docStmt)), fn)
}

// score accumulates BM25 over docs [lo, hi) and reports the touched docs.
func (s *Scorer) score(lo, hi uint32, fn docHit) {
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
		it := ix.post.iter(id)
		var ok bool
		if lo > 0 {
			ok = it.seek(ix.post.skips, lo)
		} else {
			ok = it.next()
		}
		if !ok {
			continue
		}
		if s.mark[k] != noMark {
			touched = s.scoreLiteral(lo, hi, k, it, touched)
			continue
		}
		// The walk is postIter.next by hand, in locals: the hot loop of a
		// question (the method is past the inlining budget).
		data, i, left, doc, tf := it.data, it.i, it.left, it.doc, it.tf
		for doc < hi {
			d := doc - lo
			f := float64(tf)
			if acc[d] == 0 { // every weight and IDF is positive
				touched = append(touched, d)
			}
			acc[d] += wi * f / (f + base + norm*float64(ix.docLen[doc]))
			if own && last[d] != g {
				last[d] = g
				nown[d]++
			}
			if left == 0 {
				break
			}
			left--
			if c := data[i]; c&0x81 == 0 {
				i++
				doc += uint32(c >> 1)
				tf = 1
			} else {
				var gap uint32
				gap, tf, i = slowPosting(data, i)
				doc += gap
			}
		}
	}
	for _, d := range touched {
		fn(lo+d, acc[d], int(nown[d]))
		acc[d], last[d], nown[d] = 0, 0, 0
	}
	s.touched = touched
}

// scoreLiteral is score's walk for term k, a Literal acronym concept
// (it: its postings, at the first doc at or after lo): the occurrences
// through forms, counted by the forms mark's postings (a subset of the
// concept's), count formTF each.
func (s *Scorer) scoreLiteral(lo, hi uint32, k int, it postIter, touched []uint32) []uint32 {
	ix := &s.c.idx
	acc, last, nown := s.acc, s.last, s.nown
	norm := bm25K1 * bm25B / ix.avgLen
	base := bm25K1 * (1 - bm25B)
	wi := s.w[k] * s.idf[k] * (bm25K1 + 1)
	g, own := s.grp[k], s.own[k]
	mt := ix.post.iter(s.mark[k])
	var mok bool
	if lo > 0 {
		mok = mt.seek(ix.post.skips, lo)
	} else {
		mok = mt.next()
	}
	for ok := true; ok && it.doc < hi; ok = it.next() {
		doc, f := it.doc, float64(it.tf)
		for mok && mt.doc < doc {
			mok = mt.next()
		}
		if mok && mt.doc == doc {
			f -= (1 - formTF) * float64(mt.tf)
		}
		d := doc - lo
		if acc[d] == 0 { // every weight and IDF is positive
			touched = append(touched, d)
		}
		acc[d] += wi * f / (f + base + norm*float64(ix.docLen[doc]))
		if own && last[d] != g {
			last[d] = g
			nown[d]++
		}
	}
	return touched
}

// contains reports whether statement stmt contains the stem.
func (c *Corpus) containsStem(stmt int, stem string) bool {
	id, ok := c.idx.stems.id(stem)
	if !ok {
		return false
	}
	doc := c.idx.stmtDoc(stmt)
	it := c.idx.post.iter(id)
	return it.seek(c.idx.post.skips, doc) && it.doc == doc
}

// HasTheme reports whether statement stmt is tagged with theme index t.
func (c *Corpus) HasTheme(stmt, t int) bool { return slices.Contains(c.themesOf(stmt), t) }

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

// docMask returns the themes t < 64 of doc as bits 1<<t.
func (ix *index) docMask(doc uint32) uint64 { return ix.tmask[doc] }

// stmtMask returns the themes t < 64 of statement stmt as bits 1<<t,
// from its theme set: docMask, for a caller that has no doc number.
func (c *Corpus) stmtMask(stmt int) uint64 {
	var m uint64
	for _, t := range c.themesOf(stmt) {
		if t < 64 {
			m |= 1 << t
		}
	}
	return m
}

// themesOf returns the sorted theme indices of statement stmt. The slice
// is shared: do not modify it.
func (c *Corpus) themesOf(stmt int) []int { return c.idx.themeSets[c.stmts.recs[stmt].themes] }
