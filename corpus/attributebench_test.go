package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdataPages returns the text of every .txt page under ../testdata
// (about 40 corpora of other hands' page shapes), cleaned as a load cleans
// it.
func testdataPages(b *testing.B) [][]byte {
	b.Helper()
	var pages [][]byte
	err := filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if text, _, err := cleanFile(raw); err == nil {
			pages = append(pages, text)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return pages
}

// benchCorpusPages returns the pages of the first 3,000 files of the
// corpus in $STANCEBOT_BENCH_CORPUS (a generated bench corpus), cleaned
// as a load cleans them, or the testdata pages when it is not set.
func benchCorpusPages(b *testing.B) [][]byte {
	b.Helper()
	dir := os.Getenv("STANCEBOT_BENCH_CORPUS")
	if dir == "" {
		return testdataPages(b)
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		b.Fatalf("no pages in %s: %v", dir, err)
	}
	var pages [][]byte
	for _, n := range names[:min(len(names), 3000)] {
		raw, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		if text, _, err := cleanFile(raw); err == nil {
			pages = append(pages, text)
		}
	}
	return pages
}

// BenchmarkReadParagraphs: the line reader (page shapes, repairs) over
// every testdata page, or the pages of $STANCEBOT_BENCH_CORPUS (see
// benchCorpusPages); bytes per second of page text.
func BenchmarkReadParagraphs(b *testing.B) {
	pages := benchCorpusPages(b)
	n := 0
	for _, p := range pages {
		n += len(p)
	}
	b.SetBytes(int64(n))
	var buf []byte
	for b.Loop() {
		for _, p := range pages {
			buf = eachRawParagraph(p, buf, func([]byte, bool) {}, nil)
		}
	}
}

// BenchmarkAttributeParagraphs: the analysis of each distinct paragraph
// (countries, subjects, page-shape labels) over every testdata page.
func BenchmarkAttributeParagraphs(b *testing.B) {
	g := DefaultGazetteer()
	var paras []string
	n := 0
	for _, p := range testdataPages(b) {
		eachRawParagraph(p, nil, func(q []byte, _ bool) {
			if c := cleanParagraph(append([]byte(nil), q...)); isStatement(c) {
				paras = append(paras, string(c))
				n += len(c)
			}
		}, nil)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, p := range paras {
			g.analyseText(p, true, nil)
		}
	}
}

// BenchmarkAnalyseLoadParagraphs: a load's analysis of each distinct
// paragraph (tokens with their cached facts, index terms, countries,
// subjects) on one goroutine, as a worker runs it once the fact cache is
// on. The paragraphs are the testdata pages', or those of the first 3,000
// files of the corpus in $STANCEBOT_BENCH_CORPUS (a generated bench
// corpus: its words repeat as a 100k load's do); bytes per second of
// paragraph text.
func BenchmarkAnalyseLoadParagraphs(b *testing.B) {
	pages := benchCorpusPages(b)
	seen := map[string]bool{}
	var paras []string
	n := 0
	for _, p := range pages {
		eachRawParagraph(p, nil, func(q []byte, _ bool) {
			if c := cleanParagraph(append([]byte(nil), q...)); isStatement(c) && !seen[string(c)] {
				seen[string(c)] = true
				paras = append(paras, string(c))
				n += len(c)
			}
		}, nil)
	}
	g := defaultGazetteer()
	tm := newTermMaker(DefaultLexicon(), g)
	tm.analysed.Store(factsAfter) // the fact cache from the first paragraph
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, p := range paras {
			g.analyseText(p, true, tm)
		}
	}
}
