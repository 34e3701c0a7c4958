package corpus

import (
	"bytes"
	"encoding/binary"
	"unsafe"
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

// textFinds answers "does this line hold find" (two spaces in a row, a
// tab) for the lines of one text, read in order, from searches of the
// text itself: the first find at or after a line is searched for once
// (bytes.Index: two spaces at ~2 GB/s where hasSpaceRun reads ~0.9) and
// every line before it is answered by a comparison. Most pages hold
// neither, so the text is read once and no line is scanned; the page
// reader scanned every line for each (~3% and ~1% of a 100k-statement
// load's CPU). A line that is not part of the text (a reflowed column, a
// laid-out table's row) is scanned as before, and so is a line before
// the last search's start. TestTextFindsMatch holds it to the scans.
type textFinds struct {
	find       string // "  " or "\t"
	from, next int    // the last search's start, and the offset of the first find at or after it (len(text): none)
	set        bool   // a search was made
}

// in reports whether line holds r.find.
func (r *textFinds) in(text, line []byte) bool {
	off, ok := offsetIn(text, line)
	if !ok {
		if r.find == "  " {
			return hasSpaceRun(line, 2)
		}
		return bytes.Contains(line, []byte(r.find))
	}
	if !r.set || r.next < off || off < r.from {
		r.set, r.from = true, off
		if k := bytes.Index(text[off:], []byte(r.find)); k >= 0 {
			r.next = off + k
		} else {
			r.next = len(text)
		}
	}
	return r.next+len(r.find) <= off+len(line)
}

// offsetIn returns the offset of line in text when line is a non-empty
// part of text's bytes.
func offsetIn(text, line []byte) (int, bool) {
	if len(line) == 0 || len(text) == 0 {
		return 0, false
	}
	off := uintptr(unsafe.Pointer(unsafe.SliceData(line))) - uintptr(unsafe.Pointer(unsafe.SliceData(text)))
	if off >= uintptr(len(text)) || uintptr(len(line)) > uintptr(len(text))-off {
		return 0, false
	}
	return int(off), true
}
