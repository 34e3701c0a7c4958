package corpus

// fileLists holds the file list of every statement the merger is
// building, pointer-free and shared: a list is a node of a tree whose
// path to the root is its files, last added first, and statements that
// were seen in the same files, in the same order, share a node.
//
// A paragraph is copied with the rest of its block (a country's
// paragraphs quoted together onto many pages), so the statements of a
// block meet the same files one after the other: appending file f to a
// list takes the node that was last made for f below the list's node, if
// there is one, and makes it otherwise. As a []uint32 per statement,
// grown by append, the lists were 14 MB of a 100k-statement load's live
// heap at its peak (25 files a statement at the bench's dup 25, with the
// doubling slack, a slice header each, and 100k objects for each
// collection to visit), where the distinct lists are a few thousand;
// varints in chunks were still 10 MB (docs/PERFORMANCE.md, "Load peak").
// A statement seen in files no other shares costs 12 bytes a file (a
// []uint32 took 4 and its slack, and a 24-byte header).
// TestFileListsRoundTrip and TestFileListsShare hold it.
type fileLists struct {
	blocks   [][]fileNode
	n        uint32   // nodes made
	rootLast fileList // the node last made for a list's first file
}

// fileNode is one file of a list, below the rest of the list.
type fileNode struct {
	file   uint32
	parent fileList // the list before the file was added
	last   fileList // the node last made below this one (a guess: see add)
}

// fileList is a list of files: a node's number + 1, 0 for the empty list.
type fileList uint32

const fileNodeBlock = 1 << 12 // nodes in a block (48 KiB)

func (l *fileLists) node(fl fileList) *fileNode {
	return &l.blocks[(fl-1)/fileNodeBlock][(fl-1)%fileNodeBlock]
}

// add returns list fl with file f added (f is not in fl). The empty list
// is the root: a list's first file shares the node of the list made just
// before it from the same file.
func (l *fileLists) add(fl fileList, f uint32) fileList {
	last := &l.rootLast
	if fl != 0 {
		last = &l.node(fl).last
	}
	if c := *last; c != 0 && l.node(c).file == f {
		return c // made below fl for f: fl with f
	}
	if l.n%fileNodeBlock == 0 {
		l.blocks = append(l.blocks, make([]fileNode, fileNodeBlock)) // blocks never move: last stays valid
	}
	l.n++
	c := fileList(l.n)
	*l.node(c) = fileNode{file: f, parent: fl}
	*last = c
	return c
}

// appendTo appends the files of fl to dst, last added first.
func (l *fileLists) appendTo(dst []uint32, fl fileList) []uint32 {
	for fl != 0 {
		x := l.node(fl)
		dst = append(dst, x.file)
		fl = x.parent
	}
	return dst
}
