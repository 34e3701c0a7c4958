package corpus

import (
	"slices"
	"sort"
	"sync"
)

// Query is what a question asks of the corpus, once read: whose
// statements, on which themes, with which of the question's own words.
// Search owns everything about relevance: which statements answer, how
// they score, and how a theme counts.
type Query struct {
	Countries []string    // holders to search; empty: every holder
	Themes    []int       // asked themes, lexicon indices
	Terms     []QueryTerm // the question's content words, in order
	// PerCountry keeps each holder's best statement only ("who talks
	// about X?"); otherwise every relevant statement is ranked.
	PerCountry bool
	Limit      int // hits returned; 0: all
	Offset     int // hits skipped before Limit ("more")
	// Mentioning keeps only statements that name all these countries
	// without being held by them ("what does India say about China?").
	// With no themes and no terms, every such statement is a hit.
	Mentioning []string
	// Breakdown fills ScoredHit.Matched (costs a lookup per term and hit).
	Breakdown bool
	// Related also matches each of the question's own words by the
	// corpus words of its family ("elections" by "electoral", see
	// Corpus.RelatedStems): a fallback when the words themselves match
	// nothing, since it costs look-ups on every question that sets it.
	Related bool
}

// QueryTerm is one content word of a question. Alt holds other stems that
// stand for the same word ("cyberattack" for "cyber attack"): a statement
// matching several counts the word once. InTheme marks a word the question
// used inside a theme phrase ("pinning an attack" for attribution): it is
// theme vocabulary, not a topic of its own.
//
// Phrase > 0 joins the words of one multi-word phrase ("confidence
// building") into one unit of the question's own words: it counts as
// matched only when the statement holds every word of it, so a statement
// with "building" alone is not close to "confidence building".
type QueryTerm struct {
	Stem    string
	Alt     []string
	InTheme bool
	Phrase  int
	// Form marks an acronym concept the question reached through one of
	// its forms ("information operations" read as "disinformation"),
	// not by saying it (see AcronymTerms).
	Form bool
	// Compound marks the words of a phrase that holds a generic word
	// ("cyber insurance", "cyber hygiene"): the generic word counts in the
	// phrase, and a statement holds the phrase only with its words one
	// after the other ("cyber-insurance" too, or a word of the last
	// term's Alt: "cyberinsurance"), not "cyber" here and an insurer there
	// (see Corpus.HoldsCompound).
	Compound bool
}

// Match says how a hit answers its query.
const (
	MatchTopic   = "topic"   // tagged with an asked theme
	MatchClosest = "closest" // found by the question's own words alone
)

// ScoredHit is one statement that answers a query, with its score broken
// down.
type ScoredHit struct {
	Stmt       int
	Score      float64  // BM25 + ThemeBonus
	BM25       float64  // full-text part
	ThemeBonus float64  // ThemeScoreBonus per asked theme the statement is tagged with
	Matched    []string // query stems the statement contains (with Query.Breakdown)
	Match      string   // MatchTopic or MatchClosest
}

// Result is the ranked answer to a Query.
type Result struct {
	Hits []ScoredHit
	// Total counts every relevant statement (PerCountry: every holder
	// with one) before Offset and Limit.
	Total int
	// Terms are the weighted stems the query was scored with.
	Terms []Term
}

// expansionW weighs a theme's other phrases when ranking its statements.
const expansionW = 0.3

// genericStems are words every statement of this domain uses; alone they
// do not make a statement an answer.
var genericStems = toSet(`cyber cyberspac state countri ict inform secur cybersecur`)

// modifierStems are words that only say where a topic happens ("children
// online", "scams en ligne"): beside another own word the corpus holds
// they do not count among the question's own words (see prepareIn).
var modifierStems = toSet(`onlin`)

// IsGenericStem reports whether a stem is too common in this domain to be
// a topic on its own ("cyber", "security", "state").
func IsGenericStem(stem string) bool { return genericStems[stem] }

// query is a Query prepared for scoring.
type query struct {
	c      *Corpus
	themes []int
	terms  []Term
	// res resolves terms[i] where preparing already looked it up (a
	// theme's stems, see themeTerms; nil without themes); the scorer
	// looks up the rest.
	res     []termRes
	nOwn    int          // distinct own words the corpus holds, a phrase counting once
	absent  int          // own words no statement holds
	mention map[int]bool // allowed statements when Query.Mentioning is set
	phrases [][]string   // own multi-word phrases, matched whole in judge
	// compound[k] marks phrases[k] as a compound with a generic word,
	// held only with its words in a row; compoundAlt[k] are its last
	// word's other stems, held alone ("cyberinsurance").
	compound    []bool
	compoundAlt [][]string
	// literal holds the question's theme words that are not phrases of
	// the lexicon ("surveillance" read as human rights through a
	// synonym): the lexicon never tags a statement with them, so a
	// statement holding one (all words of a phrase) is on the topic too.
	literal [][]string
}

