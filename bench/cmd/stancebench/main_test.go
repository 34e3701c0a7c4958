package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bench/engine"
	"github.com/stancebot/stancebot/bench/gen"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"1k", 1000, true}, {"10K", 10000, true}, {" 100k ", 100000, true}, {"2m", 2000000, true},
		{"250", 250, true}, {"", 0, false}, {"k", 0, false}, {"-1k", 0, false}, {"1.5k", 0, false}, {"0", 0, false},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		sizes   []int
		engines []string
		wantErr bool
	}{
		{"defaults", nil, []int{1000, 10000, 100000}, engineNames, false},
		{"quick", []string{"-quick"}, []int{1000}, engineNames, false},
		{"stancebot moved first", []string{"-engines", "bleve,stancebot"}, []int{1000, 10000, 100000}, []string{"stancebot", "bleve"}, false},
		{"unknown engine", []string{"-engines", "lucene"}, nil, nil, true},
		{"bad size", []string{"-sizes", "1k,x"}, nil, nil, true},
		{"stray argument", []string{"100k"}, nil, nil, true},
		{"zero queries", []string{"-queries", "0"}, nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := parseFlags(tt.args, io.Discard)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if !equal(o.sizes, tt.sizes) || strings.Join(o.engines, ",") != strings.Join(tt.engines, ",") {
				t.Errorf("sizes %v engines %v; want %v %v", o.sizes, o.engines, tt.sizes, tt.engines)
			}
		})
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSizeLabel(t *testing.T) {
	for n, want := range map[int]string{1000: "1k", 100000: "100k", 2000000: "2m", 1500: "1500", 7: "7"} {
		if got := sizeLabel(n); got != want {
			t.Errorf("sizeLabel(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestCheck(t *testing.T) {
	want := &gen.Statement{Country: "Peru", Text: "Peru stresses the zubakorafo dodomofuga initiative.", Words: []string{"zubakorafo", "dodomofuga"}}
	q := &benchQuestion{Question: gen.Question{Kind: gen.KindStance, Countries: []string{"Peru"}}, WantStmt: want}
	tests := []struct {
		name              string
		hits              []engine.Hit
		nHits, wrong, mis int
	}{
		{"right first", []engine.Hit{{Country: "Peru", Text: want.Text}}, 1, 0, 0},
		{"right second", []engine.Hit{{Country: "Peru", Text: "other"}, {Country: "Peru", Text: want.Text}}, 0, 0, 1},
		{"other country", []engine.Hit{{Country: "Chile", Text: want.Text}}, 0, 1, 1},
		{"no answer", nil, 0, 0, 1},
	}
	for _, tt := range tests {
		res := &childResult{}
		check(q, tt.hits, res)
		if res.Probes != 1 || res.Hits != tt.nHits || res.WrongCountry != tt.wrong || len(res.Misses) != tt.mis {
			t.Errorf("%s: probes %d hits %d wrong %d misses %d", tt.name, res.Probes, res.Hits, res.WrongCountry, len(res.Misses))
		}
	}
}

func TestProcStatus(t *testing.T) {
	hwm, err := procStatus("VmHWM")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	if hwm == 0 {
		t.Error("VmHWM = 0")
	}
	if _, err := procStatus("NoSuchField"); err == nil {
		t.Error("missing field gave no error")
	}
}

func fakeSize() *sizeResult {
	lat := func(p50, p99 float64) map[string]*latency {
		return map[string]*latency{
			gen.KindStance: {P50: p50, P99: p99}, gen.KindTheme: {P50: 10 * p50, P99: 10 * p99}, gen.KindCompare: {P50: 2 * p50, P99: 2 * p99},
		}
	}
	return &sizeResult{Size: 1000, Files: 10, RawBytes: 9e6, UniqueBytes: 4e5, Countries: 5, Engines: map[string]*childResult{
		"stancebot": {Engine: "stancebot", LoadSeconds: 0.05, InputBytes: 9e6, Statements: 1000, TextBytes: 4e5, PeakRSS: 1e6, HeapAfterLoad: 5e5, Latency: lat(5, 40), Probes: 10, Hits: 10},
		"bleve":     {Engine: "bleve", LoadSeconds: 0.5, InputBytes: 4e5, Statements: 1000, TextBytes: 4e5, PeakRSS: 5e7, HeapAfterLoad: 2e7, Latency: lat(150, 5000), Probes: 10, Hits: 9, Misses: []string{"x"}},
	}}
}

func TestReport(t *testing.T) {
	var b bytes.Buffer
	rep := &report{Sizes: []*sizeResult{fakeSize()}, Cold: &coldResult{Question: "q", Runs: 3, P50: 25}}
	printSize(&b, rep.Sizes[0])
	printTargets(&b, rep)
	out := b.String()
	for _, want := range []string{
		"| stance p50 / p99 | 5.00 / 40.0 µs | 150 / 5000 µs | 30× / 125× |",
		"| stance top-1 hit rate | 100.0% (10/10) | 90.0% (9/10) |",
		"Bleve MemOnly stance misses",
		"| stance vs Bleve MemOnly | ≥ 20× faster | 30× at p50, 125× at p99 | met |",
		"| load throughput | ≥ 200 MB/s | 180 MB/s | **missed** |",
		"| cold start | ≤ 20 ms | 25.0 ms p50 | **missed** |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestPlot(t *testing.T) {
	a, b := fakeSize(), fakeSize()
	b.Size = 10000
	path := t.TempDir() + "/p.png"
	if err := drawPlot(path, []*sizeResult{a, b}); err != nil {
		t.Fatal(err)
	}
	if err := drawPlot(path, []*sizeResult{a}); err != nil {
		t.Fatalf("one size: %v", err)
	}
	if err := drawPlot(path, nil); err == nil {
		t.Error("no sizes: no error")
	}
}
