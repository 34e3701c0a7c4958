package lang

import (
	"fmt"
	"math"
	"testing"
)

// TestEvidenceFormat holds evidence to fmt's "%s: %s %+.1f", which it
// replaces on the question path for speed.
func TestEvidenceFormat(t *testing.T) {
	for _, w := range []float64{0, 3, 1.5, 0.5, 2.0 / 3, 1.0 / 3, 0.25, 0.05, -0.5, -1.25, 12.75, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN()} {
		want := fmt.Sprintf("%s: %s %+.1f", "sobre", Spanish, w)
		if got := evidence("sobre", Spanish, w); got != want {
			t.Errorf("evidence(%v) = %q, want %q", w, got, want)
		}
	}
}

// TestStripElisionFastPath checks that words without an apostrophe are
// returned as they are, and that every spelling of the apostrophe still
// strips.
func TestStripElisionFastPath(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"inde", "inde", false},
		{"l'inde", "inde", true},
		{"l’inde", "inde", true},
		{"lʼinde", "inde", true},
		{"L'Inde", "Inde", true},
		{"d'approvisionnement", "approvisionnement", true},
		{"don't", "don't", false},
		{"n'est", "est", true},
		{"l'", "l'", false},
		{"", "", false},
		{"ſ'x", "ſ'x", false},
	} {
		got, ok := StripElision(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("StripElision(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
