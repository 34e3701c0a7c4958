package corpus

import (
	"math/bits"
	"strings"
)

// A load analyses every distinct paragraph once (see paraCache), and its
// analysis asks several things of each word: its lower-case form
// (appendTokens), its language marker (paragraphLang), its folded
// gazetteer key (scanPair, capitalSubjects) and its stem ID (the index
// terms, termMaker.stemIDs). Each was its own pass with its own work per
// word: a lower-casing that allocates for every capitalised word, a fold,
// a map probe, a hash and a probe of the word cache. The words of running
// text repeat (a few thousand make most of a corpus), so the analysis
// looks each word up once, as written, in a direct-mapped cache of
// everything those passes ask of it (tokFacts), the load's counterpart of
// a question's wordFacts. TestTokFactsMatchPasses holds every fact to the
// pass it stands for.

// factCacheSize is the number of slots of a worker's fact cache.
const factCacheSize = 1 << 12

// factSlotLen is the longest word (as written) a slot holds in place;
// longer words are looked up the ordinary way.
const factSlotLen = 22

// tokFact is what the analysis asks of one token.
//
// A token's key, Fold(Lower) (the word as the gazetteer looks it up),
// is beside it (termScratch.akeys), so this is free of pointers: the
// collector neither scans nor barriers it.
type tokFact struct {
	// id is the word's stem ID (stopID for a stop word), as
	// termMaker.word gives it.
	id uint32
	// mark is markerOf(Lower).
	mark uint8
}

// factSlot is one cached word: the word as written, in place, and its
// facts. lower and key are held only when they differ from the word as
// written (most words: a lower-case ASCII word is its own lower form and
// key, and then the token's strings view the paragraph, as appendTokens
// makes them).
type factSlot struct {
	word  [factSlotLen]byte
	n     uint8
	own   uint8 // ownLower, ownKey: lower or key is the word as written
	mark  uint8
	id    uint32
	lower string
	key   string
}

const (
	ownLower = 1 << iota
	ownKey
)

// factCache is a worker's cache of words' facts (in its termScratch).
type factCache struct {
	sets [factCacheSets][2]factSlot
}

// factCacheSets is the number of two-slot sets of a fact cache.
const factCacheSets = factCacheSize / 2

// factsAfter is the number of paragraphs a load analyses before its
// workers look words up in a fact cache: a cache is 256 KiB, and a small
// load (a hot reload of a few pages, a test's corpus, each FuzzLoad input)
// would pay more to clear it than it saves (BenchmarkLoadSmallPage).
var factsAfter int32 = 1000 // a variable for the tests that load with the cache from the first paragraph

// factsOn reports whether the analysis takes its words' facts from a
// cache (see factsAfter), counting the paragraph.
func (tm *termMaker) factsOn() bool {
	if tm.analysed.Load() >= factsAfter {
		return true
	}
	return tm.analysed.Add(1) > factsAfter
}

// lookupFacts returns the lower-case form, the key and the facts of word
// w (as written, no possessive, no dotted abbreviation), filling its slot
// on a miss. Lower is lowerWord(w).
func (tm *termMaker) lookupFacts(sc *termScratch, w string) (string, string, tokFact) {
	if len(w) > factSlotLen || w == "" {
		return tm.factsOf(sc, lowerWord(w))
	}
	set := &sc.facts.sets[factSetOf(w)]
	s := &set[0]
	if int(s.n) != len(w) || string(s.word[:s.n]) != w {
		s = &set[1]
		if int(s.n) != len(w) || string(s.word[:s.n]) != w {
			return tm.fillFacts(sc, set, w)
		}
	}
	lower, key := s.lower, s.key
	if s.own&ownLower != 0 {
		lower = w
	}
	if s.own&ownKey != 0 {
		key = w
	}
	return lower, key, tokFact{id: s.id, mark: s.mark}
}

// factSetOf is the set of the fact cache word w (1 to factSlotLen
// bytes) goes in: a multiplicative hash of its length and of its first
// and last eight bytes (four, or three single bytes, in a shorter word),
// read in place. maphash.String (a call, the seed's set-up and the
// runtime's string hash for each of a 100k load's ~6M tokens) was ~0.1 s
// of a -dup 8 load's CPU. Two words that differ only in the middle bytes
// of a word over 16 bytes share a set, which costs a miss, never a wrong
// fact: a slot is taken only when it holds the very word.
func factSetOf(w string) uint32 {
	n := len(w)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = le64(w, 0), le64(w, n-8)
	case n >= 4:
		a, b = uint64(le32(w, 0)), uint64(le32(w, n-4))
	default:
		a = uint64(w[0]) | uint64(w[n>>1])<<8 | uint64(w[n-1])<<16
	}
	x := (a^uint64(n)<<58)*0x9E3779B97F4A7C15 ^ bits.RotateLeft64(b*0xC2B2AE3D27D4EB4F, 31)
	x ^= x >> 32
	x *= 0xBF58476D1CE4E5B9
	return uint32(x>>40) & (factCacheSets - 1)
}

