package corpus

import (
	"encoding/binary"
	"hash/maphash"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/stancebot/stancebot/corpus/lang"
)

// termMaker derives a paragraph's index terms while the load's analysis
// has its tokens at hand, so the index build neither tokenises nor stems
// a statement a second time (that second pass was a third of a load's
// CPU at -dup 8). One termMaker serves one load; its interner numbers
// the stems of every paragraph analysed, and buildIndex renumbers those
// a statement holds, in corpus order (see buildIndex).
//
// A paragraph's terms are kept as one string, pointer-free and compact
// (~3 bytes a distinct stem; see encode), in paraInfo.terms.
//
// Theme and acronym phrases are matched by stem ID: the stems of every
// phrase are interned first, so a stem that starts no phrase is known by
// its ID alone (no map probe per word, as matching by stem string took).
type termMaker struct {
	in      *interner
	lex     *Lexicon
	gaz     *Gazetteer
	acro    *acronymTable
	lexAt   [][]idPhrase // by stem ID: the lexicon's phrases starting with the stem
	acroAt  [][]idPhrase // by stem ID: the acronym forms starting with it; theme = concept
	concept []uint32     // acronym concept -> its stem's ID
	pool    sync.Pool    // *termScratch
	// termBytes holds every paragraph's encoded terms: in chunks, not a
	// string each (~100k at 100k statements, live from the analysis to
	// the index build, through both of the load's peaks: the rounding
	// of each to its size class, and an object each for every collection
	// to mark).
	termBytes textArena
	// analysed counts the paragraphs analysed, up to factsAfter (see
	// factsOn).
	analysed atomic.Int32
}

// idPhrase is a lexPhrase by stem ID.
type idPhrase struct {
	ids     []uint32
	theme   int
	primary bool
}

func newTermMaker(lex *Lexicon, gaz *Gazetteer) *termMaker {
	tm := &termMaker{in: newInterner(), lex: lex, gaz: gaz, acro: defaultAcronyms()}
	tm.pool.New = func() any { return new(termScratch) }
	toIDs := func(byFirst map[string][]lexPhrase) map[uint32][]idPhrase {
		out := make(map[uint32][]idPhrase, len(byFirst))
		for first, ps := range byFirst {
			ips := make([]idPhrase, len(ps))
			for k, p := range ps {
				ips[k] = idPhrase{ids: make([]uint32, len(p.stems)), theme: p.theme, primary: p.primary}
				for j, st := range p.stems {
					ips[k].ids[j] = tm.in.stem(st, "")
				}
			}
			out[tm.in.stem(first, "")] = ips
		}
		return out
	}
	lexIDs, acroIDs := toIDs(lex.byFirst), toIDs(tm.acro.byFirst)
	for _, c := range tm.acro.names {
		tm.concept = append(tm.concept, tm.in.stem(c, ""))
	}
	n := tm.in.next.Load() // every phrase stem has an ID below n
	tm.lexAt, tm.acroAt = make([][]idPhrase, n), make([][]idPhrase, n)
	for id, ps := range lexIDs {
		tm.lexAt[id] = ps
	}
	for id, ps := range acroIDs {
		tm.acroAt[id] = ps
	}
	return tm
}

// stopID marks a stop word.
const stopID = ^uint32(0)

// wordCacheSize is the number of slots of a scratch word cache: the
// common words of a corpus (a few thousand) stay in it, so most tokens
// find their stem ID without a lock or a probe of the interner.
const wordCacheSize = 1 << 12

// wordSlot holds a word of up to wordSlotLen bytes in place: a string
// pointing into the paragraph it came from made every comparison a cache
// miss on an old paragraph's text.
type wordSlot struct {
	word [wordSlotLen]byte
	n    uint8
	id   uint32 // stem ID, or stopID
}

const wordSlotLen = 23 // a slot of 28 bytes; longer words skip the cache

