package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
)

// walkChunk is how many directory entries the walker reads at a time.
const walkChunk = 512

// walkFiles finds the *.txt files of fsys, subdirectories included, and
// calls emit with each one's directory ("." for the root) and name as
// soon as it is read (an error from emit ends the walk with it), in the order the file
// system returns directory entries (not sorted: Load puts files in path
// order itself once the walk is done). Reading a directory a chunk at a
// time lets the parsing workers start while a large directory is still
// being listed; listing 149,000 files took 0.4 s of one core before any
// file was parsed.
//
// The rules are those of a plain fs.WalkDir: hidden files and directories
// (".git") are passed over silently; a directory whose name ends in .txt
// is skipped whole with a warning (descending into it would make its files
// look like parts of one); symbolic links are never followed into
// directories, so a link cannot make the walk loop; a subdirectory that
// cannot be read is skipped with a warning. Only an unreadable root, a
// done ctx or an error from emit ends the walk with an error. Warnings come back in path order,
// component by component (as fs.WalkDir would meet them).
func walkFiles(ctx context.Context, fsys fs.FS, emit func(dir, name string) error) ([]Warning, error) {
	var warnings []Warning
	dirs := []string{"."}
	for len(dirs) > 0 {
		dir := dirs[len(dirs)-1]
		dirs = dirs[:len(dirs)-1]
		err := readDirChunks(fsys, dir, func(ents []fs.DirEntry) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			for _, d := range ents {
				name := d.Name()
				if name == "" || name[0] == '.' {
					continue
				}
				isTxt := hasTxtExt(name)
				if isTxt && !d.IsDir() {
					// The path is not made here: emit keeps dir and name
					// in its own slab (see fileNames).
					if err := emit(dir, name); err != nil {
						return err
					}
					continue
				}
				p := name
				if dir != "." {
					p = dir + "/" + name
				}
				if d.IsDir() {
					if isTxt {
						warnings = append(warnings, Warning{File: p, Msg: "skipped: a directory named like a .txt file"})
						continue
					}
					dirs = append(dirs, p)
					continue
				}
				if ext := documentExt(name); ext != "" {
					warnings = append(warnings, Warning{File: p, Msg: "skipped: only .txt files are read; save this " + ext + " document as plain text (.txt) to include it"})
				}
			}
			return nil
		})
		if err == nil {
			continue
		}
		switch {
		case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
			return nil, fmt.Errorf("load cancelled: %w", err)
		case dir == "." || errors.Is(err, errNamesTooLong):
			return nil, fmt.Errorf("read corpus directory: %w", err)
		}
		warnings = append(warnings, Warning{File: dir, Msg: fmt.Sprintf("skipped: %v", err)})
	}
	slices.SortFunc(warnings, func(a, b Warning) int { return comparePaths(a.File, b.File) })
	return warnings, nil
}

// documentExts are the document formats people drop into a corpus
// directory expecting them read: they are not, and a warning says so (a
// Markdown export or a saved web page was silently left out). Data files
// (sources.tsv, holders.tsv) and anything else pass without a word.
var documentExts = []string{".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".doc", ".odt", ".rtf"}

// documentExt returns the document extension of name ("", none).
func documentExt(name string) string {
	for _, e := range documentExts {
		if len(name) > len(e) && strings.EqualFold(name[len(name)-len(e):], e) {
			return e
		}
	}
	return ""
}

// readDirChunks calls fn with the entries of dir, walkChunk at a time
// when the opened directory can be read in parts (fs.ReadDirFile: an
// os.File, a DirFS, fstest.MapFS), else all at once.
func readDirChunks(fsys fs.FS, dir string, fn func([]fs.DirEntry) error) error {
	var f fs.File
	var err error
	if d, ok := fsys.(*DirFS); ok {
		f, err = d.openDirList(dir)
	} else {
		f, err = fsys.Open(dir)
	}
	if err != nil {
		return err
	}
	defer f.Close()
	rd, ok := f.(fs.ReadDirFile)
	if !ok {
		ents, err := fs.ReadDir(fsys, dir)
		if err != nil {
			return err
		}
		return fn(ents)
	}
	for {
		ents, err := rd.ReadDir(walkChunk)
		if len(ents) > 0 {
			if ferr := fn(ents); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if len(ents) == 0 {
			return nil
		}
	}
}

// hasTxtExt reports a name ending in ".txt", any case, without
// allocating a lower-cased copy.
func hasTxtExt(name string) bool {
	return len(name) >= 4 && strings.EqualFold(name[len(name)-4:], ".txt")
}

// comparePaths orders slash-separated paths as fs.WalkDir visits them:
// component by component, so "a/b" sorts before "a.txt" (the component
// "a" is a prefix of "a.txt"), and a directory before what it holds.
func comparePaths(a, b string) int {
	for {
		ca, ra, moreA := strings.Cut(a, "/")
		cb, rb, moreB := strings.Cut(b, "/")
		if c := strings.Compare(ca, cb); c != 0 {
			return c
		}
		switch {
		case !moreA && !moreB:
			return 0
		case !moreA:
			return -1
		case !moreB:
			return 1
		}
		a, b = ra, rb
	}
}
