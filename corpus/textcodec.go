package corpus

import (
	"encoding/binary"
	"runtime"
	"slices"
	"sync"
	"unsafe"
)

// textCodec keeps statement text word-coded: each word with the spaces
// and punctuation after it ("state, ") is a code of one to three bytes
// naming it in a vocabulary made from the corpus at load. At 100k
// statements the text is 3.8x smaller (37.3 MB to 9.9 MB) and a statement
// decodes in ~0.25 µs (BenchmarkTextDecode), which is what an answer pays
// for each statement it shows.
//
// Why a codec of our own (TestTextCodecChoice keeps its ratio on real
// wording; docs/PERFORMANCE.md has the figures):
//   - zstd with a dictionary made text 3.1x smaller but took 5.8 µs per
//     statement shown, more than a fifth of a stance question;
//   - s2 (klauspost/compress) with a 64 KB dictionary decodes in ~0.6 µs
//     but makes prose only 1.4x smaller: LZ needs repeats longer than a
//     word inside one ~370-byte paragraph, which prose does not have;
//   - FSST (symbol tables of 1-8 byte substrings) has no Go
//     implementation the module proxy serves;
//   - a word code needs only what the corpus is made of: words repeat,
//     and a vocabulary of a few thousand covers nearly all of them. A word
//     and its separator as one token decoded ~1/3 faster than words and
//     separators as tokens of their own (single spaces implied), for codes
//     ~8% larger on prose.
//
// The code is End-Tagged Dense Code (Brisaboa et al.): a code's last byte
// has its high bit set, so ranks 0-127 take one byte, the next 16,384
// two, the next 2,097,152 three. Rank 0 is not a vocabulary entry but a
// literal: its length (uvarint) and its bytes follow, for tokens the
// vocabulary does not have (words seen once; overlong runs). Any bytes
// round-trip (FuzzTextCodec): tokens are runs of bytes, not of runes, and
// a byte of a multi-byte UTF-8 sequence counts as a word byte.
//
// A coded text starts with its decoded length (uvarint), so a decode
// allocates its string once, at its size.
type textCodec struct {
	blob    []byte       // the vocabulary's tokens, one after another
	entries []vocabEntry // by rank; [0] is the literal escape
}

// vocabEntry is one token of the vocabulary as the decoder reads it: its
// first 16 bytes in two words, so that a token of up to 16 bytes (nearly
// all are: a word and what follows it) is written with two 8-byte stores
// rather than a copy.
type vocabEntry struct {
	head [2]uint64 // the token's first 16 bytes, little-endian, zero-padded
	off  uint32    // the token in blob
	n    uint32    // its length (≤ maxTokenBytes)
}

// wordByte tells the bytes that make words: ASCII letters and digits, and
// every byte of a non-ASCII character (accented letters; also the few
// non-ASCII punctuation marks, which then join a word: still exact).
var wordByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// Limits of the code.
const (
	codeLiteral   = 0                               // rank of the literal escape
	maxVocab      = 128 + 128*128 + 128*128*128 - 1 // ranks a code of ≤ 3 bytes can name, less the literal
	maxTokenBytes = 255                             // longer tokens are literals: rare, and seldom repeated
	// vocabSample is about how many bytes of text the vocabulary is made
	// from: every k-th statement, in corpus order (deterministic). Words
	// common enough to matter are in any few megabytes of a corpus;
	// counting all 37 MB at 100k statements took 0.25 s of one core for
	// a vocabulary ~1% better.
	vocabSample = 6 << 20
)

// tokenEnd is where the token starting at i of t ends: a run of word
// bytes with the run of other bytes after it ("state, "), or the run of
// other bytes that starts a text.
func tokenEnd(t string, i int) int {
	j := i
	for j < len(t) && wordByte[t[j]] {
		j++
	}
	for j < len(t) && !wordByte[t[j]] {
		j++
	}
	return j
}

