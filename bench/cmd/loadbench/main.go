// Command loadbench measures corpus.LoadDir alone: wall time, the CPU
// time (user + system) the process spent in the load, throughput and
// parallel efficiency, so builds can be compared on a shared machine
// where wall time is noisy.
//
//	loadbench -corpus DIR [-runs 3] [-workers 0]
//
// With -smallfiles it instead checks that many small files are not
// penalised: it copies the first -files files of DIR (sorted by path) as
// they are, and concatenated -group at a time (a blank line between),
// into two corpora under -workdir, then loads each alternately -runs
// times and reports the speed of the many-file corpus against the
// few-file one, in CPU per byte and in wall time:
//
//	loadbench -corpus DIR -smallfiles -files 60000 -group 100 -workdir W
//
// Each line of output is one load; the last lines are medians. Run each
// build's binary alternately for an A/B comparison.
//
// With -phases it prints, for each load, each phase's wall time, the
// process's CPU time in it, the cores that makes on average, and the
// collector's CPU time and cycles in it: where a load's wall time goes
// (the parse on every core, the serial build after it).
//
// With -timeline FILE it samples memory every -interval during each load
// (resident size beside the runtime's heap accounting, tagged with the
// load's phase) into FILE as tab-separated values, prints each phase's
// highest sample, and with -peakprofile P writes a heap profile near the
// resident peak to P (see bench/memtimeline). It also prints peak_rss,
// the process's VmHWM, after the first load (later loads of the same
// process start with the earlier corpus's pages).
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/stancebot/stancebot/bench/memtimeline"
	"github.com/stancebot/stancebot/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadbench:", err)
		os.Exit(1)
	}
}

// result is one load.
type result struct {
	Corpus     string  `json:"corpus"`
	Files      int     `json:"files"`
	RawBytes   int64   `json:"raw_bytes"`
	Statements int     `json:"statements"`
	Version    string  `json:"version"`
	Wall       float64 `json:"wall_seconds"`
	CPU        float64 `json:"cpu_seconds"`    // user + system of the process during the load
	GCCPU      float64 `json:"gc_cpu_seconds"` // the runtime's estimate of the collector's share of it (see gcCPU)
	GCs        uint64  `json:"gcs"`            // collections during the load
	MBps       float64 `json:"mb_per_s"`       // raw MB per wall second
	CPUnsPerB  float64 `json:"cpu_ns_per_byte"`
	Efficiency float64 `json:"parallel_efficiency"` // CPU / (wall × GOMAXPROCS)
}