// termScratch is one goroutine's buffers for deriving terms.
type termScratch struct {
	words    [wordCacheSize]wordSlot // direct-mapped by the word's hash
	ids      []uint32                // content words' stem IDs, then acronym concepts'
	concepts []string                // the acronym concepts in ids
	ms       []ThemeMatch
	themes   []int
	counts   []uint16
	uniq     []termTF // distinct stems in order of first occurrence
	slot     []int32  // open-addressing table: stem ID -> index into uniq + 1
	buf      []byte
	toks     []Token
	// The load's analysis tokens and their facts (see tokfacts.go);
	// useFacts: stemIDs takes the tokens' stem IDs from tf.
	facts    *factCache // allocated once the load has analysed factsAfter paragraphs
	atoks    []Token
	tf       []tokFact
	akeys    []string
	mentions []Mention // the analysis's country mentions (scanPairKeysText)
	useFacts bool
}

// word returns the stem ID of lower-case word w (stopID for a stop word).
func (tm *termMaker) word(sc *termScratch, w string) uint32 {
	if len(w) > wordSlotLen || w == "" {
		return tm.in.word(w)
	}
	h := maphash.String(tm.in.seed, w)
	s := &sc.words[h&(wordCacheSize-1)]
	if int(s.n) == len(w) && string(s.word[:s.n]) == w {
		return s.id
	}
	id := tm.in.wordHashed(w, h)
	s.n = uint8(copy(s.word[:], w))
	s.id = id
	return id
}

// paragraph returns the encoded terms of a paragraph with text p, toks
// its tokens and code its language as paragraphLang gives it ("" for
// English). A Spanish or French paragraph is indexed by its English
// reading (see reading). toks are not modified.
func (tm *termMaker) paragraph(p string, toks []Token, code string) arenaRef {
	sc := tm.pool.Get().(*termScratch)
	defer tm.pool.Put(sc)
	l := langEnglish
	if code != "" {
		toks, l = tm.reading(sc, p, code)
	}
	return tm.encodeRef(sc, toks, l)
}

// reading returns the tokens of the English reading of a Spanish or
// French text (in sc.toks) and its language (langSpanish or langFrench):
// themes, full-text search and the themes of every language find such a
// statement as they find an English one, by the same Translator that
// reads Spanish and French questions. Typo correction is off for corpus
// text (published pages are spelt as meant, and correcting each unknown
// word would cost a search of the vocabulary per word).
func (tm *termMaker) reading(sc *termScratch, p, code string) ([]Token, uint8) {
	l := langFrench
	if code == lang.Spanish {
		l = langSpanish
	}
	tr := DefaultTranslator().translate(code, p, tm.gaz, func(string) bool { return true }, false)
	sc.toks = appendTokens(sc.toks[:0], tr.English)
	return sc.toks, l
}

// tokens returns the tokens text p is indexed by (its own, or its English
// reading's) and its language.
func (tm *termMaker) tokens(sc *termScratch, p string) ([]Token, uint8) {
	sc.toks = appendTokens(sc.toks[:0], p)
	if code := paragraphLang(sc.toks); code != "" {
		return tm.reading(sc, p, code)
	}
	return sc.toks, langEnglish
}

// text returns the encoded terms of a text the analysis did not give
// terms (see buildIndex).
func (tm *termMaker) text(p string) string {
	sc := tm.pool.Get().(*termScratch)
	defer tm.pool.Put(sc)
	toks, l := tm.tokens(sc, p)
	return tm.encode(sc, toks, l)
}

// forms calls fn with each content word of text p (or of its English
// reading) and each acronym concept (and forms mark) it is indexed under, with its stem
// ID, in the order the index meets them: the order that decides which
// word of a stem is its surface form (see buildIndex).
func (tm *termMaker) forms(p string, fn func(form string, id uint32)) {
	sc := tm.pool.Get().(*termScratch)
	defer tm.pool.Put(sc)
	toks, l := tm.tokens(sc, p)
	words := tm.stemIDs(sc, toks, l)
	k := 0
	for _, t := range toks {
		if k < words && !stopWords[t.Lower] {
			fn(t.Lower, sc.ids[k])
			k++
		}
	}
	for k, id := range sc.ids[words:] {
		fn(sc.concepts[k], id)
	}
}

