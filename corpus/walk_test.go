package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestComparePathsIsWalkDirOrder: sorting paths with comparePaths gives
// the order fs.WalkDir visits them in, including names that sort between
// a directory and its files ("a-b", "a.txt" against "a/...").
func TestComparePathsIsWalkDirOrder(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, p := range []string{"a/b.txt", "a/c/d.txt", "a.txt", "a-b.txt", "a b.txt", "ab.txt", "a/b/c.txt", "B.txt", "z/y/x.txt", "z.txt", "a!.txt"} {
		fsys[p] = &fstest.MapFile{Data: []byte("x")}
	}
	var want []string
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if p != "." {
			want = append(want, p)
		}
		return err
	})
	got := slices.Clone(want)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
	slices.SortFunc(got, comparePaths)
	if !slices.Equal(got, want) {
		t.Errorf("comparePaths order\n got %q\nwant %q", got, want)
	}
}

// shuffledFS returns directory entries in a shuffled order, a chunk at a
// time, as a real directory may: Load's result must not depend on it.
type shuffledFS struct {
	fstest.MapFS
	seed uint64
}

func (s shuffledFS) Open(name string) (fs.File, error) {
	f, err := s.MapFS.Open(name)
	if err != nil {
		return nil, err
	}
	if rd, ok := f.(fs.ReadDirFile); ok {
		ents, err := rd.ReadDir(-1)
		if err != nil {
			return nil, err
		}
		rand.New(rand.NewPCG(s.seed, uint64(len(name)))).Shuffle(len(ents), func(i, j int) { ents[i], ents[j] = ents[j], ents[i] })
		return &shuffledDir{ReadDirFile: rd, ents: ents}, nil
	}
	return f, nil
}

type shuffledDir struct {
	fs.ReadDirFile
	ents []fs.DirEntry
}

func (d *shuffledDir) ReadDir(n int) ([]fs.DirEntry, error) {
	if n <= 0 {
		out := d.ents
		d.ents = nil
		return out, nil
	}
	if len(d.ents) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(d.ents))
	out := d.ents[:n]
	d.ents = d.ents[n:]
	return out, nil
}

