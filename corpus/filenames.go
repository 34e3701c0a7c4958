package corpus

import (
	"errors"
	"math"
	"slices"
	"strings"
	"unsafe"
)

// fileNames is a list of file names (slash-separated paths relative to
// the corpus root) held back to back in one byte slab, each name's end an
// offset into it. A load holds every file's name from the walk to the
// store (the parse's whole plateau); as a string each (a small
// allocation and a 16-byte header in a []string) the names of 149,000
// files were ~7 MB and 149,000 objects for every collection to visit,
// where the slab and its offsets are ~4.6 MB with nothing to scan
// (TestFileNamesRoundTrip, TestLoadFreesTransients).
//
// at returns a view of the slab: it must not be kept past the load (a
// kept view would hold every name). What outlives the load (a warning's
// file, a source ID, an attribution's evidence) is a copy.
type fileNames struct {
	blob []byte
	ends []uint32 // ends[i]: where name i ends in blob; it starts where name i-1 ends
}

// errNamesTooLong is returned when the names of a corpus's files come to
// more than a uint32 offset can address (4 GiB of names).
var errNamesTooLong = errors.New("the corpus's file names come to more than 4 GiB")

// len is the number of names.
func (n *fileNames) len() int { return len(n.ends) }

// at returns name i, a view of the slab (see fileNames).
func (n *fileNames) at(i int) string {
	var start uint32
	if i > 0 {
		start = n.ends[i-1]
	}
	b := n.blob[start:n.ends[i]]
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// add appends the name dir/base (base alone when dir is "."). Bytes
// already in the slab are never written again, so a view at returned
// stays valid while names are added.
func (n *fileNames) add(dir, base string) error {
	size := len(base)
	if dir != "." {
		size += len(dir) + 1
	}
	if uint64(len(n.blob))+uint64(size) > math.MaxUint32 {
		return errNamesTooLong
	}
	if dir != "." {
		n.blob = append(n.blob, dir...)
		n.blob = append(n.blob, '/')
	}
	n.blob = append(n.blob, base...)
	n.ends = append(n.ends, uint32(len(n.blob)))
	return nil
}

// sortedNames returns the names of walk in path order (byte order, as
// strings.Compare) in a slab of their exact size, and rank, each walk
// index's place in that order.
func sortedNames(walk *fileNames) (byPath fileNames, rank []uint32) {
	n := walk.len()
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(walk.at(int(a)), walk.at(int(b))) })
	rank = make([]uint32, n)
	byPath = fileNames{blob: make([]byte, 0, len(walk.blob)), ends: make([]uint32, n)}
	for r, i := range order {
		rank[i] = uint32(r)
		byPath.blob = append(byPath.blob, walk.at(int(i))...)
		byPath.ends[r] = uint32(len(byPath.blob))
	}
	return byPath, rank
}
