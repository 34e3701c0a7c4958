package hotpath

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stancebot/stancebot/bench/gen"
	"github.com/stancebot/stancebot/corpus"
)

// BenchmarkLoadDir loads a generated 1k-statement corpus from disk, through
// corpus.LoadDir (the confined, openat2 file reading and the directory
// walk that Load from memory skips): as generated (one small file per
// page, ~1,700 files) and concatenated 100 pages a file (17 files), the
// same bytes. Issue 9 asks that many small files load at ≥ 0.5× the speed
// of few; compare the two MB/s figures (cmd/loadbench -smallfiles does the
// same at 60,000 files).
func BenchmarkLoadDir(b *testing.B) {
	fsys, _, err := gen.GenerateFS(gen.Config{Statements: 1000, Seed: 1, Names: names()})
	if err != nil {
		b.Fatal(err)
	}
	var files []string
	for name := range fsys {
		files = append(files, name)
	}
	slices.Sort(files)
	many, few := b.TempDir(), b.TempDir()
	var cat []byte
	var raw int64
	for i, name := range files {
		data := fsys[name].Data
		raw += int64(len(data))
		if err := os.MkdirAll(filepath.Dir(filepath.Join(many, name)), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(many, name), data, 0o644); err != nil {
			b.Fatal(err)
		}
		cat = append(append(cat, data...), "\n\n"...)
		if (i+1)%100 == 0 || i == len(files)-1 {
			if err := os.WriteFile(filepath.Join(few, fmt.Sprintf("g%03d.txt", i/100)), cat, 0o644); err != nil {
				b.Fatal(err)
			}
			cat = cat[:0]
		}
	}
	for _, bc := range []struct{ name, dir string }{{fmt.Sprintf("files=%d", len(files)), many}, {fmt.Sprintf("files=%d", (len(files)+99)/100), few}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(raw)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := corpus.LoadDir(context.Background(), bc.dir, corpus.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