// TestLoadDoesNotDependOnWalkOrder: files found in any order (directory
// order, chunked reads, more files than the merger's backlog holds while
// the walk runs) load to the same statements, sources, warnings and
// version as files found in path order.
func TestLoadDoesNotDependOnWalkOrder(t *testing.T) {
	defer func(b int) { maxBacklog = b }(maxBacklog)
	maxBacklog = 7
	countries := []string{"Peru", "Kenya", "Chile", "Ghana", "Brazil", "Japan", "Norway", "Estonia"}
	fsys := fstest.MapFS{}
	for i := 0; i < 3*walkChunk/2; i++ {
		dir := []string{"", "2024/", "2024/march/", "a/", "a-b/"}[i%5]
		var b strings.Builder
		for k := 0; k < 3; k++ {
			c := countries[(i+k*3)%len(countries)]
			fmt.Fprintf(&b, "%s argued that capacity building must be demand-driven, block %d.\nIt also backs the PoA and the OEWG, block %d.\n", c, (i*7+k)%41, (i*7+k)%41)
		}
		fsys[fmt.Sprintf("%sf%04d.txt", dir, i)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	fsys["a.txt"] = &fstest.MapFile{Data: []byte("Ghana has adopted a cybersecurity act in 2020.\n")}
	fsys["bad.txt"] = &fstest.MapFile{Data: []byte("\x00\x01\x02 binary")}
	fsys["dir.txt/inner.txt"] = &fstest.MapFile{Data: []byte(peruLine)}
	fsys[".hidden/x.txt"] = &fstest.MapFile{Data: []byte(peruLine)}
	want, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Sources) < walkChunk {
		t.Fatalf("only %d sources", len(want.Sources))
	}
	for seed := uint64(1); seed <= 3; seed++ {
		got, err := Load(context.Background(), shuffledFS{fsys, seed}, Options{Workers: int(seed)})
		if err != nil {
			t.Fatal(err)
		}
		if got.Version != want.Version || !reflect.DeepEqual(statements(got), statements(want)) ||
			!slices.Equal(got.Sources, want.Sources) || !reflect.DeepEqual(got.Warnings, want.Warnings) {
			t.Errorf("seed %d: the load depends on the order files are found in (version %s, want %s)", seed, got.Version, want.Version)
		}
	}
	if w := warningsFor(want, "dir.txt"); !strings.Contains(w, "a directory named like a .txt file") {
		t.Errorf("dir.txt warnings: %q", w)
	}
	if w := warningsFor(want, "bad.txt"); !strings.Contains(w, "binary") {
		t.Errorf("bad.txt warnings: %q", w)
	}
}

// TestWalkSkipsUnreadableSubdirectory: a subdirectory that cannot be read
// is skipped with a warning, the rest loads; an unreadable root fails.
func TestWalkSkipsUnreadableSubdirectory(t *testing.T) {
	files := fstest.MapFS{"a.txt": {Data: []byte(peruLine)}, "locked/b.txt": {Data: []byte("Kenya argued that capacity building must be demand-driven.\n")}}
	c, err := Load(context.Background(), refuseDir{files, "locked"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if w := warningsFor(c, "locked"); !strings.Contains(w, "skipped") || !strings.Contains(w, "permission denied") {
		t.Errorf("no warning for the unreadable directory: %v", c.Warnings)
	}
	if c.Holds("Kenya") || !c.Holds("Peru") {
		t.Errorf("holders %v", c.Countries())
	}
	if _, err := Load(context.Background(), refuseDir{files, "."}, Options{}); err == nil || !strings.Contains(err.Error(), "read corpus directory") {
		t.Errorf("an unreadable root: err = %v", err)
	}
}

// refuseDir fails to open one directory.
type refuseDir struct {
	fstest.MapFS
	dir string
}

func (r refuseDir) Open(name string) (fs.File, error) {
	if name == r.dir {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return r.MapFS.Open(name)
}

// TestLoadCancelledDuringWalk: a context cancelled while the walk runs
// ends the load with the context's error.
func TestLoadCancelledDuringWalk(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	fsys := cancelOnReadDir{fstest.MapFS{"a/x.txt": {Data: []byte(peruLine)}, "b.txt": {Data: []byte(peruLine)}}, cancel}
	if _, err := Load(ctx, fsys, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

type cancelOnReadDir struct {
	fstest.MapFS
	cancel func()
}

func (c cancelOnReadDir) Open(name string) (fs.File, error) {
	if name == "a" {
		c.cancel()
	}
	return c.MapFS.Open(name)
}

// TestWalkWarnsOfDocumentsNotRead: a Markdown export, a saved web page or
// a PDF dropped into the corpus is not read, and the load says so for
// each (they were passed over without a word); data files and other
// files are not warned about.
func TestWalkWarnsOfDocumentsNotRead(t *testing.T) {
	fsys := fstest.MapFS{
		"kenya.txt":         {Data: []byte("Statement by Kenya\n\nKenya supports capacity building for developing States.\n")},
		"notes/ghana.md":    {Data: []byte("# Ghana\n\nGhana supports a permanent mechanism.\n")},
		"uruguay.HTML":      {Data: []byte("<p>Uruguay</p>")},
		"2024/oewg.pdf":     {Data: []byte("%PDF-1.7")},
		"sources.tsv":       {Data: []byte("kenya\tStatement by Kenya\n")},
		"image.png":         {Data: []byte("\x89PNG")},
		".hidden/old.md":    {Data: []byte("old")},
		"drafts/chile.docx": {Data: []byte("PK")},
	}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var skipped []string
	for _, w := range c.Warnings {
		if strings.Contains(w.Msg, "only .txt files are read") {
			skipped = append(skipped, w.File)
		}
	}
	want := []string{"2024/oewg.pdf", "drafts/chile.docx", "notes/ghana.md", "uruguay.HTML"}
	if !slices.Equal(skipped, want) {
		t.Errorf("documents warned about: %q, want %q (all warnings: %v)", skipped, want, c.Warnings)
	}
	if c.Len() != 1 {
		t.Errorf("%d statements, want Kenya's one", c.Len())
	}
}
