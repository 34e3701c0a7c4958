package corpus

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"unsafe"
)

// Lists built side by side, files added in any order (the merger gets
// files nearly in path order, with jumps back and forth), read back
// exactly, file 0 and the largest file number included, whether or not
// they share nodes.
func TestFileListsRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var l fileLists
	const lists = 300
	fls := make([]fileList, lists)
	want := make([]map[uint32]bool, lists)
	for j := range want {
		want[j] = map[uint32]bool{}
	}
	add := func(j int, f uint32) {
		if want[j][f] {
			return // the merger adds a file to a list once
		}
		fls[j] = l.add(fls[j], f)
		want[j][f] = true
	}
	for j := range lists {
		switch j % 5 {
		case 0:
			add(j, 0)
		case 1:
			add(j, math.MaxUint32)
		}
	}
	// Files arrive one after the other; each adds itself to a run of
	// lists (a block of paragraphs) or to scattered ones.
	for f := uint32(1); f < 3000; f++ {
		file := f
		if r.IntN(10) == 0 {
			file = uint32(r.Int64N(math.MaxUint32))
		}
		if r.IntN(2) == 0 {
			start := r.IntN(lists)
			for j := start; j < min(lists, start+1+r.IntN(8)); j++ {
				add(j, file)
			}
		} else {
			for range 3 {
				add(r.IntN(lists), file)
			}
		}
	}
	for j := range lists {
		got := l.appendTo(nil, fls[j])
		slices.Sort(got)
		var w []uint32
		for f := range want[j] {
			w = append(w, f)
		}
		slices.Sort(w)
		if !slices.Equal(got, w) {
			t.Fatalf("list %d: %d files read back, want %d\ngot  %v\nwant %v", j, len(got), len(w), got, w)
		}
	}
	if got := l.appendTo(nil, 0); len(got) != 0 {
		t.Errorf("empty list read back as %v", got)
	}
}

// Statements copied together (a block of paragraphs in many files) share
// one node per file, however many they are; statements that part ways
// stop sharing and keep their own files. A node is 12 bytes, no pointer,
// and a pending statement holds its list in 4.
func TestFileListsShare(t *testing.T) {
	if n := unsafe.Sizeof(fileNode{}); n != 12 {
		t.Errorf("fileNode is %d bytes, want 12", n)
	}
	if n := unsafe.Sizeof(pending{}); n > 32 {
		t.Errorf("pending is %d bytes, want at most 32 (56 with a []uint32 file list, 40 with its same-key link)", n)
	}
	var l fileLists
	const block, copies = 6, 25
	a := make([]fileList, block) // a block copied into files 0, 10, 20, ...
	b := make([]fileList, block) // one into files 5, 15, ..., except its last paragraph after file 105
	for c := range copies {
		for j := range a {
			a[j] = l.add(a[j], uint32(10*c))
		}
		for j := range b {
			if j < block-1 || c <= 10 {
				b[j] = l.add(b[j], uint32(10*c+5))
			}
		}
	}
	for j := 1; j < block; j++ {
		if a[j] != a[0] {
			t.Errorf("paragraph %d of block a has list %d, paragraph 0 %d: not shared", j, a[j], a[0])
		}
	}
	if b[block-1] == b[0] {
		t.Error("the paragraph that left block b shares its list")
	}
	if got := l.appendTo(nil, b[block-1]); len(got) != 11 || got[0] != 105 {
		t.Errorf("the paragraph that left block b has files %v, want 105 down to 5", got)
	}
	if want := uint32(3 * copies); l.n > want {
		t.Errorf("%d nodes for two blocks of %d paragraphs in %d files, want at most %d", l.n, block, copies, want)
	}
}