func (c *Corpus) prepare(q Query) query { return c.prepareIn(q, nil) }

// prepareIn is prepare keeping query.res in *buf, when not nil (see
// resIn): the caller must not reuse buf while the query is in use.
func (c *Corpus) prepareIn(q Query, buf *[]termRes) query {
	p := query{c: c, themes: q.Themes}
	if q.Related {
		q.Terms = c.withRelated(q.Terms)
	}
	// Sized once: a theme adds its phrases' stems, and regrowing the list
	// was 5 % of a question.
	nTerms := len(q.Terms)
	for _, t := range q.Terms {
		nTerms += len(t.Alt)
	}
	for _, t := range q.Themes {
		nTerms += len(c.Lexicon.ThemeStems(t))
	}
	p.terms = make([]Term, 0, nTerms)
	for k, country := range q.Mentioning {
		next := map[int]bool{}
		for _, id := range c.MentionedIn(country) {
			if k == 0 || p.mention[id] {
				next[id] = true
			}
		}
		p.mention = next
	}
	themeStem := func(s string) bool {
		for _, t := range q.Themes {
			if slices.Contains(c.Lexicon.ThemeStems(t), s) {
				return true
			}
		}
		return false
	}
	// Few terms: a slice is cheaper than a map to dedupe them.
	var seenBuf [32]string
	seenList := seenBuf[:0]
	seen := func(s string) bool { return slices.Contains(seenList, s) }
	mark := func(s string) { seenList = append(seenList, s) }
	var phraseAt map[int]int
	litAt := map[int]int{}
	for _, t := range q.Terms {
		if !t.InTheme || themeStem(t.Stem) && !eponymCapitals[t.Stem] || genericStems[t.Stem] {
			// A city that names an instrument, typed alone ("venezuela
			// budapest"), is literal still: a statement naming the city
			// without the instrument's full name ("un convenio regional
			// como el de Budapest") is on the topic (TestEponymLiteral).
			continue
		}
		k, ok := litAt[t.Phrase]
		if !ok || t.Phrase == 0 {
			k = len(p.literal)
			litAt[t.Phrase] = k
			p.literal = append(p.literal, nil)
		}
		p.literal[k] = append(p.literal[k], t.Stem)
	}
	modAt := -1 // p.terms' index of a counted own modifier word (modifierStems)
	for i, t := range q.Terms {
		own := !t.InTheme && !themeStem(t.Stem) && (!genericStems[t.Stem] || t.Compound && t.Phrase > 0)
		if own && t.Phrase > 0 {
			k, ok := phraseAt[t.Phrase]
			if !ok {
				if phraseAt == nil {
					phraseAt = map[int]int{}
				}
				k = len(p.phrases)
				phraseAt[t.Phrase] = k
				p.phrases = append(p.phrases, nil)
				p.compound = append(p.compound, false)
				p.compoundAlt = append(p.compoundAlt, nil)
				p.nOwn++
			}
			p.phrases[k] = append(p.phrases[k], t.Stem)
			if t.Compound {
				p.compound[k] = true
				p.compoundAlt[k] = t.Alt // the last word's wins
				for _, a := range t.Alt {
					if !seen(a) {
						// Scored too: a statement holding only the joined
						// word ("cyberinsurance") is a candidate.
						mark(a)
						p.terms = append(p.terms, Term{Stem: a, Weight: 1})
					}
				}
			}
			if !seen(t.Stem) {
				mark(t.Stem)
				p.terms = append(p.terms, Term{Stem: t.Stem, Weight: 1})
			}
			continue
		}
		group := 0
		if len(t.Alt) > 0 {
			group = i + 1
		}
		added := false
		for k := -1; k < len(t.Alt); k++ {
			s := t.Stem
			if k >= 0 {
				s = t.Alt[k]
			}
			if seen(s) {
				continue
			}
			mark(s)
			added = true
			p.terms = append(p.terms, Term{Stem: s, Weight: 1, Group: group, Own: own, Literal: k < 0 && !t.Form})
		}
		if added && own {
			// A word no statement holds ("memo" in a rambling question)
			// cannot tell statements apart: it does not count against
			// them. If all the own words are such, nothing is close.
			if c.DocFreq(t.Stem) == 0 && !slices.ContainsFunc(t.Alt, func(a string) bool { return c.DocFreq(a) > 0 }) {
				p.absent++
				continue
			}
			if modifierStems[t.Stem] && len(t.Alt) == 0 && modAt < 0 {
				modAt = len(p.terms) - 1
			}
			p.nOwn++
		}
	}
	if modAt >= 0 && p.nOwn > 1 {
		// "children online": beside another word the corpus holds,
		// "online" only says where; a statement on terrorism "en ligne"
		// is not close to it. Alone among the words the corpus holds
		// ("online radicalisation", the corpus lacking the second) it
		// still counts.
		p.terms[modAt].Own = false
		p.nOwn--
	}
	// A theme's other phrases help rank its statements, but not its
	// common words (see themeTermsOf).
	if len(q.Themes) > 0 {
		// The terms so far are the question's own: unresolved.
		p.res = resIn(buf, len(p.terms), cap(p.terms))
	}
	for _, t := range q.Themes {
		for _, tt := range c.themeTerms(t) {
			if !seen(tt.stem) {
				mark(tt.stem)
				p.terms = append(p.terms, Term{Stem: tt.stem, Weight: expansionW})
				p.res = append(p.res, tt.res)
			}
		}
	}
	if len(p.terms) == 0 {
		p.terms = nil // as before the sizing: Result.Terms stays nil
	}
	return p
}

