package reload

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/internal/memlimit"
)

// TestReloadPeakMemory measures a hot reload of a large corpus (issue 9:
// reload peak ≤ steady peak + one index). It loads STANCEBOT_RELOADMEM_CORPUS
// as serve does (with serve's memory limit), notes the peak RSS and the live heap (one index), then
// reloads the same directory while holding the first corpus, as the bot
// does until the new one is in. It needs a process of its own:
//
//	STANCEBOT_RELOADMEM_CORPUS=W/100k/corpus go test -count=1 -run TestReloadPeakMemory -v ./reload
func TestReloadPeakMemory(t *testing.T) {
	dir := os.Getenv("STANCEBOT_RELOADMEM_CORPUS")
	if dir == "" {
		t.Skip("STANCEBOT_RELOADMEM_CORPUS not set (a generated corpus: see docs/PERFORMANCE.md)")
	}
	c, err := corpus.LoadDir(context.Background(), dir, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// As serve does once its corpus is in (cmd/stancebot Main.Open).
	defer memlimit.Serve(memlimit.DefaultPolicy)()
	h := &holder{}
	h.SetCorpus(c)
	steady := vmHWM(t)
	index := liveHeap()
	// The version is unchanged, so the old corpus stays; the peak is a
	// swap's, which also holds both corpora until the swap.
	r := &Reloader{Dir: dir, Target: h, NoWatch: true, Log: quiet}
	if err := r.Reload(); err != nil {
		t.Fatal(err)
	}
	peak := vmHWM(t)
	runtime.KeepAlive(h.Corpus())
	mb := func(b uint64) float64 { return float64(b) / 1e6 }
	t.Logf("statements %d, one index (live heap) %.1f MB, steady peak %.1f MB, reload peak %.1f MB, reload - steady %+.1f MB (allowed %+.1f MB)",
		c.Len(), mb(index), mb(steady), mb(peak), mb(peak)-mb(steady), mb(index))
	if os.Getenv("STANCEBOT_RELOADMEM_CHECK") != "" && peak > steady+index {
		t.Errorf("reload peak %.1f MB > steady peak %.1f MB + one index %.1f MB", mb(peak), mb(steady), mb(index))
	}
}

// liveHeap is the live heap after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// vmHWM is the process's peak resident set size in bytes.
func vmHWM(t *testing.T) uint64 {
	t.Helper()
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				t.Fatal(fmt.Errorf("VmHWM %q: %w", rest, err))
			}
			return kb << 10
		}
	}
	t.Skip("no VmHWM in /proc/self/status")
	return 0
}

func TestReloadLimit(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		name  string
		live  uint64
		prev  int64
		limit int64
		ok    bool
	}{
		{"no limit yet", 100 * mb, math.MaxInt64, 240*mb + reloadLimitFloor, true},
		{"small corpus gets the floor", 5 * mb, math.MaxInt64, 12*mb + reloadLimitFloor, true},
		{"stricter GOMEMLIMIT kept", 100 * mb, 200 * mb, 0, false},
		{"equal limit kept", 100 * mb, 240*mb + reloadLimitFloor, 0, false},
		{"nothing measured", 0, math.MaxInt64, 0, false},
		{"overflow", math.MaxUint64, math.MaxInt64, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			limit, ok := reloadLimit(tc.live, tc.prev)
			if limit != tc.limit || ok != tc.ok {
				t.Errorf("reloadLimit(%d, %d) = %d, %v; want %d, %v", tc.live, tc.prev, limit, ok, tc.limit, tc.ok)
			}
		})
	}
}

// A reload restores the process's memory limit when it ends, failed or not.
func TestReloadRestoresMemoryLimit(t *testing.T) {
	prev := debug.SetMemoryLimit(1 << 40)
	defer debug.SetMemoryLimit(prev)
	h := &holder{}
	r := &Reloader{Dir: t.TempDir(), Target: h, NoWatch: true, Log: quiet}
	if err := r.Reload(); err == nil {
		t.Fatal("reload of an empty directory succeeded")
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("memory limit after a reload = %d, want %d", got, int64(1<<40))
	}
	// While a reload runs the limit is bounded by the live heap.
	var during int64
	r.Load = func(string) (*corpus.Corpus, error) {
		during = debug.SetMemoryLimit(-1)
		return nil, fmt.Errorf("no corpus")
	}
	_ = r.Reload()
	if want, ok := reloadLimit(memlimit.Live(), 1<<40); ok && (during >= 1<<40 || during <= 0) {
		t.Errorf("memory limit during a reload = %d, want about %d", during, want)
	}
}

// Under a serving limit (memlimit.Serve: headroom over one corpus), a
// reload, which holds two corpora, bounds itself from the process's own
// limit, not from the serving one, and gives the serving limit back.
func TestReloadLiftsServingLimit(t *testing.T) {
	prev := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(prev)
	stop := memlimit.Serve(memlimit.Policy{HeadroomPercent: 1, Floor: 1 << 20})
	defer stop()
	serving := debug.SetMemoryLimit(-1)
	var during int64
	h := &holder{}
	r := &Reloader{Dir: t.TempDir(), Target: h, NoWatch: true, Log: quiet, Load: func(string) (*corpus.Corpus, error) {
		during = debug.SetMemoryLimit(-1)
		return nil, fmt.Errorf("no corpus")
	}}
	_ = r.Reload()
	if want, _ := reloadLimit(memlimit.Live(), math.MaxInt64); during <= serving || during > want+(8<<20) {
		t.Errorf("limit during the reload %d, want the reload's own (about %d), above the serving %d", during, want, serving)
	}
	if got := debug.SetMemoryLimit(-1); got == math.MaxInt64 || got >= during {
		t.Errorf("limit after the reload %d, want the serving limit back (about %d)", got, serving)
	}
}
