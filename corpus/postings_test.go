package corpus

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// decodeDocs returns the docs of stem s's postings [lo, hi).
func decodeDocs(d *docLists, lo, hi, s uint32) []uint32 {
	var out []uint32
	doc := d.first[s]
	for p := lo; p < hi; p++ {
		if p > lo {
			doc = d.next(p, doc)
		}
		out = append(out, doc)
	}
	return out
}

// The gap form gives back every list exactly, and seek finds what a binary
// search of the plain list finds, for lists of every shape: empty, one
// posting, dense, sparse with gaps past 16 bits, and longer than the skip
// interval (starts before, on, between and after the skips).
func TestDocListsRoundTripAndSeek(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const nDocs = 400_000
	var off, docs []uint32
	var lists [][]uint32
	shapes := []struct{ n, spread int }{
		{0, 1}, {1, nDocs}, {2, nDocs}, {3, 70_000}, {skipEvery, 10},
		{skipEvery + 1, 3}, {5 * skipEvery, 2}, {1000, 300}, {3000, 130}, {40, 20_000},
	}
	off = append(off, 0)
	for round := 0; round < 20; round++ {
		for _, sh := range shapes {
			set := map[uint32]bool{}
			for len(set) < sh.n {
				set[uint32(rng.IntN(min(nDocs, sh.n*sh.spread+1)))] = true
			}
			l := make([]uint32, 0, sh.n)
			for d := range set {
				l = append(l, d)
			}
			slices.Sort(l)
			lists = append(lists, l)
			docs = append(docs, l...)
			off = append(off, uint32(len(docs)))
		}
	}
	d := encodeDocs(off, docs)
	if len(d.far) == 0 || len(d.skipAt) == 0 {
		t.Fatalf("%d escaped gaps, %d skip lists: the shapes test neither", len(d.far), len(d.skipAt))
	}
	for s, l := range lists {
		lo, hi := off[s], off[s+1]
		if got := decodeDocs(&d, lo, hi, uint32(s)); !slices.Equal(got, l) && len(l) > 0 {
			t.Fatalf("list %d: decoded %v, want %v", s, got, l)
		}
		probes := []uint32{0, 1, nDocs, nDocs + 1}
		for _, x := range l {
			probes = append(probes, x, x+1, x-min(x, 1))
		}
		for range 20 {
			probes = append(probes, uint32(rng.IntN(nDocs)))
		}
		for _, x := range probes {
			i, _ := slices.BinarySearch(l, x)
			p, at := d.seek(uint32(s), lo, hi, x)
			if p != lo+uint32(i) {
				t.Fatalf("list %d (%d postings): seek(%d) = posting %d, want %d", s, len(l), x, p-lo, i)
			}
			if i < len(l) && at != l[i] {
				t.Fatalf("list %d: seek(%d) = doc %d, want %d", s, x, at, l[i])
			}
		}
	}
}