func run(args []string, out io.Writer) error {
	fl := flag.NewFlagSet("loadbench", flag.ContinueOnError)
	dir := fl.String("corpus", "", "corpus directory to load")
	runs := fl.Int("runs", 1, "loads to time (each after a GC)")
	workers := fl.Int("workers", 0, "corpus.Options.Workers (0: GOMAXPROCS)")
	small := fl.Bool("smallfiles", false, "compare many small files with the same bytes in few files")
	nfiles := fl.Int("files", 60000, "with -smallfiles: files taken from -corpus")
	group := fl.Int("group", 100, "with -smallfiles: files concatenated into one")
	workdir := fl.String("workdir", "", "with -smallfiles: where the two corpora are written (kept for reuse)")
	asJSON := fl.Bool("json", false, "print each load as a JSON line")
	cpuprof := fl.String("cpuprofile", "", "write a CPU profile of the loads to this file")
	memprof := fl.String("memprofile", "", "write a heap profile (allocations of the loads included) to this file at the end")
	timeline := fl.String("timeline", "", "sample memory during each load into this TSV file")
	interval := fl.Duration("interval", 10*time.Millisecond, "with -timeline: sampling interval")
	peakprof := fl.String("peakprofile", "", "with -timeline: write a heap profile near the resident peak to this file")
	phases := fl.Bool("phases", false, "print each load phase's wall time, CPU time, cores used and collections")
	phaseprof := fl.String("phaseprofiles", "", "with -timeline: collect and write a heap profile PREFIX-PHASE.pprof as each load phase begins (changes what it measures)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *dir == "" || *runs < 1 {
		return errors.New("want -corpus DIR and -runs ≥ 1")
	}
	opts := corpus.Options{Workers: *workers}
	if *cpuprof != "" {
		f, err := os.Create(*cpuprof)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	print := func(r result) {
		if *asJSON {
			b, _ := json.Marshal(r)
			fmt.Fprintln(out, string(b))
			return
		}
		fmt.Fprintf(out, "%-10s files %7d  raw %7.1f MB  stmts %6d  version %s  wall %6.2f s  %6.1f MB/s  cpu %6.2f s  %5.2f ns/B  eff %3.0f%%  gc cpu %5.2f s in %d\n",
			r.Corpus, r.Files, float64(r.RawBytes)/1e6, r.Statements, r.Version, r.Wall, r.MBps, r.CPU, r.CPUnsPerB, 100*r.Efficiency, r.GCCPU, r.GCs)
	}
	if *memprof != "" {
		defer func() {
			f, err := os.Create(*memprof)
			if err == nil {
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}()
	}
	if !*small {
		var rs []result
		for i := 0; i < *runs; i++ {
			var rec *memtimeline.Recorder
			opts.Phase = nil
			if *timeline != "" {
				rec = memtimeline.Start(*interval, *peakprof)
				rec.PhaseProfiles = *phaseprof
				opts.Phase = rec.Phase
			}
			var ph *phaseClock
			var begin []func()
			if *phases {
				ph = &phaseClock{next: opts.Phase}
				opts.Phase = ph.mark
				begin = append(begin, ph.start)
			}
			r, err := load(*dir, "corpus", opts, begin...)
			if err != nil {
				return err
			}
			print(r)
			if ph != nil {
				ph.print(out)
			}
			rs = append(rs, r)
			if i == 0 {
				if hwm, err := vmHWM(); err == nil {
					fmt.Fprintf(out, "peak_rss after the first load: %.1f MB\n", float64(hwm)/(1<<20))
				}
			}
			if rec != nil {
				if err := writeTimeline(*timeline, rec.Stop(), out); err != nil {
					return err
				}
			}
		}
		if *runs > 1 {
			fmt.Fprintf(out, "median: wall %.2f s, %.1f MB/s, cpu %.2f s, %.2f ns/B, gc cpu %.2f s\n",
				median(rs, func(r result) float64 { return r.Wall }), median(rs, func(r result) float64 { return r.MBps }),
				median(rs, func(r result) float64 { return r.CPU }), median(rs, func(r result) float64 { return r.CPUnsPerB }),
				median(rs, func(r result) float64 { return r.GCCPU }))
		}
		return nil
	}
	if *workdir == "" || *nfiles < 1 || *group < 1 {
		return errors.New("-smallfiles wants -workdir, -files ≥ 1 and -group ≥ 1")
	}
	many, few := filepath.Join(*workdir, "many"), filepath.Join(*workdir, "few")
	if err := makeSmallFiles(*dir, many, few, *nfiles, *group); err != nil {
		return err
	}
	var rm, rf []result
	for i := 0; i < *runs; i++ {
		r, err := load(few, "few", opts)
		if err != nil {
			return err
		}
		print(r)
		rf = append(rf, r)
		if r, err = load(many, "many", opts); err != nil {
			return err
		}
		print(r)
		rm = append(rm, r)
	}
	cpuM, cpuF := median(rm, func(r result) float64 { return r.CPUnsPerB }), median(rf, func(r result) float64 { return r.CPUnsPerB })
	wallM, wallF := median(rm, func(r result) float64 { return r.MBps }), median(rf, func(r result) float64 { return r.MBps })
	fmt.Fprintf(out, "median: %d files %.2f ns/B, %.1f MB/s; %d files %.2f ns/B, %.1f MB/s; speed of many ÷ few: %.2f× in CPU per byte, %.2f× in wall MB/s\n",
		rm[0].Files, cpuM, wallM, rf[0].Files, cpuF, wallF, cpuF/cpuM, wallM/wallF)
	return nil
}

func median(rs []result, f func(result) float64) float64 {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	sort.Float64s(v)
	return v[len(v)/2]
}

// load times one corpus.LoadDir; begin, if not nil, is called as the
// clock starts.
func load(dir, label string, opts corpus.Options, begin ...func()) (result, error) {
	runtime.GC()
	for _, f := range begin {
		f()
	}
	gc0, n0 := gcCPU()
	cpu0 := cpuTime()
	start := time.Now()
	c, err := corpus.LoadDir(context.Background(), dir, opts)
	wall := time.Since(start).Seconds()
	cpu := cpuTime() - cpu0
	gc1, n1 := gcCPU()
	if err != nil {
		return result{}, err
	}
	r := result{Corpus: label, Files: len(c.Sources), RawBytes: c.RawBytes, Statements: c.Len(), Version: c.Version,
		Wall: wall, CPU: cpu, GCCPU: gc1 - gc0, GCs: n1 - n0}
	r.MBps = float64(c.RawBytes) / 1e6 / wall
	r.CPUnsPerB = cpu * 1e9 / float64(c.RawBytes)
	r.Efficiency = cpu / (wall * float64(runtime.GOMAXPROCS(0)))
	return r, nil
}

// writeTimeline writes one load's memory samples to path and prints the
// highest sample of each phase.
func writeTimeline(path string, ss []memtimeline.Sample, out io.Writer) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := memtimeline.WriteTSV(f, ss); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(out, "memory (MB) at each phase's highest resident size, %d samples in %s:\n", len(ss), path)
	for _, s := range memtimeline.PhasePeaks(ss) {
		fmt.Fprintln(out, " ", s)
	}
	return nil
}

// vmHWM is the process's peak resident set size so far.
func vmHWM() (uint64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb uint64
			_, err := fmt.Sscan(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), &kb)
			return kb << 10, err
		}
	}
	return 0, errors.New("no VmHWM in /proc/self/status")
}

