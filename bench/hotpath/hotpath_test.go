package hotpath

import (
	"context"
	"flag"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/bench/gen"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
)

// scale is the corpus size the query benchmarks run on:
// go test -bench Ask ./hotpath -args -scale 100000
var scale = flag.Int("scale", 10000, "unique statements in the query benchmarks' corpus")

var (
	once    sync.Once
	gc      *gen.Corpus
	loaded  *corpus.Corpus
	loadErr error
)

// fixture loads one generated corpus for every query benchmark.
func fixture(b *testing.B) (*gen.Corpus, *corpus.Corpus) {
	b.Helper()
	once.Do(func() {
		fsys, g, err := gen.GenerateFS(gen.Config{Statements: *scale, Dup: 3, Seed: 1, Names: names()})
		if err != nil {
			loadErr = err
			return
		}
		gc = g
		loaded, loadErr = corpus.Load(context.Background(), fsys, corpus.Options{})
	})
	if loadErr != nil {
		b.Fatal(loadErr)
	}
	return gc, loaded
}

func names() []string {
	g := corpus.DefaultGazetteer()
	out := make([]string, len(g.Countries))
	for i, c := range g.Countries {
		out[i] = c.Short
	}
	return out
}

func questions(b *testing.B, kind string) []gen.Question {
	c, _ := fixture(b)
	var out []gen.Question
	for _, q := range c.Questions(200, 7) {
		if q.Kind == kind {
			out = append(out, q)
		}
	}
	return out
}

// BenchmarkTokenizeStem tokenises and stems generated statements.
func BenchmarkTokenizeStem(b *testing.B) {
	c, _ := fixture(b)
	texts := make([]string, 256)
	var n int64
	for i := range texts {
		texts[i] = c.Statements[i*7%len(c.Statements)].Text
		n += int64(len(texts[i]))
	}
	b.SetBytes(n / int64(len(texts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = corpus.Stems(texts[i%len(texts)])
		i++
	}
}

// BenchmarkTokenize is tokenisation alone.
func BenchmarkTokenize(b *testing.B) {
	c, _ := fixture(b)
	text := c.Statements[0].Text
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = corpus.Tokenize(text)
	}
}

// BenchmarkCountryDetection finds the countries of benchmark questions.
func BenchmarkCountryDetection(b *testing.B) {
	_, c := fixture(b)
	var toks [][]corpus.Token
	for _, kind := range []string{gen.KindStance, gen.KindCompare} {
		for _, q := range questions(b, kind) {
			toks = append(toks, corpus.Tokenize(q.Text))
		}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = c.Gazetteer.Find(toks[i%len(toks)], true, c.KnownWord)
		i++
	}
}

// BenchmarkScore ranks one country's statements, and all statements, for
// the stems of a stance question's topic.
func BenchmarkScore(b *testing.B) {
	_, c := fixture(b)
	qs := questions(b, gen.KindStance)
	terms := make([][]corpus.Term, len(qs))
	for i, q := range qs {
		for _, s := range corpus.Stems(q.Topic) {
			terms[i] = append(terms[i], corpus.Term{Stem: s, Weight: 1})
		}
	}
	b.Run("country", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			k := i % len(qs)
			s := c.NewScorer(terms[k])
			s.Country(qs[k].Countries[0], func(int, float64, int) {})
			s.Release()
			i++
		}
	})
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			s := c.NewScorer(terms[i%len(qs)])
			s.All(func(int, float64, int) {})
			s.Release()
			i++
		}
	})
}

// BenchmarkAsk answers each kind of benchmark question end to end.
func BenchmarkAsk(b *testing.B) {
	_, c := fixture(b)
	bt := bot.New(c)
	for _, kind := range []string{gen.KindStance, gen.KindTheme, gen.KindCompare} {
		qs := questions(b, kind)
		b.Run(fmt.Sprintf("%s-%d", kind, *scale), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			cpu0 := cpuTime()
			for b.Loop() {
				_ = bt.Ask(qs[i%len(qs)].Text, 3)
				i++
			}
			reportCPU(b, cpu0)
		})
	}
}

// reportCPU reports the process's CPU time per iteration since cpu0
// (garbage collection included) as cpu-ns/op. On a shared machine wall
// time per op swings with other processes' load; CPU time much less.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if b.N > 0 {
		b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkLoad loads a generated 1k-statement corpus (9 MB raw) from memory.
func BenchmarkLoad(b *testing.B) {
	fsys, gcorp, err := gen.GenerateFS(gen.Config{Statements: 1000, Seed: 1, Names: names()})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(gcorp.RawBytes)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := corpus.Load(context.Background(), fsys, corpus.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
