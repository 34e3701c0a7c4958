package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/stancebot/stancebot/bench/engine"
	"github.com/stancebot/stancebot/bench/gen"
	"github.com/stancebot/stancebot/bench/memtimeline"
)

// childFlag marks the hidden re-exec that measures one engine at one size
// in a fresh process, so VmHWM is that engine's own peak.
const childFlag = "-stancebench-child"

type benchQuestion struct {
	gen.Question
	WantStmt *gen.Statement `json:"want_stmt,omitempty"`
}

type questionFile struct {
	N         int             `json:"n"`
	MinSample int             `json:"min_sample"`
	Questions []benchQuestion `json:"questions"`
}

// latency summarises the timed calls of one question kind.
type latency struct {
	Calls int     `json:"calls"`
	P50   float64 `json:"p50_us"`
	P99   float64 `json:"p99_us"`
	Mean  float64 `json:"mean_us"`
	Empty int     `json:"empty"` // questions answered with no hits
	// FirstP50 and FirstP99 time each distinct question's first asking
	// (the warm-up pass): what a cache, if the engine keeps one, cannot hide.
	FirstP50 float64 `json:"first_p50_us"`
	FirstP99 float64 `json:"first_p99_us"`
}

// childResult is what a child reports for its engine.
type childResult struct {
	Engine        string  `json:"engine"`
	LoadSeconds   float64 `json:"load_seconds"`
	InputBytes    int64   `json:"input_bytes"` // bytes the load read: raw files, or the statements for Bleve
	Statements    int     `json:"statements"`
	TextBytes     int64   `json:"text_bytes"` // unique statement text held
	Warnings      int     `json:"warnings"`
	HeapAfterLoad uint64  `json:"heap_after_load"` // live heap after a GC
	RSSAfterLoad  uint64  `json:"rss_after_load"`
	PeakRSS       uint64  `json:"peak_rss"` // VmHWM at the end
	// QueryCPU is the process's CPU seconds (user + system) while the
	// questions were asked, and QueryGCs the collections meanwhile: what
	// a memory limit costs the question path, on a machine where wall
	// time is noisy.
	QueryCPU     float64             `json:"query_cpu_seconds"`
	QueryGCs     uint32              `json:"query_gcs"`
	Latency      map[string]*latency `json:"latency"`
	Probes       int                 `json:"probes"` // stance questions about one generated statement
	Hits         int                 `json:"hits"`   // ... answered with it first
	WrongCountry int                 `json:"wrong_country"`
	Misses       []string            `json:"misses,omitempty"` // a few examples
}

func (r *childResult) hitRate() float64 {
	if r.Probes == 0 {
		return 0
	}
	return float64(r.Hits) / float64(r.Probes)
}

