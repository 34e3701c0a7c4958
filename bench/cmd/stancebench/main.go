// Command stancebench measures stancebot against Bleve on generated
// corpora of growing size, side by side in one run.
//
//	cd bench && go run ./cmd/stancebench -sizes 1k,10k,100k -plot scale.png
//
// For each size it generates a deterministic compare-page corpus, then
// loads it in one child process per engine (so peak RSS is per engine and
// per size), asks both the same stance, theme and compare questions, and
// prints one table. It also times the cold start of `stancebot ask --json`
// on the embedded seeds and can draw the growth from size to size as a PNG.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/stancebot/stancebot/bench/engine"
	"github.com/stancebot/stancebot/bench/gen"
	"github.com/stancebot/stancebot/corpus"
)

// engineNames are the measurable engines, in report order.
var engineNames = []string{"stancebot", "bleve", "bleve-scorch"}

// engineTitle names an engine in tables.
var engineTitle = map[string]string{
	"stancebot":    "stancebot",
	"bleve":        "Bleve MemOnly",
	"bleve-scorch": "Bleve scorch (in memory)",
}

type options struct {
	sizes     []int
	dup       int
	seed      uint64
	queries   int
	minSample int
	n         int
	engines   []string
	plot      string
	jsonOut   string
	cold      int
	root      string
	gazetteer string
	workdir   string
	keep      bool
	minHit    float64
	profile   string
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == childFlag {
		if err := runChild(os.Args[2:], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "stancebench child:", err)
			os.Exit(1)
		}
		return
	}
	o, err := parseFlags(os.Args[1:], os.Stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintln(os.Stderr, "stancebench:", err)
		os.Exit(2)
	}
	if err := run(o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "stancebench:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	fs := flag.NewFlagSet("stancebench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sizes := fs.String("sizes", "1k,10k,100k", "comma-separated unique-statement counts (1k, 10k, 100k, 250000...)")
	quick := fs.Bool("quick", false, "CI mode: -sizes 1k, 200 questions per kind, 10 cold starts")
	dup := fs.Int("dup", 25, "average number of files each country block appears in")
	seed := fs.Uint64("seed", 1, "generator and question seed")
	queries := fs.Int("queries", 500, "distinct questions per kind")
	minSample := fs.Int("samples", 3000, "timed calls per kind at least (questions are repeated)")
	n := fs.Int("n", 3, "answers asked for per question")
	engines := fs.String("engines", strings.Join(engineNames, ","), "engines to measure")
	plot := fs.String("plot", "", "write a PNG of cost growth across sizes to this path")
	jsonOut := fs.String("json", "", "write all measurements as JSON to this path")
	cold := fs.Int("coldstart", 30, "cold-start runs of `stancebot ask --json` (0: skip)")
	root := fs.String("root", "..", "stancebot module root (where cmd/stancebot is built for the cold start)")
	gaz := fs.String("gazetteer", "", "countries.tsv to draw countries from (default: the corpus package's embedded gazetteer)")
	workdir := fs.String("workdir", "", "where generated corpora go (default a new temp dir)")
	keep := fs.Bool("keep", false, "keep generated corpora")
	profile := fs.String("profile", "", "write pprof CPU (load, query) and heap profiles of every child into this directory")
	minHit := fs.Float64("min-hit", 1, "fail unless stancebot's stance top-1 hit rate is at least this")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	o := &options{dup: *dup, seed: *seed, queries: *queries, minSample: *minSample, n: *n,
		plot: *plot, jsonOut: *jsonOut, cold: *cold, root: *root, gazetteer: *gaz,
		workdir: *workdir, keep: *keep, minHit: *minHit, profile: *profile}
	if *quick {
		*sizes = "1k"
		o.queries, o.minSample, o.cold = 200, 1000, 10
	}
	for _, s := range strings.Split(*sizes, ",") {
		v, err := parseSize(s)
		if err != nil {
			return nil, err
		}
		o.sizes = append(o.sizes, v)
	}
	for _, e := range strings.Split(*engines, ",") {
		e = strings.TrimSpace(e)
		if !slices.Contains(engineNames, e) {
			return nil, fmt.Errorf("unknown engine %q (want one of %s)", e, strings.Join(engineNames, ", "))
		}
		o.engines = append(o.engines, e)
	}
	// stancebot runs first: Bleve indexes the statements it deduplicated.
	if i := slices.Index(o.engines, "stancebot"); i > 0 {
		o.engines[0], o.engines[i] = o.engines[i], o.engines[0]
	}
	if o.queries < 1 || o.n < 1 || o.dup < 1 || o.minSample < 1 {
		return nil, errors.New("-queries, -samples, -n and -dup must be positive")
	}
	return o, nil
}