// QueryTerms returns the weighted stems Search scores q with.
func (c *Corpus) QueryTerms(q Query) []Term { return c.prepare(q).terms }

// judge is the one rule for "is this an answer": a statement tagged with
// an asked theme is; otherwise it must match at least half of the
// question's own words; a question of generic words only ("cyberspace")
// takes any match. It returns the theme bonus and the match kind. mask
// is the statement's themes t < 64 as bits (docMask, stmtMask).
func (p *query) judge(stmt int, mask uint64, matched bool, own int) (ok bool, bonus float64, match string) {
	if p.mention != nil && !p.mention[stmt] {
		return false, 0, ""
	}
	if p.mention != nil && len(p.themes) == 0 && len(p.terms) == 0 {
		return true, 0, MatchTopic
	}
	for _, t := range p.themes {
		if t < 64 && mask&(1<<t) != 0 || t >= 64 && p.c.HasTheme(stmt, t) {
			bonus += ThemeScoreBonus
		}
	}
	if bonus == 0 && len(p.themes) > 0 && matched && p.literalIn(stmt) {
		bonus = ThemeScoreBonus
	}
	switch {
	case bonus > 0:
		return true, bonus, MatchTopic
	case len(p.themes) == 0 && p.nOwn == 0 && p.absent == 0:
		return matched, 0, MatchClosest
	case p.nOwn > 0 && (own+p.phrasesIn(stmt))*2 >= p.nOwn:
		return true, 0, MatchClosest
	}
	return false, 0, ""
}

// literalIn reports whether statement stmt holds one of the question's
// literal theme words (every word of its phrase).
func (p *query) literalIn(stmt int) bool {
	for _, ph := range p.literal {
		all := len(ph) > 0
		for _, s := range ph {
			all = all && p.c.containsStem(stmt, s)
		}
		if all {
			return true
		}
	}
	return false
}

// phrasesIn counts the own phrases statement stmt holds whole.
func (p *query) phrasesIn(stmt int) int {
	n := 0
	for k, ph := range p.phrases {
		all := true
		for _, s := range ph {
			// A compound's "cyber" is in "cybersecurity strategy" too
			// (compoundIn reads it so).
			all = all && (p.c.containsStem(stmt, s) || p.compound[k] && s == "cyber" && p.c.containsStem(stmt, "cybersecur"))
		}
		if p.compound[k] {
			all = all && p.c.compoundIn(stmt, ph) || slices.ContainsFunc(p.compoundAlt[k], func(a string) bool { return p.c.containsStem(stmt, a) })
		}
		if all {
			n++
		}
	}
	return n
}