// buildTextCodec makes a vocabulary from a sample of texts (n of them,
// text(i) the i-th): every token seen at least twice, most frequent first.
// It returns the codec and the table to encode with (ids.rank(token) is
// its rank), which encoding alone needs.
func buildTextCodec(n int, text func(i int) string) (*textCodec, *tokenRanks) {
	total := 0
	for i := range n {
		total += len(text(i))
	}
	step := max(1, total/vocabSample)
	counts := map[string]int32{}
	for i := 0; i < n; i += step {
		t := text(i)
		for k := 0; k < len(t); {
			e := tokenEnd(t, k)
			if e-k <= maxTokenBytes {
				counts[t[k:e]]++
			}
			k = e
		}
	}
	return vocabFromCounts(counts)
}

// codecOf makes the codec of a vocabulary (toks, by rank from 1) and the
// table to encode with.
func codecOf(toks []string) (*textCodec, *tokenRanks) {
	size := 0
	for _, t := range toks {
		size += len(t)
	}
	c := &textCodec{blob: make([]byte, 0, size), entries: make([]vocabEntry, 1, len(toks)+1)}
	var head [16]byte
	for _, t := range toks {
		start := len(c.blob)
		c.blob = append(c.blob, t...)
		tok := c.blob[start:]
		head = [16]byte{}
		copy(head[:], tok)
		c.entries = append(c.entries, vocabEntry{
			head: [2]uint64{binary.LittleEndian.Uint64(head[:8]), binary.LittleEndian.Uint64(head[8:])},
			off:  uint32(start), n: uint32(len(tok))})
	}
	return c, newTokenRanks(c)
}

// appendCode appends the End-Tagged Dense Code of rank r.
func appendCode(dst []byte, r uint32) []byte {
	switch {
	case r < 128:
		return append(dst, byte(0x80|r))
	case r < 128+128*128:
		r -= 128
		return append(dst, byte(r>>7), byte(0x80|r&0x7f))
	default:
		r -= 128 + 128*128
		return append(dst, byte(r>>14), byte(r>>7&0x7f), byte(0x80|r&0x7f))
	}
}

// appendEncoded appends the code of t (see textCodec) with ids, the table
// buildTextCodec returned.
func appendEncoded(dst []byte, ids *tokenRanks, t string) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(t)))
	for i := 0; i < len(t); {
		j := tokenEnd(t, i)
		if r, ok := ids.rankAt(t, i, j); ok {
			dst = appendCode(dst, r)
		} else {
			dst = append(dst, 0x80|codeLiteral)
			dst = binary.AppendUvarint(dst, uint64(j-i))
			dst = append(dst, t[i:j]...)
		}
		i = j
	}
	return dst
}

// decode returns the text coded in b. b is well formed (appendEncoded
// made it): a malformed b panics (an index out of range, or a length
// that does not add up), never returns wrong text silently.
func (c *textCodec) decode(b []byte) string {
	n, at := binary.Uvarint(b)
	if n == 0 {
		return ""
	}
	// 16 bytes more than the text: a short token is written as two whole
	// 8-byte words, whatever follows it (see vocabEntry).
	out := make([]byte, n+16)
	if w := c.decodeInto(out, b[at:]); w != int(n) {
		panic("corpus: coded text decodes to a different length")
	}
	return unsafe.String(&out[0], int(n)) // out is not written again
}

// decodePrefix writes the first tokens of the text coded in b (its
// length first, as decode reads it) into out until at least len(out)-16
// bytes are written or the text ends, and returns how many bytes of the
// text's opening out holds. A check that reads only a paragraph's first
// word decodes no more than that (see parseCoder.opensWith).
func (c *textCodec) decodePrefix(out, b []byte) int {
	n, at := binary.Uvarint(b)
	if n == 0 || len(out) <= 16 {
		return 0
	}
	return min(c.decodeUpTo(out, b[at:], len(out)-16), int(n), len(out)-16)
}