func runChild(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("child", flag.ContinueOnError)
	eng := fs.String("engine", "", "stancebot or bleve")
	qPath := fs.String("questions", "", "questions file")
	corpusDir := fs.String("corpus", "", "corpus dir (stancebot)")
	docsPath := fs.String("docs", "", "statements: written by stancebot, read by bleve")
	raw := fs.Int64("raw", 0, "raw corpus bytes")
	profile := fs.String("profile", "", "write CPU profiles of the load and of the queries, and a heap profile after load, with this path prefix")
	timeline := fs.String("timeline", "", "sample memory (resident size and the runtime's heap figures) every 10 ms into this TSV file, with a heap profile near the peak beside it (FILE.peak.pprof)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	prof := profiler{prefix: *profile}
	var qf questionFile
	b, err := os.ReadFile(*qPath)
	if err != nil {
		return fmt.Errorf("questions: %w", err)
	}
	if err := json.Unmarshal(b, &qf); err != nil {
		return fmt.Errorf("questions %s: %w", *qPath, err)
	}
	b = nil

	res := &childResult{Engine: *eng, Latency: map[string]*latency{}}
	var rec *memtimeline.Recorder
	if *timeline != "" {
		rec = memtimeline.Start(10*time.Millisecond, *timeline+".peak.pprof")
		rec.Phase("load")
	}
	var e engine.Engine
	var sb *engine.Stancebot
	switch *eng {
	case "stancebot":
		runtime.GC()
		if err := prof.start("load"); err != nil {
			return err
		}
		start := time.Now()
		sb, err = engine.LoadStancebot(*corpusDir)
		if err != nil {
			return err
		}
		res.LoadSeconds = time.Since(start).Seconds()
		prof.stop()
		res.InputBytes = *raw
		res.Statements = sb.Corpus.Len()
		res.Warnings = len(sb.Corpus.Warnings)
		for _, s := range sb.Corpus.Statements() {
			res.TextBytes += int64(len(s.Text))
		}
		e = sb
	case "bleve", "bleve-scorch":
		docs, err := readDocs(*docsPath)
		if err != nil {
			return err
		}
		store := engine.MemOnly
		if *eng == "bleve-scorch" {
			store = engine.ScorchMem
		}
		runtime.GC()
		if err := prof.start("load"); err != nil {
			return err
		}
		start := time.Now()
		bl, err := engine.NewBleve(docs, store)
		if err != nil {
			return err
		}
		defer bl.Close()
		res.LoadSeconds = time.Since(start).Seconds()
		prof.stop()
		res.Statements = len(docs)
		for _, d := range docs {
			res.TextBytes += int64(len(d.Text))
		}
		res.InputBytes = res.TextBytes
		e = bl
	default:
		return fmt.Errorf("unknown engine %q", *eng)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	res.HeapAfterLoad = ms.HeapInuse
	res.RSSAfterLoad, _ = procStatus("VmRSS")
	if err := prof.heap(); err != nil {
		return err
	}
	if err := prof.start("query"); err != nil {
		return err
	}
	if rec != nil {
		rec.Phase("questions")
	}
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	cpu0 := processCPU()
	if err := measure(e, &qf, res); err != nil {
		return err
	}
	res.QueryCPU = processCPU() - cpu0
	runtime.ReadMemStats(&ms1)
	res.QueryGCs = ms1.NumGC - ms0.NumGC
	prof.stop()
	if rec != nil {
		if err := writeTimeline(*timeline, rec.Stop()); err != nil {
			return err
		}
	}
	if res.PeakRSS, err = procStatus("VmHWM"); err != nil {
		return err
	}
	if sb != nil {
		if err := writeDocs(*docsPath, sb.Docs()); err != nil {
			return err
		}
	}
	return json.NewEncoder(out).Encode(res)
}

// measure asks every question once untimed (checking answers), then times
// passes over each kind's questions until MinSample calls are recorded.
func measure(e engine.Engine, qf *questionFile, res *childResult) error {
	byKind := map[string][]*benchQuestion{}
	var kinds []string
	for i := range qf.Questions {
		q := &qf.Questions[i]
		if byKind[q.Kind] == nil {
			kinds = append(kinds, q.Kind)
		}
		byKind[q.Kind] = append(byKind[q.Kind], q)
	}
	for _, kind := range kinds {
		qs := byKind[kind]
		lat := &latency{}
		res.Latency[kind] = lat
		first := make([]time.Duration, 0, len(qs))
		for _, q := range qs { // first asking: warm-up and correctness pass
			t0 := time.Now()
			err := e.Ask(&q.Question, qf.N)
			first = append(first, time.Since(t0))
			if err != nil {
				return err
			}
			hits := e.Hits()
			if len(hits) == 0 {
				lat.Empty++
			}
			check(q, hits, res)
		}
		lat.FirstP50, lat.FirstP99 = percentile(first, 50), percentile(first, 99)
		durs := make([]time.Duration, 0, max(qf.MinSample, len(qs)))
		for len(durs) < qf.MinSample {
			for _, q := range qs {
				t0 := time.Now()
				err := e.Ask(&q.Question, qf.N)
				durs = append(durs, time.Since(t0))
				if err != nil {
					return err
				}
			}
		}
		var sum time.Duration
		for _, d := range durs {
			sum += d
		}
		lat.Calls = len(durs)
		lat.P50, lat.P99 = percentile(durs, 50), percentile(durs, 99)
		lat.Mean = us(sum / time.Duration(len(durs)))
	}
	return nil
}

// check scores one answer set: stance answers must come from the asked
// country, and the probed statement must come first.
func check(q *benchQuestion, hits []engine.Hit, res *childResult) {
	if q.Kind != gen.KindStance {
		return
	}
	for _, h := range hits {
		if h.Country != q.Countries[0] {
			res.WrongCountry++
			break
		}
	}
	if q.WantStmt == nil {
		return
	}
	res.Probes++
	if len(hits) > 0 && q.WantStmt.Holds(hits[0].Country, hits[0].Text) {
		res.Hits++
		return
	}
	if len(res.Misses) < 8 {
		got := "no answer"
		if len(hits) > 0 {
			got = hits[0].Country + ": " + clip(hits[0].Text, 90)
		}
		res.Misses = append(res.Misses, fmt.Sprintf("%q -> %s", q.Text, got))
	}
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// percentile sorts ds and returns its pth percentile in microseconds.
func percentile(ds []time.Duration, p int) float64 {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return us(ds[min(len(ds)-1, len(ds)*p/100)])
}

func us(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }

// processCPU is the process's user + system CPU seconds so far.
func processCPU() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// writeTimeline writes the memory samples to path and each phase's
// highest sample to standard error.
func writeTimeline(path string, ss []memtimeline.Sample) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("timeline: %w", err)
	}
	if err := memtimeline.WriteTSV(f, ss); err != nil {
		f.Close()
		return fmt.Errorf("timeline: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("timeline: %w", err)
	}
	for _, s := range memtimeline.PhasePeaks(ss) {
		fmt.Fprintln(os.Stderr, "memory (MB) at the phase's highest:", s)
	}
	return nil
}

// procStatus reads a kB field of /proc/self/status, in bytes.
func procStatus(field string) (uint64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, fmt.Errorf("read /proc/self/status: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("parse %s %q: %w", field, rest, err)
			}
			return kb * 1024, nil
		}
	}
	return 0, fmt.Errorf("/proc/self/status has no %s", field)
}

func writeDocs(path string, docs []engine.Doc) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("docs: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			f.Close()
			return fmt.Errorf("docs %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("docs %s: %w", path, err)
	}
	return f.Close()
}

func readDocs(path string) ([]engine.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("docs (run stancebot first): %w", err)
	}
	defer f.Close()
	var docs []engine.Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d engine.Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("docs %s line %d: %w", path, len(docs)+1, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("docs %s: %w", path, err)
	}
	if len(docs) == 0 {
		return nil, errors.New("docs: no statements to index")
	}
	return docs, nil
}

// profiler writes pprof profiles of a child's phases when prefix is set.
type profiler struct {
	prefix string
	f      *os.File
}

func (p *profiler) start(phase string) error {
	if p.prefix == "" {
		return nil
	}
	f, err := os.Create(p.prefix + "-" + phase + ".cpu.pprof")
	if err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("profile: %w", err)
	}
	p.f = f
	return nil
}

func (p *profiler) stop() {
	if p.f != nil {
		pprof.StopCPUProfile()
		p.f.Close()
		p.f = nil
	}
}

// heap writes the live heap (after a GC) with allocation sites.
func (p *profiler) heap() error {
	if p.prefix == "" {
		return nil
	}
	f, err := os.Create(p.prefix + "-heap.pprof")
	if err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	defer f.Close()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	return nil
}
