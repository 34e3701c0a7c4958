package corpus

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// decodeList returns stem s's postings as (doc, tf) pairs.
func decodeList(p *postings, s uint32) [][2]uint32 {
	var out [][2]uint32
	for it := p.iter(s); it.next(); {
		out = append(out, [2]uint32{it.doc, it.tf})
	}
	return out
}

// postingLists builds lists of the given shapes (n postings spread over
// about n×spread docs), with frequencies mostly 1 and some large.
func postingLists(rng *rand.Rand, nDocs int, shapes [][2]int) (off, docs, tfs []uint32, lists [][][2]uint32) {
	off = append(off, 0)
	for _, sh := range shapes {
		set := map[uint32]bool{}
		for len(set) < sh[0] {
			set[uint32(rng.IntN(min(nDocs, sh[0]*sh[1]+1)))] = true
		}
		l := make([][2]uint32, 0, sh[0])
		for d := range set {
			tf := uint32(1)
			switch r := rng.IntN(20); {
			case r == 0:
				tf = uint32(rng.IntN(1 << 20))
			case r < 5:
				tf = uint32(2 + rng.IntN(300))
			}
			l = append(l, [2]uint32{d, tf})
		}
		slices.SortFunc(l, func(a, b [2]uint32) int { return int(a[0]) - int(b[0]) })
		lists = append(lists, l)
		for _, pt := range l {
			docs, tfs = append(docs, pt[0]), append(tfs, pt[1])
		}
		off = append(off, uint32(len(docs)))
	}
	return off, docs, tfs, lists
}

// The varint form gives back every list exactly, with its frequencies and
// length, and seek finds what a binary search of the plain list finds, for
// lists of every shape: empty, one posting, dense, sparse with gaps past
// 16 and 21 bits, frequencies of 0, 1 and past 8 bits, and longer than the
// skip interval (starts before, on, between and after the skips).
func TestPostingsRoundTripAndSeek(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const nDocs = 4_000_000
	shapes := [][2]int{
		{0, 1}, {1, nDocs}, {2, nDocs}, {3, 70_000}, {skipEvery, 10}, {skipEvery + 1, 3},
		{2*skipEvery + 1, 1}, {5 * skipEvery, 2}, {1000, 300}, {3000, 130}, {40, 20_000},
	}
	var all [][2]int
	for range 20 {
		all = append(all, shapes...)
	}
	off, docs, tfs, lists := postingLists(rng, nDocs, all)
	tfs[0] = 0 // a frequency of 0 round-trips too
	lists[1][0][1] = 0
	p := encodePostings(off, docs, func(q uint32) uint32 { return tfs[q] })
	if len(p.skips) == 0 {
		t.Fatal("no list has skips: the shapes do not test them")
	}
	for s, l := range lists {
		if got := decodeList(&p, uint32(s)); !slices.Equal(got, l) {
			t.Fatalf("list %d: decoded %v, want %v", s, got, l)
		}
		if got := p.df(uint32(s)); got != len(l) {
			t.Fatalf("list %d: df %d, want %d", s, got, len(l))
		}
		probes := []uint32{0, 1, nDocs, nDocs + 1}
		for _, pt := range l {
			probes = append(probes, pt[0], pt[0]+1, pt[0]-min(pt[0], 1))
		}
		for range 20 {
			probes = append(probes, uint32(rng.IntN(nDocs)))
		}
		for _, x := range probes {
			i, _ := slices.BinarySearchFunc(l, x, func(pt [2]uint32, x uint32) int { return int(pt[0]) - int(x) })
			it := p.iter(uint32(s))
			ok := it.seek(p.skips, x)
			if ok != (i < len(l)) {
				t.Fatalf("list %d (%d postings): seek(%d) found %v, want %v", s, len(l), x, ok, i < len(l))
			}
			if !ok {
				continue
			}
			if it.doc != l[i][0] || it.tf != l[i][1] {
				t.Fatalf("list %d: seek(%d) = (%d, %d), want %v", s, x, it.doc, it.tf, l[i])
			}
			// The walk goes on from there as from the start.
			var rest [][2]uint32
			for rest = append(rest, [2]uint32{it.doc, it.tf}); it.next(); {
				rest = append(rest, [2]uint32{it.doc, it.tf})
			}
			if !slices.Equal(rest, l[i:]) {
				t.Fatalf("list %d: after seek(%d) the walk gives %d postings, want %d", s, x, len(rest), len(l)-i)
			}
		}
	}
}

// Frequent words' postings (small gaps, frequency 1) take one byte each.
func TestPostingsBytesPerPosting(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	off, docs, tfs, _ := postingLists(rng, 100_000, [][2]int{{20_000, 5}, {5000, 20}})
	for i := range tfs {
		tfs[i] = 1
	}
	p := encodePostings(off, docs, func(q uint32) uint32 { return tfs[q] })
	if per := float64(len(p.data)) / float64(len(docs)); per > 1.05 {
		t.Errorf("%.2f bytes a posting, want about 1", per)
	}
}

// FuzzPostings encodes lists read from the fuzzer's bytes and decodes them.
func FuzzPostings(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 255, 255, 0, 7})
	f.Add(make([]byte, 600))
	f.Fuzz(func(t *testing.T, b []byte) {
		// Each 3 bytes: a gap (0 ends the list), a frequency, a gap scale.
		var off, docs, tfs []uint32
		var lists [][][2]uint32
		off = append(off, 0)
		var cur [][2]uint32
		doc := uint32(0)
		for i := 0; i+2 < len(b); i += 3 {
			if b[i] == 0 {
				lists, cur, doc = append(lists, cur), nil, 0
				off = append(off, uint32(len(docs)))
				continue
			}
			if len(cur) > 0 {
				doc += uint32(b[i]) << (b[i+2] % 16)
			} else {
				doc = uint32(b[i]-1) << (b[i+2] % 16)
			}
			cur = append(cur, [2]uint32{doc, uint32(b[i+1])})
			docs, tfs = append(docs, doc), append(tfs, uint32(b[i+1]))
		}
		lists = append(lists, cur)
		off = append(off, uint32(len(docs)))
		p := encodePostings(off, docs, func(q uint32) uint32 { return tfs[q] })
		for s, l := range lists {
			if got := decodeList(&p, uint32(s)); !slices.Equal(got, l) {
				t.Fatalf("list %d: decoded %v, want %v", s, got, l)
			}
			for _, pt := range l {
				it := p.iter(uint32(s))
				if !it.seek(p.skips, pt[0]) || it.doc != pt[0] {
					t.Fatalf("list %d: seek(%d) missed it", s, pt[0])
				}
			}
		}
	})
}