// parseSize reads "1k", "10k", "1m" or a plain number.
func parseSize(s string) (int, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	mul := 1
	switch {
	case strings.HasSuffix(s, "k"):
		mul, s = 1000, strings.TrimSuffix(s, "k")
	case strings.HasSuffix(s, "m"):
		mul, s = 1000000, strings.TrimSuffix(s, "m")
	}
	v, err := strconv.Atoi(s)
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("bad size %q: want a positive count like 1k, 10k, 100k", s)
	}
	return v * mul, nil
}

// sizeResult is everything measured at one size.
type sizeResult struct {
	Size        int     `json:"size"`
	Files       int     `json:"files"`
	RawBytes    int64   `json:"raw_bytes"`
	UniqueBytes int64   `json:"unique_bytes"`
	Countries   int     `json:"countries"`
	GenSeconds  float64 `json:"gen_seconds"`
	// LoadAvg* are /proc/loadavg's 1-minute figure around the measurements:
	// other processes on the machine skew every figure.
	LoadAvgBefore string                  `json:"loadavg_before"`
	LoadAvgAfter  string                  `json:"loadavg_after"`
	Engines       map[string]*childResult `json:"engines"`
}

type report struct {
	Started   time.Time     `json:"started"`
	Command   string        `json:"command"`
	Gazetteer string        `json:"gazetteer"`
	Sizes     []*sizeResult `json:"sizes"`
	Cold      *coldResult   `json:"cold_start,omitempty"`
}

func run(o *options, out io.Writer) error {
	rep := &report{Started: time.Now().UTC(), Command: "stancebench " + strings.Join(os.Args[1:], " ")}
	names, src, err := countryNames(o)
	if err != nil {
		return err
	}
	rep.Gazetteer = src
	work := o.workdir
	if work == "" {
		if work, err = os.MkdirTemp("", "stancebench-"); err != nil {
			return fmt.Errorf("work dir: %w", err)
		}
		if !o.keep {
			defer os.RemoveAll(work)
		}
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find own executable: %w", err)
	}
	fmt.Fprintf(out, "# stancebench %s\n\n", rep.Started.Format(time.RFC3339))
	fmt.Fprintf(out, "countries from %s; dup %d; seed %d; %d questions per kind, >= %d timed calls per kind; n=%d\n\n",
		src, o.dup, o.seed, o.queries, o.minSample, o.n)

	var failures []string
	for _, size := range o.sizes {
		sr, err := runSize(o, self, work, names, size)
		if err != nil {
			return err
		}
		rep.Sizes = append(rep.Sizes, sr)
		printSize(out, sr)
		if sb := sr.Engines["stancebot"]; sb != nil && sb.Probes > 0 && sb.hitRate() < o.minHit {
			failures = append(failures, fmt.Sprintf("%s: stancebot stance hit rate %.1f%% < %.1f%%",
				sizeLabel(size), 100*sb.hitRate(), 100*o.minHit))
		}
	}
	if len(rep.Sizes) > 1 {
		printGrowth(out, rep.Sizes)
	}
	if o.cold > 0 {
		cr, err := coldStart(o, work)
		if err != nil {
			return fmt.Errorf("cold start: %w", err)
		}
		rep.Cold = cr
		printCold(out, cr)
	}
	printTargets(out, rep)
	if o.plot != "" {
		if err := drawPlot(o.plot, rep.Sizes); err != nil {
			return fmt.Errorf("plot: %w", err)
		}
		fmt.Fprintf(out, "\nplot written to %s\n", o.plot)
	}
	if o.jsonOut != "" {
		b, _ := json.MarshalIndent(rep, "", "  ")
		if err := os.WriteFile(o.jsonOut, append(b, '\n'), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", o.jsonOut, err)
		}
	}
	if len(failures) > 0 {
		return errors.New(strings.Join(failures, "; "))
	}
	return nil
}

