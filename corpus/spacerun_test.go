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

// spaceRunsLines asks spaceRuns about each line of text in order, trimmed
// as the page reader trims it (every third line asked about a copy, as a
// reflowed column's line is not part of the text), and fails where it
// disagrees with hasSpaceRun.
func spaceRunsLines(t *testing.T, text []byte) {
	t.Helper()
	var r spaceRuns
	k := 0
	for rest := text; len(rest) > 0; k++ {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if k%3 == 2 {
			line = bytes.Clone(line)
		}
		if got, want := r.in(text, line), hasSpaceRun(line, 2); got != want {
			t.Fatalf("spaceRuns on line %q of %q = %v, want %v", line, text, got, want)
		}
	}
}

// TestSpaceRunsMatch: spaceRuns answers each line of a text as
// hasSpaceRun does, whether the text has no run, one, runs on many lines,
// runs at a line's edges (trimmed away), or a run across a line break.
func TestSpaceRunsMatch(t *testing.T) {
	for _, text := range []string{
		"",
		"one line, no run",
		"first line\nsecond line\nthird line",
		"a  b\nc d\ne  f\ng h",
		"no run\nno run\nno run\nlast  one",
		"  leading\ntrailing  \n  both  \nin  side",
		"end \n start\nx",
		"a  b  c\n\n\nd e\n  \n f  g",
		"col one   col two\ncell 1     cell 2\n",
	} {
		spaceRunsLines(t, []byte(text))
	}
}

// FuzzSpaceRuns: spaceRuns agrees with hasSpaceRun line by line.
func FuzzSpaceRuns(f *testing.F) {
	for _, s := range []string{"", "a  b\nc", "x\n  y  z\n\n w", "é  ü\t \t  \nq"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) { spaceRunsLines(t, text) })
}
