// Package memtimeline samples a process's memory while it works: resident
// set size (what the bench's peak_rss, VmHWM, measures) beside the Go
// runtime's own accounting of its heap, so a peak can be placed in time
// and explained (live objects, garbage not yet collected, free pages the
// runtime keeps, the collector's goal and memory limit). It also writes a
// heap profile when the resident size reaches a new high, so the
// allocation sites live near the peak can be read with go tool pprof.
package memtimeline

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Sample is the process's memory at one moment.
type Sample struct {
	At    time.Duration // since Start
	Phase string        // the last phase marked (see Recorder.Phase)
	RSS   uint64        // resident set size
	// From runtime/metrics:
	Objects  uint64 // heap bytes in objects, live or not yet swept
	Live     uint64 // heap the last collection found live
	Free     uint64 // heap pages free and still mapped (RSS unless released)
	Released uint64 // heap pages returned to the OS
	Total    uint64 // all memory the runtime mapped, released included
	Goal     uint64 // the collector's heap goal
	Limit    uint64 // the soft memory limit
	GCs      uint64 // collections so far
}

// Recorder samples memory every interval until Stop.
type Recorder struct {
	interval time.Duration
	profile  string // heap profile path ("" = none)
	// PhaseProfiles, when set before the first Phase call, makes each
	// Phase collect garbage and write a heap profile of what is live to
	// PhaseProfiles + "-" + name + ".pprof": exact, but it changes the
	// timeline it measures (a full collection at each phase).
	PhaseProfiles string
	step          uint64 // RSS growth over the last profiled peak that triggers a new profile

	mu      sync.Mutex
	phase   string
	samples []Sample
	start   time.Time
	stop    chan struct{}
	done    chan struct{}
	peakAt  int // index of the highest-RSS sample
	profRSS uint64
}

var metricNames = []string{
	"/memory/classes/heap/objects:bytes",
	"/gc/heap/live:bytes",
	"/memory/classes/heap/free:bytes",
	"/memory/classes/heap/released:bytes",
	"/memory/classes/total:bytes",
	"/gc/heap/goal:bytes",
	"/gc/gomemlimit:bytes",
	"/gc/cycles/total:gc-cycles",
}

// Start begins sampling every interval. When profile is not empty, a heap
// profile is written there (replacing the last) each time the resident
// size passes the last profiled high by 8 MB: the last one written is the
// nearest to the peak. Its in-use figures are those of the last completed
// collection, as every Go heap profile's are.
func Start(interval time.Duration, profile string) *Recorder {
	r := &Recorder{interval: interval, profile: profile, step: 8 << 20, start: time.Now(),
		stop: make(chan struct{}), done: make(chan struct{}), phase: "start"}
	go r.run()
	return r
}

// Phase marks the start of a named phase; later samples carry its name.
func (r *Recorder) Phase(name string) {
	r.sample() // the end of the phase before
	if r.PhaseProfiles != "" {
		runtime.GC()
		if f, err := os.Create(r.PhaseProfiles + "-" + name + ".pprof"); err == nil {
			pprof.Lookup("heap").WriteTo(f, 0)
			f.Close()
		}
	}
	r.mu.Lock()
	r.phase = name
	r.mu.Unlock()
	r.sample()
}

func (r *Recorder) run() {
	defer close(r.done)
	t := time.NewTicker(r.interval)
	defer t.Stop()
	for {
		select {
		case <-r.stop:
			return
		case <-t.C:
			r.sample()
		}
	}
}

func (r *Recorder) sample() {
	ms := make([]metrics.Sample, len(metricNames))
	for i, n := range metricNames {
		ms[i].Name = n
	}
	metrics.Read(ms)
	v := func(i int) uint64 {
		if ms[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return ms[i].Value.Uint64()
	}
	rss := residentBytes()
	r.mu.Lock()
	s := Sample{At: time.Since(r.start), Phase: r.phase, RSS: rss, Objects: v(0), Live: v(1), Free: v(2),
		Released: v(3), Total: v(4), Goal: v(5), Limit: v(6), GCs: v(7)}
	r.samples = append(r.samples, s)
	if s.RSS > r.samples[r.peakAt].RSS {
		r.peakAt = len(r.samples) - 1
	}
	writeProf := r.profile != "" && s.RSS >= r.profRSS+r.step
	if writeProf {
		r.profRSS = s.RSS
	}
	r.mu.Unlock()
	if writeProf {
		if f, err := os.Create(r.profile); err == nil {
			pprof.Lookup("heap").WriteTo(f, 0)
			f.Close()
		}
	}
}

// Stop ends sampling and returns the samples, in time order.
func (r *Recorder) Stop() []Sample {
	close(r.stop)
	<-r.done
	r.sample()
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.samples
}

// Peak is the sample with the highest resident size.
func Peak(ss []Sample) Sample {
	var p Sample
	for _, s := range ss {
		if s.RSS > p.RSS {
			p = s
		}
	}
	return p
}

// PhasePeaks is each phase's highest-RSS sample, in the order the phases
// began.
func PhasePeaks(ss []Sample) []Sample {
	var out []Sample
	idx := map[string]int{}
	for _, s := range ss {
		i, ok := idx[s.Phase]
		if !ok {
			idx[s.Phase] = len(out)
			out = append(out, s)
			continue
		}
		if s.RSS > out[i].RSS {
			out[i] = s
		}
	}
	return out
}

// String is the sample on one line, in MB.
func (s Sample) String() string {
	mb := func(b uint64) float64 { return float64(b) / (1 << 20) }
	return fmt.Sprintf("%7.2fs %-10s rss %6.1f  objects %6.1f  live %6.1f  free %6.1f  released %6.1f  total %6.1f  goal %6.1f  limit %s  gcs %d",
		s.At.Seconds(), s.Phase, mb(s.RSS), mb(s.Objects), mb(s.Live), mb(s.Free), mb(s.Released), mb(s.Total), mb(s.Goal), limitMB(s.Limit), s.GCs)
}

func limitMB(b uint64) string {
	if b >= 1<<62 {
		return "none"
	}
	return strconv.FormatFloat(float64(b)/(1<<20), 'f', 1, 64)
}

// WriteTSV writes the samples as tab-separated values with a header, in
// bytes and seconds.
func WriteTSV(w io.Writer, ss []Sample) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "seconds\tphase\trss\tobjects\tlive\tfree\treleased\ttotal\tgoal\tlimit\tgcs")
	for _, s := range ss {
		fmt.Fprintf(bw, "%.4f\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n", s.At.Seconds(), s.Phase, s.RSS, s.Objects, s.Live,
			s.Free, s.Released, s.Total, s.Goal, s.Limit, s.GCs)
	}
	return bw.Flush()
}

// pageSize is the unit of /proc/self/statm.
var pageSize = uint64(os.Getpagesize())

// residentBytes is the process's resident set size (/proc/self/statm's
// second field; 0 where there is none).
func residentBytes() uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	n, _ := strconv.ParseUint(f[1], 10, 64)
	return n * pageSize
}