// decodeInto writes the tokens coded in b into out, which holds them and
// 16 bytes more, and returns how many bytes of text it wrote.
func (c *textCodec) decodeInto(out, b []byte) int {
	return c.decodeUpTo(out, b, len(out))
}

// decodeUpTo is decodeInto stopping once limit bytes are written (out
// holds limit bytes and 16 more); a token that does not fit is cut at
// out's end.
func (c *textCodec) decodeUpTo(out, b []byte, limit int) int {
	w := 0
	blob, entries := c.blob, c.entries
	for i := 0; i < len(b) && w < limit; {
		x := uint32(b[i])
		i++
		var r uint32
		switch {
		case x >= 0x80:
			r = x & 0x7f
		case b[i] >= 0x80:
			r = 128 + x<<7 | uint32(b[i]&0x7f)
			i++
		default:
			r = 128 + 128*128 + (x<<14 | uint32(b[i])<<7 | uint32(b[i+1]&0x7f))
			i += 2
		}
		if r == codeLiteral {
			l, k := binary.Uvarint(b[i:])
			i += k
			w += copy(out[w:], b[i:i+int(l)])
			i += int(l)
			continue
		}
		e := &entries[r]
		if e.n <= 16 {
			o := out[w : w+16]
			binary.LittleEndian.PutUint64(o, e.head[0])
			binary.LittleEndian.PutUint64(o[8:], e.head[1])
			w += int(e.n)
		} else {
			w += copy(out[w:], blob[e.off:e.off+e.n])
		}
	}
	return w
}

// compress word-codes the store's texts (see textCodec), in parallel, and
// lets go of the plain arena: from then on a statement's text is decoded
// when it is read. Attribution evidence, which viewed the arena, is copied
// out of it first (a few thousand short strings). It runs once, at the end
// of a build; a store already coded is left as it is.
func (s *stmtStore) compress() {
	if s.codec != nil || len(s.recs) == 0 {
		return
	}
	codec, ids := buildTextCodec(len(s.recs), func(i int) string { return s.textOf(&s.recs[i]) })

	// Each worker codes a run of statements into chunks of its own; the
	// runs' chunks are then put one after another.
	workers := max(1, min(runtime.GOMAXPROCS(0), len(s.recs)/256))
	per := (len(s.recs) + workers - 1) / workers
	arenas := make([]textArena, workers)
	chunkOf := make([][]uint32, workers) // a worker's chunk numbers, per statement of its run
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*per, min((w+1)*per, len(s.recs))
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := &arenas[w]
			chunkOf[w] = make([]uint32, hi-lo)
			var buf []byte
			for i := lo; i < hi; i++ {
				r := &s.recs[i]
				buf = appendEncoded(buf[:0], ids, s.textOf(r))
				k, off, dst := a.alloc(len(buf))
				copy(dst, buf)
				chunkOf[w][i-lo] = k
				r.off, r.textLen = off, uint32(len(buf))
			}
		}()
	}
	wg.Wait()
	var chunks [][]byte
	for w := range workers {
		base := uint32(len(chunks))
		cs := arenas[w].chunks
		if k := len(cs) - 1; k >= 0 {
			cs[k] = slices.Clone(cs[k]) // its unused tail is let go of
		}
		chunks = append(chunks, cs...)
		lo := w * per
		for j, k := range chunkOf[w] {
			c := base + k
			if c > 0xffff {
				panic("corpus: text arena over 65,536 chunks")
			}
			s.recs[lo+j].chunk = uint16(c)
		}
	}
	size := 0
	for _, a := range s.attrs {
		size += len(a.Evidence)
	}
	ev := make([]byte, 0, size)
	for i, a := range s.attrs {
		if a.Evidence != "" {
			at := len(ev)
			ev = append(ev, a.Evidence...)
			s.attrs[i].Evidence = unsafe.String(&ev[at], len(a.Evidence)) // ev is not written again past at
		}
	}
	s.chunks, s.codec = chunks, codec
}