// gcCPU is the runtime's estimate of the CPU seconds its collector has
// used so far (dedicated mark workers, assists and pauses: not the idle
// mark workers, which fill processors nothing else wanted) and the
// collections so far. The estimate counts a processor's time in those
// states, so on a machine busy with other work it is inflated like wall
// time is.
func gcCPU() (float64, uint64) {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/mark/dedicated:cpu-seconds"}, {Name: "/cpu/classes/gc/mark/assist:cpu-seconds"},
		{Name: "/cpu/classes/gc/pause:cpu-seconds"}, {Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	var sec float64
	for _, v := range s[:3] {
		if v.Value.Kind() == metrics.KindFloat64 {
			sec += v.Value.Float64()
		}
	}
	var n uint64
	if s[3].Value.Kind() == metrics.KindUint64 {
		n = s[3].Value.Uint64()
	}
	return sec, n
}

// cpuTime is the process's user + system CPU seconds so far.
func cpuTime() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// makeSmallFiles writes the first n .txt files of src into many (as they
// are, flat) and, concatenated group at a time, into few. Existing
// corpora with the right file counts are reused.
func makeSmallFiles(src, many, few string, n, group int) error {
	if countTxt(many) == n && countTxt(few) == (n+group-1)/group {
		return nil
	}
	var names []string
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	slices.Sort(names)
	if len(names) < n {
		return fmt.Errorf("%s has %d .txt files, fewer than %d", src, len(names), n)
	}
	names = names[:n]
	for _, d := range []string{many, few} {
		if err := os.RemoveAll(d); err != nil {
			return err
		}
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	var cat []byte
	for i, p := range names {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(many, fmt.Sprintf("f%06d.txt", i)), b, 0o644); err != nil {
			return err
		}
		cat = append(cat, b...)
		cat = append(cat, "\n\n"...)
		if (i+1)%group == 0 || i == n-1 {
			if err := os.WriteFile(filepath.Join(few, fmt.Sprintf("g%04d.txt", i/group)), cat, 0o644); err != nil {
				return err
			}
			cat = cat[:0]
		}
	}
	return nil
}

func countTxt(dir string) int {
	es, err := os.ReadDir(dir)
	if err != nil {
		return -1
	}
	n := 0
	for _, e := range es {
		if strings.HasSuffix(e.Name(), ".txt") {
			n++
		}
	}
	return n
}

// phaseClock records the wall time, CPU time and collections at each
// phase a load reports (corpus.Options.Phase).
type phaseClock struct {
	mu    sync.Mutex
	t0    time.Time
	next  func(string) // the phase callback it stands in front of (-timeline's), if any: told every phase of the load
	marks []phaseMark
}

type phaseMark struct {
	name      string
	wall, cpu float64
	gc        float64
	gcs       uint64
}

// start starts the clock, at phase "start".
func (c *phaseClock) start() {
	c.t0 = time.Now()
	c.mark("start")
}

func (c *phaseClock) mark(name string) {
	gc, n := gcCPU()
	m := phaseMark{name: name, wall: time.Since(c.t0).Seconds(), cpu: cpuTime(), gc: gc, gcs: n}
	c.mu.Lock()
	c.marks = append(c.marks, m)
	c.mu.Unlock()
	if c.next != nil && name != "start" && name != "end" {
		c.next(name)
	}
}

// print ends the clock and writes a line per phase.
func (c *phaseClock) print(out io.Writer) {
	c.mark("end")
	for i := 1; i < len(c.marks); i++ {
		a, b := c.marks[i-1], c.marks[i]
		wall := b.wall - a.wall
		cores := 0.0
		if wall > 0 {
			cores = (b.cpu - a.cpu) / wall
		}
		fmt.Fprintf(out, "  phase %-8s wall %6.3f s  cpu %6.3f s  cores %4.2f  gc cpu %5.3f s in %d\n",
			a.name, wall, b.cpu-a.cpu, cores, b.gc-a.gc, b.gcs-a.gcs)
	}
}
