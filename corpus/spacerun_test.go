package corpus

import (
	"bytes"
	"strings"
	"testing"
)

// TestHasSpaceRun holds hasSpaceRun to bytes.Contains at every position
// and length around its eight-byte windows.
func TestHasSpaceRun(t *testing.T) {
	for _, n := range []int{2, 3} {
		for size := 0; size <= 40; size++ {
			for at := 0; at+n <= size; at++ {
				for _, fill := range []string{"x", "a b", "ab c"} {
					p := []byte(strings.Repeat(fill, size)[:size])
					for k := range p {
						if p[k] == ' ' && k > 0 && p[k-1] == ' ' {
							p[k] = 'y' // no run but the one placed
						}
					}
					for k := at; k < at+n; k++ {
						p[k] = ' '
					}
					for _, q := range [][]byte{p, p[:at+n-1]} {
						if got, want := hasSpaceRun(q, n), bytes.Contains(q, []byte("   ")[:n]); got != want {
							t.Fatalf("hasSpaceRun(%q, %d) = %v, want %v", q, n, got, want)
						}
					}
				}
			}
		}
	}
}

// FuzzHasSpaceRun: hasSpaceRun agrees with bytes.Contains.
func FuzzHasSpaceRun(f *testing.F) {
	for _, s := range []string{"", "a  b", "col one   col two", "ab cd ef gh ij kl  mn", "é  ü\t \t  "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		for _, n := range []int{2, 3} {
			if got, want := hasSpaceRun(p, n), bytes.Contains(p, []byte("   ")[:n]); got != want {
				t.Fatalf("hasSpaceRun(%q, %d) = %v, want %v", p, n, got, want)
			}
		}
	})
}
