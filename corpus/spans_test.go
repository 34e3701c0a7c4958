package corpus

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stancebot/stancebot/corpus/lang"
)

// TestAddSpanMatchesMergeAll: adding spans one at a time in any order
// gives the ordered, merged list a sort-and-merge of all of them gives.
func TestAddSpanMatchesMergeAll(t *testing.T) {
	tests := []struct {
		name string
		in   []lang.Span
		want []lang.Span
	}{
		{"apart", []lang.Span{{Lo: 5, Hi: 7}, {Lo: 0, Hi: 2}}, []lang.Span{{Lo: 0, Hi: 2}, {Lo: 5, Hi: 7}}},
		{"touching", []lang.Span{{Lo: 0, Hi: 2}, {Lo: 2, Hi: 4}}, []lang.Span{{Lo: 0, Hi: 4}}},
		{"bridging two", []lang.Span{{Lo: 0, Hi: 2}, {Lo: 6, Hi: 8}, {Lo: 1, Hi: 7}}, []lang.Span{{Lo: 0, Hi: 8}}},
		{"inside", []lang.Span{{Lo: 0, Hi: 10}, {Lo: 3, Hi: 4}}, []lang.Span{{Lo: 0, Hi: 10}}},
		{"empty ignored", []lang.Span{{Lo: 3, Hi: 3}}, nil},
	}
	for _, tt := range tests {
		var got []lang.Span
		for _, sp := range tt.in {
			got = addSpan(got, sp)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var got []lang.Span
		covered := make([]bool, 100)
		for range r.IntN(30) {
			lo := r.IntN(95)
			sp := lang.Span{Lo: lo, Hi: lo + r.IntN(6)}
			got = addSpan(got, sp)
			for i := sp.Lo; i < sp.Hi; i++ {
				covered[i] = true
			}
		}
		for i := 1; i < len(got); i++ {
			if got[i].Lo <= got[i-1].Hi {
				t.Fatalf("spans %v not ordered and apart", got)
			}
		}
		for i, c := range covered {
			in := slices.ContainsFunc(got, func(s lang.Span) bool { return s.Lo <= i && i < s.Hi })
			if in != c {
				t.Fatalf("byte %d: in spans %v = %v, want %v", i, got, in, c)
			}
		}
	}
}