// stemIDs fills sc.ids with the stem IDs of toks' content words (stop
// words are not indexed), then the concept of each form of an acronym
// among them (data/acronyms.txt), in order, each followed by its forms
// mark when l is English; it returns the number of content words. sc.ms
// holds the lexicon's theme phrases found.
func (tm *termMaker) stemIDs(sc *termScratch, toks []Token, l uint8) int {
	sc.ids = sc.ids[:0]
	if sc.useFacts {
		for k := range toks {
			if id := sc.tf[k].id; id != stopID {
				sc.ids = append(sc.ids, id)
			}
		}
	} else {
		for _, t := range toks {
			if id := tm.word(sc, t.Lower); id != stopID {
				sc.ids = append(sc.ids, id)
			}
		}
	}
	words := len(sc.ids)
	sc.concepts = sc.concepts[:0]
	sc.ms = matchIDPhrases(tm.acroAt, sc.ids[:words], sc.ms[:0])
	for _, m := range sc.ms {
		// An acronym's other forms index the paragraph under the acronym
		// too; the acronym itself is indexed as its own word.
		if m.Len != 1 || sc.ids[m.First] != tm.concept[m.Theme] {
			c := tm.acro.names[m.Theme]
			sc.ids = append(sc.ids, tm.in.stem(c, c))
			sc.concepts = append(sc.concepts, c)
			// It is also counted under its forms mark, for a question
			// that says the acronym to weigh it below the acronym's own
			// occurrences (see Term.Literal). Not in the English reading
			// of a Spanish or French text: the translator writes forms
			// for the text's own acronyms ("CERT" reads "computer
			// emergency response team").
			if l != langEnglish {
				continue
			}
			fm := c + formsMark
			sc.ids = append(sc.ids, tm.in.stem(fm, ""))
			sc.concepts = append(sc.concepts, fm)
		}
	}
	sc.ms = matchIDPhrases(tm.lexAt, sc.ids[:words], sc.ms[:0])
	return words
}

// matchIDPhrases is matchPhrases by stem ID (at: phrases by their first
// stem's ID), appending to out.
func matchIDPhrases(at [][]idPhrase, ids []uint32, out []ThemeMatch) []ThemeMatch {
	for i := 0; i < len(ids); i++ {
		if int(ids[i]) >= len(at) || len(at[ids[i]]) == 0 {
			continue
		}
		ps := at[ids[i]]
		best := ThemeMatch{Theme: -1}
		for _, p := range ps {
			if i+len(p.ids) > len(ids) || len(p.ids) <= best.Len {
				continue
			}
			if slices.Equal(p.ids, ids[i:i+len(p.ids)]) {
				best = ThemeMatch{Theme: p.theme, First: i, Len: len(p.ids), Primary: p.primary}
			}
		}
		if best.Theme >= 0 {
			// Several themes may share a phrase; record each once.
			out = append(out, best)
			for _, p := range ps {
				if p.theme != best.Theme && len(p.ids) == best.Len && slices.Equal(p.ids, ids[i:i+best.Len]) {
					out = append(out, ThemeMatch{Theme: p.theme, First: i, Len: best.Len, Primary: p.primary})
				}
			}
			i += best.Len - 1
		}
	}
	return out
}

// encode derives the terms of tokens toks of a paragraph in language l
// (see stemIDs): each distinct stem with its count, the number of content
// words, and the themes the stems name, with their weighted counts (see
// Lexicon.themeCounts).
//
// The encoding is, in unsigned varints: a language byte, the number of
// content words, the number of themes and each theme with its count, then
// each distinct stem in order of first occurrence as id<<1|(tf > 1),
// followed by tf when it is above 1. An empty string is no encoding.
func (tm *termMaker) encode(sc *termScratch, toks []Token, l uint8) string {
	return tm.termBytes.add(tm.encodeTo(sc, toks, l))
}

