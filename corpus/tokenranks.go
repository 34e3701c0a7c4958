package corpus

import (
	"encoding/binary"
	"math/bits"
)

// tokenRanks finds a token's rank in a codec's vocabulary, for
// appendEncoded. A Go map keyed by the token strings did it before: at
// -dup 8 the parse codes ~6M tokens, and the map's string hashing and
// probing were ~0.13 s of a 100k-statement load's CPU. Here a token is
// read as its first 16 bytes in two words (as the decoder keeps each
// entry, vocabEntry.head) and its length, hashed from those, and compared
// with an entry word by word, without hashing the string or comparing it
// byte by byte (only the rare token over 16 bytes compares its rest).
// TestTokenRanks holds it to a map of the vocabulary.
type tokenRanks struct {
	slots []rankSlot // at most half full
	blob  []byte     // the codec's
}

// rankSlot is a vocabulary token as its first 16 bytes, its length and
// its rank (0: an empty slot), in one place: a look-up reads one slot,
// not a slot and then the entry it names (a cache miss each).
type rankSlot struct {
	head [2]uint64
	n    uint32
	r    uint32
	off  uint32 // the token in blob
}

// newTokenRanks indexes the vocabulary of c.
func newTokenRanks(c *textCodec) *tokenRanks {
	size := 16
	for size < 2*len(c.entries) {
		size *= 2
	}
	t := &tokenRanks{slots: make([]rankSlot, size), blob: c.blob}
	mask := uint32(size - 1)
	for r := 1; r < len(c.entries); r++ {
		e := &c.entries[r]
		for i := tokenHash(e.head[0], e.head[1], e.n) & mask; ; i = (i + 1) & mask {
			if t.slots[i].r == 0 {
				t.slots[i] = rankSlot{head: e.head, n: e.n, r: uint32(r), off: e.off}
				break
			}
		}
	}
	return t
}

// tokenHash mixes a token's first 16 bytes and its length.
func tokenHash(h0, h1 uint64, n uint32) uint32 {
	x := h0*0x9E3779B97F4A7C15 ^ bits.RotateLeft64(h1*0xC2B2AE3D27D4EB4F, 31) ^ uint64(n)
	x ^= x >> 29
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 32
	return uint32(x)
}

// rankAt returns the rank of the token t[i:j] in the vocabulary, or false
// if it is not in it. The text around the token is read: where 16 bytes
// from i are in t, the token's first 16 bytes are read from it as two
// words and the bytes past j masked off, without copying them out.
func (rt *tokenRanks) rankAt(t string, i, j int) (uint32, bool) {
	var h0, h1 uint64
	if n := j - i; i+16 <= len(t) && n <= 16 {
		h0, h1 = le64(t, i), le64(t, i+8)
		switch {
		case n < 8:
			h0 &= 1<<(8*n) - 1
			h1 = 0
		case n < 16:
			h1 &= 1<<(8*(n-8)) - 1
		}
	} else {
		var b [16]byte
		copy(b[:], t[i:j])
		h0, h1 = binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
	}
	n := uint32(j - i)
	mask := uint32(len(rt.slots) - 1)
	for k := tokenHash(h0, h1, n) & mask; ; k = (k + 1) & mask {
		s := &rt.slots[k]
		if s.r == 0 {
			return 0, false
		}
		if s.n == n && s.head[0] == h0 && s.head[1] == h1 && (n <= 16 || string(rt.blob[s.off+16:s.off+n]) == t[i+16:j]) {
			return s.r, true
		}
	}
}

// rank is rankAt for a token on its own.
func (rt *tokenRanks) rank(tok string) (uint32, bool) { return rt.rankAt(tok, 0, len(tok)) }

// le64 reads the 8 bytes of s at i as a little-endian word.
func le64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
