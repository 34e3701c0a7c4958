package corpus

import "cmp"

// A few attribution rules look for fixed phrases anywhere in a paragraph:
// several unnamed speakers as a passive's agent (raisedByMany), a
// broadcast host's introduction or thanks (hostFraming), a journalist's
// "We spoke to" (interviewIntro), a note verbale's courtesy formula
// (editorialNote). Each ran its own byte searches over
// every distinct paragraph of a load, up to a dozen strings.Contains
// calls each, most of them for needles whose first byte is a space or a
// common letter, where the search stops at nearly every word: ~9 % of a
// -dup 8 load's CPU, for rules that hold on a handful of paragraphs.
//
// phraseCues makes one pass over a paragraph instead and tells which of
// those rules may hold: each phrase is represented by one 8-byte window
// (8 bytes) of it, chosen to be rare in running text, and a rule whose windows are
// all absent cannot find any of its phrases. It is a filter, never a
// verdict: a rule whose cue is set still runs its own searches, so an
// answer cannot change (TestPhraseCuesNeverMissAPhrase, which embeds
// every phrase in other text and checks testdata's paragraphs; the
// -dup 8 corpus's statements are byte-identical with and without it).
//
// Why not a library: what is needed is "may any of these ~100 needles
// occur", for one paragraph of a few hundred bytes at a time, with no
// allocation. Aho-Corasick packages for Go build match lists and
// iterators around a trie, and the one the module proxy serves here
// (coregx/ahocorasick) is a young project; a table of 8-byte windows is
// forty lines, exact where it says "no", and scans ~1–2 ns a byte
// (BenchmarkPhraseCues).

// cueSet is a set of rules whose phrases may occur in a paragraph.
type cueSet uint8

const (
	cueRaisedByMany cueSet = 1 << iota // raisedByManyAgents
	cueHostIntro                       // hostIntroPhrases
	cueHostCloser                      // hostCloserPhrases
	cueInterview                       // interviewIntroPhrases
	cueCourtesy                        // courtesyFormulas
)

// phraseFilter maps the windows that stand for the rules'
// phrases to the rules they stand for, by open addressing.
type phraseFilter struct {
	slots  [phraseSlots]phraseSlot
	always cueSet // rules with a phrase under four bytes: never filtered out
}

// phraseSlot is one window and its rules; no rules means empty.
type phraseSlot struct {
	gram uint64
	cues cueSet
}

const (
	phraseWindow   = 8 // bytes: most 4-byte windows of a phrase are common in text ("rity", "king"), few 8-byte ones are
	phraseSlotBits = 9 // 512 slots for ~100 windows: a probe nearly always ends at the first slot
	phraseSlots    = 1 << phraseSlotBits
)

// cueFilter is the filter of the rules above.
var cueFilter = newPhraseFilter(map[cueSet][]string{
	cueRaisedByMany: raisedByManyAgents[:],
	cueHostIntro:    hostIntroPhrases[:],
	cueHostCloser:   hostCloserPhrases[:],
	cueInterview:    interviewIntroPhrases[:],
	cueCourtesy:     courtesyFormulas[:],
})

// phraseCues reports the rules whose phrases may occur in p (see above).
func phraseCues(p string) cueSet { return cueFilter.scan(p) }

func newPhraseFilter(rules map[cueSet][]string) *phraseFilter {
	f := &phraseFilter{}
	for cue, phrases := range rules {
		for _, ph := range phrases {
			if len(ph) < phraseWindow {
				f.always |= cue
				continue
			}
			f.add(le64(ph, rarestWindow(ph)), cue)
		}
	}
	return f
}

func (f *phraseFilter) add(gram uint64, cue cueSet) {
	for i := gramSlot(gram); ; i = (i + 1) & (phraseSlots - 1) {
		s := &f.slots[i]
		if s.cues == 0 || s.gram == gram {
			s.gram, s.cues = gram, s.cues|cue
			return
		}
	}
}

func gramSlot(gram uint64) uint64 { return (gram * 0x9E3779B97F4A7C15) >> (64 - phraseSlotBits) }

// scan reports the rules one of whose windows occurs in p.
func (f *phraseFilter) scan(p string) cueSet {
	found := f.always
	for i := 0; i+phraseWindow <= len(p); i++ {
		g := le64(p, i)
		for j := gramSlot(g); ; j = (j + 1) & (phraseSlots - 1) {
			s := &f.slots[j]
			if s.cues == 0 {
				break
			}
			if s.gram == g {
				found |= s.cues
				break
			}
		}
	}
	return found
}

// rarestWindow returns the offset of the phraseWindow-byte window of
// phrase ph (at least that long) least likely in running text: the one
// with the rarest bytes by letterRarity (a space or punctuation counts as
// a common letter: a window across two words is rarer than one inside a
// common long word, "speaking"), the first of equals.
func rarestWindow(ph string) int {
	best, bestScore := 0, -1
	for i := 0; i+phraseWindow <= len(ph); i++ {
		score := 0
		for k := range phraseWindow {
			score += cmp.Or(letterRarity(ph[i+k]), 2)
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// letterRarity scores how rare a byte of a word is in English, Spanish
// and French prose: 0 for no letter, 1 for the commonest letters, 2 for
// common ones and the bytes of accented letters, 4 for the rest.
func letterRarity(c byte) int {
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	switch {
	case c >= 'a' && c <= 'z':
		return int(letterWeights[c-'a'] - '0')
	case c == 0xE2:
		return 0 // the lead byte of U+2000–U+2FFF: quotes, dashes, not letters
	case c >= 0x80:
		return 2
	}
	return 0
}

// letterWeights are letterRarity's a to z.
const letterWeights = "14221442144221144111244444"