// le32 reads the 4 bytes of s at i as a little-endian word.
func le32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// fillFacts works out the facts of w, which neither slot of its set
// holds, and puts them in the set's first slot; the word there moves to
// the second, and the one there goes (the cache is two-way: with one
// slot per hash, half of a 100k-statement load's misses were words seen
// before, evicted by another word of the same slot).
func (tm *termMaker) fillFacts(sc *termScratch, set *[2]factSlot, w string) (string, string, tokFact) {
	lower, key, f := tm.factsOf(sc, lowerWord(w))
	set[1] = set[0]
	s := &set[0]
	s.n = uint8(copy(s.word[:], w))
	s.own, s.lower, s.key = 0, "", ""
	// The slot outlives the paragraph, whose bytes may be a worker's
	// buffer (see paraCache.lookup): it keeps no string that views
	// them. Fold can return part of the word as written ("information"
	// of "d'information").
	if lower == w {
		s.own |= ownLower
	} else {
		s.lower = ownString(lower, w)
	}
	if key == w {
		s.own |= ownKey
	} else {
		s.key = ownString(key, w)
	}
	s.mark, s.id = f.mark, f.id
	return lower, key, f
}

// factsOf works out the key and facts of a word with lower-case form
// lower.
func (tm *termMaker) factsOf(sc *termScratch, lower string) (string, string, tokFact) {
	return lower, Fold(lower), tokFact{id: tm.word(sc, lower), mark: markerOf(lower)}
}

// analysisTokens tokenises paragraph text p into sc.atoks, with each
// token's facts in sc.tf (see tokFact): the tokens are appendTokens's.
// The caller clears them with sc.dropTokens once the analysis is made.
func (tm *termMaker) analysisTokens(sc *termScratch, p string) []Token {
	if sc.facts == nil {
		sc.facts = new(factCache)
	}
	sc.tf, sc.akeys = sc.tf[:0], sc.akeys[:0]
	sc.atoks = appendTokensWith(sc.atoks[:0], p, func(w string) string {
		lower, key, f := tm.lookupFacts(sc, w)
		sc.tf = append(sc.tf, f)
		sc.akeys = append(sc.akeys, key)
		return lower
	}, func(lower string) {
		// A dotted abbreviation ("U.S."): not cached.
		_, key, f := tm.factsOf(sc, lower)
		sc.tf = append(sc.tf, f)
		sc.akeys = append(sc.akeys, key)
	})
	return sc.atoks
}

// dropTokens lets go of the analysis tokens' strings, so the pool keeps
// no paragraph's text alive.
func (sc *termScratch) dropTokens() {
	clear(sc.atoks)
	sc.atoks = sc.atoks[:0]
	sc.tf = sc.tf[:0]
	clear(sc.akeys)
	sc.akeys = sc.akeys[:0]
	clear(sc.mentions[:cap(sc.mentions)]) // (the strings of the last paragraph's)
}

// paragraphFacts is paragraph for an English paragraph tokenised by
// analysisTokens: its stem IDs are the tokens' facts.
func (tm *termMaker) paragraphFacts(sc *termScratch, toks []Token) arenaRef {
	sc.useFacts = true
	defer func() { sc.useFacts = false }()
	return tm.encodeRef(sc, toks, langEnglish)
}

// scanPairKeysText is findText(toks, false) with the tokens' keys given.
// The mentions are written into *buf (grown as needed), valid until the
// next call: a list per paragraph was 14 MB of garbage a 100k-statement
// load.
func (g *Gazetteer) scanPairKeysText(toks []Token, keys []string, buf *[]Mention) []Mention {
	r, _ := g.scanPairKeys(toks, keys, *buf, false, nil, nil, true, false)
	if cap(r.Countries) > cap(*buf) {
		*buf = r.Countries[:0]
	}
	if len(r.Countries) == 0 {
		return nil
	}
	return r.Countries
}

// ownString returns s, or a copy of it when it views the bytes of w.
func ownString(s, w string) string {
	if views(s, w) {
		return strings.Clone(s)
	}
	return s
}