// Search ranks the statements that answer q, best first (ties in corpus
// order).
func (c *Corpus) Search(q Query) Result {
	buf := resPool.Get().(*[]termRes)
	defer resPool.Put(buf) // p.res is read by rank only
	p := c.prepareIn(q, buf)
	res := Result{Terms: p.terms}
	var hits []ScoredHit
	keep := q.Limit
	if keep > 0 {
		keep += q.Offset
	}
	switch {
	case q.PerCountry:
		hits = c.bestPerCountry(&p, q)
		res.Total = len(hits)
	default:
		countries := q.Countries
		if len(countries) == 0 {
			countries = []string{""}
		}
		if keep > 0 && keep <= 64 {
			hits = make([]ScoredHit, 0, keep) // not grown one hit at a time
		}
		for _, country := range countries {
			var n int
			hits, n = c.rank(&p, country, hits, keep)
			res.Total += n
		}
	}
	if q.Offset >= len(hits) {
		hits = nil
	} else {
		hits = hits[q.Offset:]
	}
	if q.Limit > 0 && len(hits) > q.Limit {
		hits = hits[:q.Limit]
	}
	for i := range hits {
		h := &hits[i]
		h.BM25 = h.Score - h.ThemeBonus
		if !q.Breakdown {
			continue
		}
		for _, t := range p.terms {
			if c.containsStem(h.Stmt, t.Stem) {
				h.Matched = append(h.Matched, t.Stem)
			}
		}
	}
	res.Hits = hits
	return res
}

// rank adds the relevant statements of one country ("" for all) to out,
// kept best first and cut to k when k > 0, and counts them.
func (c *Corpus) rank(p *query, country string, out []ScoredHit, k int) ([]ScoredHit, int) {
	total := 0
	// late: statements no term reached may still answer (tagged with an
	// asked theme, or, with no topic, mentioning); reached marks the ones
	// the terms did. A mark per statement replaced a sorted list searched
	// once per statement of the country, which was a third of a stance
	// question at 100k statements (TestRankMarksMatchSearch).
	late := len(p.themes) > 0 || p.mention != nil && len(p.terms) == 0
	var reached *stmtMarks
	if late {
		reached = getMarks(c.Len())
		defer putMarks(reached)
	}
	ix := &c.idx
	fn := func(doc uint32, score float64, own int) {
		stmt := ix.docStmt[doc]
		if reached != nil {
			reached.set(stmt)
		}
		ok, bonus, match := p.judge(stmt, ix.docMask(doc), true, own)
		if !ok {
			return
		}
		total++
		if k > 0 && len(out) == k && !outranks(score+bonus, stmt, &out[k-1]) {
			return // insertHit would keep out as it is: no hit built, no call
		}
		out = insertHit(out, ScoredHit{Stmt: stmt, Score: score + bonus, ThemeBonus: bonus, Match: match}, k)
	}
	sc := c.newScorer(p.terms, p.res)
	if country == "" {
		sc.allDocs(fn)
	} else {
		sc.countryDocs(country, fn)
	}
	sc.Release()
	if !late {
		return out, total
	}
	// Tagged (or, with no topic, mentioning) statements no term reached
	// (tagged through a phrase left out of the terms). Hits are ordered
	// by score and statement, so the order they are found in does not
	// matter.
	check := func(id int, mask uint64) {
		if reached.has(id) {
			return
		}
		reached.set(id) // a statement tagged with two asked themes counts once
		if ok, bonus, match := p.judge(id, mask, false, 0); ok {
			total++
			if k > 0 && len(out) == k && !outranks(bonus, id, &out[k-1]) {
				return
			}
			out = insertHit(out, ScoredHit{Stmt: id, Score: bonus, ThemeBonus: bonus, Match: match}, k)
		}
	}
	if country != "" {
		// With themes asked, a statement no term reached answers only if
		// it is tagged with one (its words matched nothing, so neither
		// its own words nor a literal theme word count): one mask test
		// per statement of the country, in doc order (one run of
		// memory), then judge for the tagged ones.
		ci, ok := ix.byCountry[country]
		if !ok {
			return out, total
		}
		cx := &ix.countries[ci]
		mask, masked := p.themeMask()
		for doc := cx.lo; doc < cx.hi; doc++ {
			m := ix.docMask(doc)
			if masked && m&mask == 0 {
				continue
			}
			check(ix.docStmt[doc], m)
		}
		return out, total
	}
	for _, t := range p.themes {
		for _, id := range c.ThemeStatementIDs(t) {
			check(id, c.stmtMask(id))
		}
	}
	return out, total
}

// themeMask returns the asked themes as a bit mask over the index's
// per-statement theme bits; ok is false when no theme is asked or one
// is past the mask's 64 bits.
func (p *query) themeMask() (mask uint64, ok bool) {
	for _, t := range p.themes {
		if t >= 64 {
			return 0, false
		}
		mask |= 1 << t
	}
	return mask, len(p.themes) > 0
}

