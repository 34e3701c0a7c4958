package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/stancebot/stancebot/seeds"
)

// codedStore builds a compressed store of texts (FromStatements' path).
func codedStore(texts []string) stmtStore {
	stmts := make([]Statement, len(texts))
	for i, t := range texts {
		stmts[i] = Statement{Text: t, Country: "Peru"}
	}
	s := addStatements(stmts)
	s.compress()
	return s
}

func TestTextCodecRoundTrip(t *testing.T) {
	long := strings.Repeat("x", 300) + " " + strings.Repeat("é", 200)
	tests := []struct {
		name  string
		texts []string
	}{
		{"empty and spaces", []string{"", " ", "  ", " a", "a ", "a  b", " a b "}},
		{"prose", []string{
			"Peru supports the work of the OEWG. Peru supports the work of the OEWG.",
			"El Perú apoya la labor del GTCA, «sin reservas», y la cooperación.",
			"La France soutient l’application du droit international — y compris la Charte.",
		}},
		{"punctuation runs", []string{"a,b;c...d!?e", "--- ,,, ...", "1.5% of 2,000 (approx.)"}},
		{"control and invalid bytes", []string{"tab\there\nnew line\r\n", "\xff\xfe bad \xc3", "\x00nul\x00"}},
		{"overlong runs", []string{long, long, strings.Repeat(". ", 400)}},
		{"repeats make a vocabulary", []string{strings.Repeat("the state the state ", 50), "the state", "state the"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := codedStore(tt.texts)
			if s.codec == nil {
				t.Fatal("store not compressed")
			}
			for i, want := range tt.texts {
				if got := s.statement(i).Text; got != want {
					t.Errorf("text %d = %q, want %q", i, got, want)
				}
			}
		})
	}
}

// FuzzTextCodec: any texts, of any bytes, decode to exactly themselves,
// each to its own (a codec that swapped or merged texts would put one
// country's words in another's statement).
func FuzzTextCodec(f *testing.F) {
	f.Add("Peru supports the OEWG.", "Cuba supports the OEWG, and Peru.", "")
	f.Add("a  b", " ", "\xff\x80 x")
	f.Add(strings.Repeat("y", 600), "the the the", "l’État")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		texts := []string{a, b, c, a + b, b + " " + c, c}
		s := codedStore(texts)
		for i, want := range texts {
			if got := s.statement(i).Text; got != want {
				t.Fatalf("text %d = %q, want %q", i, got, want)
			}
		}
	})
}

// testCorpora are the corpora the tests have (seeds and testdata), and
// the directory in $STANCEBOT_TEXTCODEC_CORPUS if set (a large corpus,
// e.g. the bench's 100k one, checked by hand).
func testCorpora(t testing.TB) []testCorpus {
	srcs := []testCorpus{{"seeds", func(o Options) (*Corpus, error) { return Load(context.Background(), seeds.FS, o) }}}
	dirs, _ := filepath.Glob("../testdata/*")
	if d := os.Getenv("STANCEBOT_TEXTCODEC_CORPUS"); d != "" {
		dirs = append(dirs, d)
	}
	for _, d := range dirs {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			srcs = append(srcs, testCorpus{filepath.Base(d), func(o Options) (*Corpus, error) { return LoadDir(context.Background(), d, o) }})
		}
	}
	if len(srcs) < 5 {
		t.Fatalf("only %d corpora found", len(srcs))
	}
	return srcs
}

type testCorpus struct {
	name string
	load func(Options) (*Corpus, error)
}

// TestTextCodecWholeCorpora loads every corpus the tests have, coded and
// not, and checks that every statement is the same in both: its text
// decodes to exactly the text it was made from, and nothing else moved.
//
// With a small parseVocabSample the vocabulary is made after the first
// files and the rest of the text is coded as the parse analyses it (see
// parseCoder): the statements must be the same as plain again.
func TestTextCodecWholeCorpora(t *testing.T) {
	for _, sample := range []int{parseVocabSample, 1 << 10, 1} {
		t.Run(fmt.Sprintf("sample=%d", sample), func(t *testing.T) {
			defer setVocabSample(sample)()
			testTextCodecWholeCorpora(t)
		})
	}
}