// encodeRef is encode, the terms kept in the term maker's chunks and
// located by the reference returned (see arenaRef).
func (tm *termMaker) encodeRef(sc *termScratch, toks []Token, l uint8) arenaRef {
	return tm.termBytes.addRef(tm.encodeTo(sc, toks, l))
}

// encodeTo is the encoding of encode, in sc's buffer.
func (tm *termMaker) encodeTo(sc *termScratch, toks []Token, l uint8) []byte {
	words := tm.stemIDs(sc, toks, l)
	sc.themes, sc.counts = appendThemeCounts(sc.themes[:0], sc.counts[:0], sc.ms)

	// Distinct stems with their counts, in order of first occurrence.
	size := 16
	for size < 2*len(sc.ids) {
		size *= 2
	}
	if cap(sc.slot) < size {
		sc.slot = make([]int32, size)
	}
	slot := sc.slot[:size]
	clear(slot)
	mask := uint32(size - 1)
	sc.uniq = sc.uniq[:0]
	for _, id := range sc.ids {
		h := (id * 0x9E3779B1) & mask
		for {
			k := slot[h]
			if k == 0 {
				sc.uniq = append(sc.uniq, termTF{id, 1})
				slot[h] = int32(len(sc.uniq))
				break
			}
			if sc.uniq[k-1].stem == id {
				sc.uniq[k-1].tf++
				break
			}
			h = (h + 1) & mask
		}
	}

	b := append(sc.buf[:0], l)
	b = binary.AppendUvarint(b, uint64(words))
	b = binary.AppendUvarint(b, uint64(len(sc.themes)))
	for k, t := range sc.themes {
		b = binary.AppendUvarint(b, uint64(t))
		b = binary.AppendUvarint(b, uint64(sc.counts[k]))
	}
	for _, t := range sc.uniq {
		if t.tf == 1 {
			b = binary.AppendUvarint(b, uint64(t.stem)<<1)
		} else {
			b = binary.AppendUvarint(b, uint64(t.stem)<<1|1)
			b = binary.AppendUvarint(b, uint64(t.tf))
		}
	}
	sc.buf = b
	return b
}

// termsHeader is the start of an encoded paragraph's terms.
type termsHeader struct {
	lang    uint8
	words   int // content words
	nThemes int
	rest    string // the themes, then the stems
}

func readTermsHeader(s string) termsHeader {
	h := termsHeader{lang: s[0]}
	i := 1
	words, n := uvarint(s, i)
	i += n
	themes, n := uvarint(s, i)
	i += n
	h.words, h.nThemes, h.rest = int(words), int(themes), s[i:]
	return h
}

// themes returns the header's themes and their counts, and the encoded
// stems that follow them.
func (h termsHeader) themes() ([]int, []uint16, string) {
	s, i := h.rest, 0
	if h.nThemes == 0 {
		return nil, nil, s
	}
	ts, cs := make([]int, h.nThemes), make([]uint16, h.nThemes)
	for k := range h.nThemes {
		t, n := uvarint(s, i)
		i += n
		c, n := uvarint(s, i)
		i += n
		ts[k], cs[k] = int(t), uint16(c)
	}
	return ts, cs, s[i:]
}

// skipThemes returns the encoded stems after the header's themes.
func (h termsHeader) skipThemes() string {
	s, i := h.rest, 0
	for range 2 * h.nThemes {
		_, n := uvarint(s, i)
		i += n
	}
	return s[i:]
}

// nextTerm decodes the stem and count at s[i:] and returns the index
// after them.
func nextTerm(s string, i int) (stem, tf uint32, next int) {
	v, n := uvarint(s, i)
	i += n
	tf = 1
	if v&1 != 0 {
		f, n := uvarint(s, i)
		i += n
		tf = uint32(f)
	}
	return uint32(v >> 1), tf, i
}

// uvarint decodes an unsigned varint at s[i:] and returns it with its length.
func uvarint(s string, i int) (uint64, int) {
	var v uint64
	for k := 0; ; k++ {
		c := s[i+k]
		v |= uint64(c&0x7F) << (7 * k)
		if c < 0x80 {
			return v, k + 1
		}
	}
}
