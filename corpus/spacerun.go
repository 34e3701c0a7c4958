package corpus

import (
	"bytes"
	"encoding/binary"
)

// hasSpaceRun reports whether p holds n spaces in a row (n is 2 or 3),
// as bytes.Contains(p, n spaces) does. The page reader asks it of every
// line (prose in columns, tables laid out with spaces), and
// bytes.Contains stops at every single space of ordinary prose to compare
// the next bytes: 0.8 s of CPU in a 100k-statement load, where this reads
// eight bytes at a time. Windows of eight bytes overlap by n-1, so every
// run of n lies inside one. TestHasSpaceRun and FuzzHasSpaceRun hold it
// to bytes.Contains.
func hasSpaceRun(p []byte, n int) bool {
	const (
		spaces = 0x2020202020202020
		low7   = 0x7f7f7f7f7f7f7f7f
	)
	step := 9 - n
	i := 0
	for ; i+8 <= len(p); i += step {
		x := binary.LittleEndian.Uint64(p[i:]) ^ spaces
		z := ^((x&low7 + low7) | x | low7) // the top bit of each byte that was a space
		r := z & (z >> 8)
		if n == 3 {
			r &= z >> 16
		}
		if r != 0 {
			return true
		}
	}
	if i > 0 {
		i -= n - 1 // the last window's bytes a run may start in
	}
	return bytes.Contains(p[i:], []byte("   ")[:n])
}