// countryNames returns the gazetteer's short names: those of the corpus
// package's embedded gazetteer, or of the -gazetteer file when given.
func countryNames(o *options) ([]string, string, error) {
	if o.gazetteer == "" {
		g := corpus.DefaultGazetteer()
		names := make([]string, len(g.Countries))
		for i, c := range g.Countries {
			names[i] = c.Short
		}
		return names, "the embedded gazetteer (corpus.DefaultGazetteer)", nil
	}
	f, err := os.Open(o.gazetteer)
	if err != nil {
		return nil, "", fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	names, err := gen.ReadGazetteer(f)
	if err != nil {
		return nil, "", fmt.Errorf("gazetteer %s: %w", o.gazetteer, err)
	}
	return names, o.gazetteer, nil
}

func runSize(o *options, self, work string, names []string, size int) (*sizeResult, error) {
	dir := filepath.Join(work, sizeLabel(size))
	corpusDir := filepath.Join(dir, "corpus")
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("clean %s: %w", dir, err)
	}
	start := time.Now()
	c, err := gen.GenerateDir(gen.Config{Statements: size, Dup: o.dup, Seed: o.seed, Names: names}, corpusDir)
	if err != nil {
		return nil, fmt.Errorf("generate %s: %w", sizeLabel(size), err)
	}
	sr := &sizeResult{Size: size, Files: c.Files, RawBytes: c.RawBytes, UniqueBytes: c.UniqueBytes,
		Countries: len(c.Countries), GenSeconds: time.Since(start).Seconds(), Engines: map[string]*childResult{}}
	slog.Info("generated", "size", sizeLabel(size), "files", c.Files, "raw_MB", mb(c.RawBytes), "seconds", sr.GenSeconds)

	qf := questionFile{N: o.n, MinSample: o.minSample}
	for _, q := range c.Questions(o.queries, o.seed) {
		bq := benchQuestion{Question: q}
		if q.Want >= 0 {
			s := c.Statements[q.Want]
			bq.WantStmt = &s
		}
		qf.Questions = append(qf.Questions, bq)
	}
	qPath := filepath.Join(dir, "questions.json")
	if err := writeJSON(qPath, qf); err != nil {
		return nil, err
	}
	sr.LoadAvgBefore = loadAvg()
	defer func() { sr.LoadAvgAfter = loadAvg() }()
	docs := filepath.Join(dir, "docs.jsonl")
	if !slices.Contains(o.engines, "stancebot") {
		// Bleve alone: index the generator's own statements.
		ds := make([]engine.Doc, len(c.Statements))
		for i, s := range c.Statements {
			ds[i] = engine.Doc{Country: s.Country, Text: s.Text}
		}
		if err := writeDocs(docs, ds); err != nil {
			return nil, err
		}
	}
	for _, eng := range o.engines {
		args := []string{childFlag, "-engine", eng, "-questions", qPath, "-docs", docs, "-raw", strconv.FormatInt(c.RawBytes, 10)}
		if eng == "stancebot" {
			args = append(args, "-corpus", corpusDir)
		}
		if o.profile != "" {
			if err := os.MkdirAll(o.profile, 0o755); err != nil {
				return nil, fmt.Errorf("profile dir: %w", err)
			}
			args = append(args, "-profile", filepath.Join(o.profile, sizeLabel(size)+"-"+eng))
		}
		slog.Info("measuring", "size", sizeLabel(size), "engine", eng)
		res, err := runChildProcess(self, args)
		if err != nil {
			return nil, fmt.Errorf("%s at %s: %w", eng, sizeLabel(size), err)
		}
		sr.Engines[eng] = res
	}
	if !o.keep {
		os.RemoveAll(dir)
	}
	return sr, nil
}

func runChildProcess(self string, args []string) (*childResult, error) {
	cmd := exec.Command(self, args...)
	cmd.Stderr = os.Stderr
	outb, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("child %v: %w", args[:3], err)
	}
	var res childResult
	if err := json.Unmarshal(outb, &res); err != nil {
		return nil, fmt.Errorf("child output: %w", err)
	}
	return &res, nil
}

func writeJSON(path string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func sizeLabel(n int) string {
	switch {
	case n >= 1000000 && n%1000000 == 0:
		return strconv.Itoa(n/1000000) + "m"
	case n >= 1000 && n%1000 == 0:
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.Itoa(n)
}

func mb(b int64) float64 { return float64(b) / 1e6 }

// loadAvg returns the 1-minute load average, or "?".
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "?"
}
