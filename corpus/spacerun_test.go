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

// textFindsLines asks textFinds about each line of text in order,
// trimmed as the page reader trims it (every third line asked about a
// copy, as a reflowed column's line is not part of the text, and every
// fifth asked again after the first line, as a search from an earlier
// line would be), and fails where it disagrees with hasSpaceRun and
// bytes.Contains.
func textFindsLines(t *testing.T, text []byte) {
	t.Helper()
	runs, tabbed := textFinds{find: "  "}, textFinds{find: "\t"}
	var first []byte
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
		if first == nil {
			first = line
		}
		lines := [][]byte{line}
		if k%5 == 4 {
			lines = append(lines, first, line)
		}
		for _, l := range lines {
			if got, want := runs.in(text, l), hasSpaceRun(l, 2); got != want {
				t.Fatalf("two spaces in line %q of %q = %v, want %v", l, text, got, want)
			}
			if got, want := tabbed.in(text, l), bytes.IndexByte(l, '\t') >= 0; got != want {
				t.Fatalf("a tab in line %q of %q = %v, want %v", l, text, got, want)
			}
		}
	}
}

// TestTextFindsMatch: textFinds answers each line of a text as the scans
// do, whether the text has no find, one, finds on many lines, at a
// line's edges (trimmed away), or across a line break.
func TestTextFindsMatch(t *testing.T) {
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
		"a\tb\nc d\n\tlead\ntrail\t\ne\tf  g\nh i\nj k\nl\tm",
	} {
		textFindsLines(t, []byte(text))
	}
}

// FuzzTextFinds: textFinds agrees with the scans line by line.
func FuzzTextFinds(f *testing.F) {
	for _, s := range []string{"", "a  b\nc", "x\n  y  z\n\n w", "é  ü\t \t  \nq", "a\tb\nc\nd\ne\nf\tg"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) { textFindsLines(t, text) })
}