// setVocabSample sets parseVocabSample and returns what puts it back.
func setVocabSample(n int) func() {
	old := parseVocabSample
	parseVocabSample = n
	return func() { parseVocabSample = old }
}

func testTextCodecWholeCorpora(t *testing.T) {
	for _, sc := range testCorpora(t) {
		t.Run(sc.name, func(t *testing.T) {
			plain, err := sc.load(Options{plainText: true})
			if err != nil {
				t.Skip(err) // not a corpus
			}
			coded, err := sc.load(Options{})
			if err != nil {
				t.Fatal(err)
			}
			if plain.stmts.codec != nil || coded.stmts.codec == nil {
				t.Fatal("plainText did not choose the store's form")
			}
			if plain.Len() != coded.Len() || plain.Version != coded.Version {
				t.Fatalf("coded corpus differs: %d statements (version %s), plain %d (%s)", coded.Len(), coded.Version, plain.Len(), plain.Version)
			}
			for i := range plain.Len() {
				p, c := plain.Statement(i), coded.Statement(i)
				if !reflect.DeepEqual(p, c) {
					t.Fatalf("statement %d:\ncoded %+v\nplain %+v", i, c, p)
				}
			}
		})
	}
}

// proseTexts is the text of every statement of the test corpora: a few
// hundred paragraphs of English, Spanish and French.
func proseTexts(t testing.TB) []string {
	var texts []string
	for _, sc := range testCorpora(t) {
		c, err := sc.load(Options{plainText: true})
		if err != nil {
			continue
		}
		for _, st := range c.Statements() {
			texts = append(texts, st.Text)
		}
	}
	return texts
}

// TestTextCodecChoice keeps the measurement behind textCodec on real
// wording (the test corpora: a few hundred paragraphs of English, Spanish
// and French): the codes must be well under half the text, and the store
// smaller than the text even at this size, where the vocabulary (made of
// these few paragraphs) is a third of it; at 100k statements it is a few
// percent (docs/PERFORMANCE.md).
func TestTextCodecChoice(t *testing.T) {
	texts := proseTexts(t)
	raw := 0
	for _, x := range texts {
		raw += len(x)
	}
	s := codedStore(texts)
	vocab := len(s.codec.blob) + int(unsafe.Sizeof(vocabEntry{}))*len(s.codec.entries)
	codes := 0
	for _, ch := range s.chunks {
		codes += len(ch)
	}
	t.Logf("test corpora: %d statements, %d bytes; codes %d (%.2fx smaller), vocabulary %d tokens in %d bytes",
		len(texts), raw, codes, float64(raw)/float64(codes), len(s.codec.entries)-1, vocab)
	if codes*2 > raw {
		t.Errorf("codes %d bytes for %d bytes of text: not under half", codes, raw)
	}
	if codes+vocab >= raw {
		t.Errorf("codes and vocabulary %d bytes for %d bytes of text", codes+vocab, raw)
	}
}

// BenchmarkTextDecode decodes statements one by one, as answers do, from
// the test corpora's text coded together.
func BenchmarkTextDecode(b *testing.B) {
	texts := proseTexts(b)
	s := codedStore(texts)
	n := 0
	for _, x := range texts {
		n += len(x)
	}
	b.SetBytes(int64(n / len(texts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = s.textOf(&s.recs[i%len(texts)])
		i++
	}
}

// BenchmarkTextPlain reads the same statements uncoded, as a string of
// their own (what a decode costs beyond an allocation and a copy).
func BenchmarkTextPlain(b *testing.B) {
	texts := proseTexts(b)
	n := 0
	for _, x := range texts {
		n += len(x)
	}
	b.SetBytes(int64(n / len(texts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = strings.Clone(texts[i%len(texts)])
		i++
	}
}

// BenchmarkTextCompress codes the test corpora's text as a load's end
// does (vocabulary, then every text): its MB/s is what coding adds to a
// load, per megabyte of unique text.
func BenchmarkTextCompress(b *testing.B) {
	texts := proseTexts(b)
	stmts := make([]Statement, len(texts))
	n := 0
	for i, t := range texts {
		stmts[i] = Statement{Text: t, Country: "Peru"}
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		s := addStatements(stmts)
		b.StartTimer()
		s.compress()
	}
}
