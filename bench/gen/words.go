package gen

import "strings"

// Generated content words are five consonant-vowel syllables ("zubakorafo").
// They end in a, o or u and contain no vowel pairs, so no English stemmer
// suffix rule applies and every word is its own stem: a statement holding
// two of them is findable by them alone.
const (
	consonants = "bdfgkmnprtvz"
	vowels     = "aou"
	syllables  = uint64(len(consonants) * len(vowels)) // 36
	wordSylls  = 5
	wordSpace  = uint64(36 * 36 * 36 * 36 * 36) // syllables^wordSylls
	// wordMul is odd and not a multiple of 3, so k -> k*wordMul mod
	// wordSpace is a bijection (wordSpace = 2^10 * 3^10): successive words
	// look unrelated yet never repeat.
	wordMul = 2654435761
)

// wordSource yields distinct generated words that are not within edit
// distance 2 of any country name word, so a typo-tolerant country detector
// cannot mistake one for a country.
type wordSource struct {
	next   uint64
	offset uint64
	avoid  [][]byte // lower-case country names and their single words
}

func newWordSource(seed uint64, names []string) *wordSource {
	ws := &wordSource{offset: seed % wordSpace}
	seen := map[string]bool{}
	add := func(s string) {
		s = strings.ToLower(s)
		if len(s) >= 3 && !seen[s] {
			seen[s] = true
			ws.avoid = append(ws.avoid, []byte(s))
		}
	}
	for _, n := range names {
		add(strings.ReplaceAll(n, " ", ""))
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' }) {
			add(w)
		}
	}
	return ws
}

// word returns the next generated word.
func (ws *wordSource) word() string {
	for {
		k := (ws.next*wordMul + ws.offset) % wordSpace
		ws.next++
		if ws.next > wordSpace {
			panic("gen: generated word space exhausted") // > 60M words: far beyond any benchmark size
		}
		var b [2 * wordSylls]byte
		for i := 0; i < wordSylls; i++ {
			s := k % syllables
			k /= syllables
			b[2*i] = consonants[s/uint64(len(vowels))]
			b[2*i+1] = vowels[s%uint64(len(vowels))]
		}
		if !ws.nearCountry(b[:]) {
			return string(b[:])
		}
	}
}

func (ws *wordSource) nearCountry(w []byte) bool {
	for _, a := range ws.avoid {
		if withinDistance(w, a, 2) {
			return true
		}
	}
	return false
}

// withinDistance reports whether the Levenshtein distance of a and b is at
// most k, using a band of width 2k+1.
func withinDistance(a, b []byte, k int) bool {
	if d := len(a) - len(b); d > k || -d > k {
		return false
	}
	const inf = 1 << 20
	var bufA, bufB [64]int
	prev, cur := bufA[:0], bufB[:0]
	if len(b)+1 > len(bufA) {
		prev, cur = make([]int, 0, len(b)+1), make([]int, 0, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-k), min(len(b), i+k)
		for j := range cur {
			cur[j] = inf
		}
		if i <= k {
			cur[0] = i
		}
		best := cur[0]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := prev[j-1] + cost
			if prev[j]+1 < v {
				v = prev[j] + 1
			}
			if cur[j-1]+1 < v {
				v = cur[j-1] + 1
			}
			cur[j] = v
			if v < best {
				best = v
			}
		}
		if best > k {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] <= k
}
