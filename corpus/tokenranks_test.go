package corpus

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTokenRanks holds tokenRanks to a map of the vocabulary: every token
// of the repository's corpora, every vocabulary token, and near misses of
// them (a byte changed, cut or added, past the 16 bytes read as words
// too) are looked up both ways.
func TestTokenRanks(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	seeds, _ := filepath.Glob("../seeds/*.txt")
	var texts []string
	for _, f := range append(files, seeds...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n\n")...)
	}
	if len(texts) < 200 {
		t.Fatalf("only %d paragraphs read", len(texts))
	}
	long := strings.Repeat("internationalisation", 3) + ", "
	texts = append(texts, long+long+"x "+long, "a\x00b\x00 "+strings.Repeat("é", 12)+" ")
	codec, ranks := buildTextCodec(len(texts), func(i int) string { return texts[i] })
	want := map[string]uint32{}
	for r := 1; r < len(codec.entries); r++ {
		e := codec.entries[r]
		want[string(codec.blob[e.off:e.off+e.n])] = uint32(r)
	}
	if len(want) < 500 {
		t.Fatalf("a vocabulary of %d tokens", len(want))
	}
	check := func(tok string) {
		t.Helper()
		r, ok := ranks.rank(tok)
		if w, wok := want[tok]; r != w || ok != wok {
			t.Fatalf("rank(%q) = %d, %v; want %d, %v", tok, r, ok, w, wok)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	over16 := 0
	for tok := range want {
		check(tok)
		if len(tok) > 16 {
			over16++
		}
		b := []byte(tok)
		k := rng.IntN(len(b))
		b[k]++
		check(string(b))
		check(tok[:k])
		check(tok + "s")
		check(tok + " ")
	}
	if over16 == 0 {
		t.Fatal("no vocabulary token over 16 bytes")
	}
	// In place, as appendEncoded looks tokens up: the bytes after a token
	// are read with it and masked off.
	inPlace := 0
	for _, p := range texts {
		for i := 0; i < len(p); {
			j := tokenEnd(p, i)
			check(p[i:j])
			r, ok := ranks.rankAt(p, i, j)
			if w, wok := want[p[i:j]]; r != w || ok != wok {
				t.Fatalf("rankAt(%q, %d, %d) (%q) = %d, %v; want %d, %v", p, i, j, p[i:j], r, ok, w, wok)
			}
			if ok && i+16 <= len(p) && j-i < 16 {
				inPlace++
			}
			i = j
		}
	}
	if inPlace < 1000 {
		t.Fatalf("only %d tokens found in place", inPlace)
	}
	check("")
}
