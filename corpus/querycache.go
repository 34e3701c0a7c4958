package corpus

import (
	"math"
	"sync"
	"sync/atomic"
)

// termRes is a query term resolved against the index: its stem ID, when
// the corpus holds the stem, and its IDF. A query keeps one per term
// (query.res) when preparing it already looked the stem up, so that the
// scorer does not look it up again.
type termRes struct {
	id    uint32
	idf   float64
	known bool // the corpus holds the stem (id and idf are set)
	set   bool // resolved; otherwise NewScorer looks the stem up
}

// resPool holds query.res lists between questions (Search): a themed
// question's list was one more allocation a question.
var resPool = sync.Pool{New: func() any { return new([]termRes) }}

// resIn returns a zeroed list of n resolutions with room for c, in *buf
// when buf is not nil (grown there when short), else newly made.
func resIn(buf *[]termRes, n, c int) []termRes {
	if buf == nil {
		return make([]termRes, n, c)
	}
	if cap(*buf) < c {
		*buf = make([]termRes, 0, c)
	}
	r := (*buf)[:n]
	clear(r)
	return r
}

// resolve looks stem up in the index: its ID, document frequency and IDF.
func (c *Corpus) resolve(stem string) (termRes, int) {
	id, ok := c.idx.stems.id(stem)
	if !ok {
		return termRes{set: true}, 0
	}
	df := c.idx.post.df(id)
	return termRes{id: id, idf: bm25IDF(float64(c.Len()), float64(df)), known: true, set: true}, df
}

// bm25IDF is BM25's inverse document frequency of a stem in df of n
// statements.
func bm25IDF(n, df float64) float64 { return math.Log(1 + (n-df+0.5)/(df+0.5)) }

// themeTerm is one stem of a theme that ranks the theme's statements
// (see prepare: a stem in more than a tenth of the statements is left
// out), resolved.
type themeTerm struct {
	stem string
	res  termRes
}

// themeTermCache holds, per theme, the stems prepare adds to a query that
// asks it, with their IDs and IDFs. They depend on the corpus and the
// lexicon only, not on the question, and a themed question looked up
// each of its theme's ~10–30 stems twice (document frequency, then the
// scorer's ID): at 100k statements each lookup is a few cache misses in
// the stem table, about a tenth of a stance question. Filled per theme
// on first asking (TestThemeTermsMatchLookups).
type themeTermCache struct {
	once  sync.Once
	lists []atomic.Pointer[[]themeTerm]
}

// themeTerms returns theme t's ranking stems, in lexicon order.
func (c *Corpus) themeTerms(t int) []themeTerm {
	tc := &c.themeCache
	tc.once.Do(func() { tc.lists = make([]atomic.Pointer[[]themeTerm], len(c.Lexicon.stems)) })
	if t < 0 || t >= len(tc.lists) {
		return c.themeTermsOf(t) // as ThemeStems(t) does for a theme the lexicon lacks
	}
	if l := tc.lists[t].Load(); l != nil {
		return *l
	}
	l := c.themeTermsOf(t)
	tc.lists[t].Store(&l)
	return l
}

// themeTermsOf finds theme t's ranking stems: every stem of the theme,
// in lexicon order, but for a stem in more than a tenth of a corpus of
// 200 statements or more (a common word of a phrase, "state" in "state's
// duty", would only add noise and read long posting lists; statements
// tagged with the theme are candidates anyway).
func (c *Corpus) themeTermsOf(t int) []themeTerm {
	stems := c.Lexicon.ThemeStems(t)
	out := make([]themeTerm, 0, len(stems))
	maxDF := c.Len() / 10
	for _, s := range stems {
		res, df := c.resolve(s)
		if c.Len() < 200 || df <= maxDF {
			out = append(out, themeTerm{stem: s, res: res})
		}
	}
	return out
}