// stmtMarks is a set of statement IDs that empties in O(1): a statement
// is in it when its mark equals the current generation.
type stmtMarks struct {
	gen  uint32
	mark []uint32
}

var marksPool = sync.Pool{New: func() any { return new(stmtMarks) }}

// getMarks returns an empty set for statements [0, n).
func getMarks(n int) *stmtMarks {
	m := marksPool.Get().(*stmtMarks)
	if len(m.mark) < n {
		m.mark = make([]uint32, n)
		m.gen = 0
	}
	m.gen++
	if m.gen == 0 { // wrapped: old marks could read as current
		clear(m.mark)
		m.gen = 1
	}
	return m
}

func putMarks(m *stmtMarks) { marksPool.Put(m) }

func (m *stmtMarks) set(id int)      { m.mark[id] = m.gen }
func (m *stmtMarks) has(id int) bool { return m.mark[id] == m.gen }

// bestPerCountry keeps each holder's best relevant statement, best first.
func (c *Corpus) bestPerCountry(p *query, q Query) []ScoredHit {
	allowed := func(stmt int) bool {
		return len(q.Countries) == 0 || slices.Contains(q.Countries, c.Holder(stmt))
	}
	if len(q.Themes) == 1 && p.nOwn == 0 && p.mention == nil && (len(p.literal) == 0 || len(c.ThemeBest(q.Themes[0])) == 0) {
		// (Not when the question keeps only statements mentioning a
		// country, "who talks about capacity building for Ukraine": the
		// ranking at load knows no mentions.)
		// A pure theme question: the index ranked it at load. (One asked
		// through a synonym, "who mentions the financial sector", also
		// wants the statements holding its words, which no tag marks,
		// beside the tagged ones; with none tagged, the bot answers by
		// the words, as closest.)
		tb := c.ThemeBest(q.Themes[0])
		out := make([]ScoredHit, 0, len(tb))
		for _, h := range tb {
			if allowed(h.Stmt) {
				out = append(out, ScoredHit{Stmt: h.Stmt, Score: h.Score, ThemeBonus: ThemeScoreBonus, Match: MatchTopic})
			}
		}
		return out
	}
	best := make([]ScoredHit, c.NumHolders())
	for i := range best {
		best[i].Stmt = -1
	}
	keep := func(h ScoredHit) {
		if !allowed(h.Stmt) {
			return
		}
		b := &best[c.HolderIndex(h.Stmt)]
		if b.Stmt < 0 || better(h, *b) {
			*b = h
		}
	}
	sc := c.newScorer(p.terms, p.res)
	ix := &c.idx
	sc.allDocs(func(doc uint32, score float64, own int) {
		stmt := ix.docStmt[doc]
		if ok, bonus, match := p.judge(stmt, ix.docMask(doc), true, own); ok {
			keep(ScoredHit{Stmt: stmt, Score: score + bonus, ThemeBonus: bonus, Match: match})
		}
	})
	sc.Release()
	// A statement tagged with an asked theme answers even when no query
	// term reached it.
	for _, t := range p.themes {
		for _, id := range c.ThemeStatementIDs(t) {
			if p.mention != nil && !p.mention[id] {
				continue // not mentioning the country the question keeps to
			}
			if best[c.HolderIndex(id)].Stmt < 0 {
				_, bonus, match := p.judge(id, c.stmtMask(id), false, 0)
				keep(ScoredHit{Stmt: id, Score: bonus, ThemeBonus: bonus, Match: match})
			}
		}
	}
	var top []ScoredHit
	for _, b := range best {
		if b.Stmt >= 0 {
			top = insertHit(top, b, 0)
		}
	}
	return top
}

// insertHit adds h to out, kept sorted best first (ties in corpus order)
// and cut to k entries when k > 0.
func insertHit(out []ScoredHit, h ScoredHit, k int) []ScoredHit {
	if k > 0 && len(out) == k && !better(h, out[k-1]) {
		return out
	}
	i := sort.Search(len(out), func(i int) bool { return better(h, out[i]) })
	if k <= 0 || len(out) < k {
		out = append(out, ScoredHit{})
	}
	copy(out[i+1:], out[i:])
	out[i] = h
	return out
}

// outranks is better(ScoredHit{Stmt: stmt, Score: score}, *b) without
// making the hit: rank asks it of every relevant statement once k hits
// are kept, and most do not make the cut.
func outranks(score float64, stmt int, b *ScoredHit) bool {
	if score != b.Score {
		return score > b.Score
	}
	return stmt < b.Stmt
}

func better(a, b ScoredHit) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Stmt < b.Stmt
}
