package corpus

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// encodeDocPostings, which reads each doc's terms twice and lays out no
// posting array, writes the bytes, offsets and skips encodePostings
// writes for the same lists: empty lists, one posting, gaps past 16 and
// 21 bits, frequencies of 0, 1 and past 8 bits, lists shorter than,
// equal to and longer than the skip interval.
func TestEncodeDocPostingsMatches(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	cases := []struct {
		name   string
		nDocs  int
		shapes [][2]int // postings, max gap
	}{
		{"empty", 10, [][2]int{{0, 1}, {0, 1}}},
		{"one", 5_000_000, [][2]int{{1, 4_000_000}, {0, 1}, {1, 3}}},
		{"skips", 100_000, [][2]int{{skipEvery, 10}, {skipEvery + 1, 3}, {2*skipEvery + 1, 1}, {5 * skipEvery, 2}, {1000, 90}}},
		{"mixed", 4_000_000, [][2]int{{0, 1}, {1, 4_000_000}, {2, 4_000_000}, {3, 70_000}, {3000, 130}, {40, 20_000}, {skipEvery * 3, 1000}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var all [][2]int
			for range 5 {
				all = append(all, c.shapes...)
			}
			off, docs, tfs, _ := postingLists(rng, c.nDocs, all)
			if len(tfs) > 0 {
				tfs[0] = 0
			}
			if len(tfs) > 1 {
				tfs[len(tfs)-1] = 300
			}
			want := encodePostings(off, docs, func(q uint32) uint32 { return tfs[q] })
			// Each doc's (stem, tf) pairs, in stem order within the doc.
			ndocs := 0
			for _, d := range docs {
				ndocs = max(ndocs, int(d)+1)
			}
			byDoc := make([][][2]uint32, ndocs)
			df := make([]uint32, len(off)-1)
			for s := range df {
				df[s] = off[s+1] - off[s]
				for q := off[s]; q < off[s+1]; q++ {
					byDoc[docs[q]] = append(byDoc[docs[q]], [2]uint32{uint32(s), tfs[q]})
				}
			}
			calls := 0
			got := encodeDocPostings(df, ndocs, func(doc int, fn func(stem, tf uint32)) {
				calls++
				for _, st := range byDoc[doc] {
					fn(st[0], st[1])
				}
			})
			if calls != 2*ndocs {
				t.Errorf("terms read %d times for %d docs, want twice each", calls, ndocs)
			}
			if !slices.Equal(got.off, want.off) || !slices.Equal(got.data, want.data) || !slices.Equal(got.skips, want.skips) {
				t.Fatalf("postings differ from encodePostings: off %v data %d bytes skips %d, want %d bytes skips %d",
					slices.Equal(got.off, want.off), len(got.data), len(got.skips), len(want.data), len(want.skips))
			}
		})
	}
}
