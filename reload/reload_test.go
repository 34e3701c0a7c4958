package reload

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/stancebot/stancebot/corpus"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// holder is a Target like *bot.Bot: an atomic pointer.
type holder struct{ p atomic.Pointer[corpus.Corpus] }

func (h *holder) Corpus() *corpus.Corpus     { return h.p.Load() }
func (h *holder) SetCorpus(c *corpus.Corpus) { h.p.Store(c) }

// dirLoader is a fake corpus.LoadDir: one statement per .txt file.
type dirLoader struct {
	calls atomic.Int32
	fail  atomic.Pointer[error]
}

func (l *dirLoader) load(dir string) (*corpus.Corpus, error) {
	l.calls.Add(1)
	if e := l.fail.Load(); e != nil {
		return nil, *e
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, err
	}
	sort.Strings(names)
	var stmts []corpus.Statement
	for _, n := range names {
		stmts = append(stmts, corpus.Statement{Text: filepath.Base(n), Key: n})
	}
	return newCorpus(fmt.Sprint(names), stmts...), nil
}

// newCorpus is an indexed corpus of stmts with the given version.
func newCorpus(version string, stmts ...corpus.Statement) *corpus.Corpus {
	c := corpus.FromStatements(stmts)
	c.Version = version
	return c
}

func TestReload(t *testing.T) {
	old := newCorpus("old", corpus.Statement{Text: "x"})
	good := newCorpus("new", corpus.Statement{Text: "y"})
	tests := []struct {
		name    string
		load    func(string) (*corpus.Corpus, error)
		wantErr error
		want    *corpus.Corpus
	}{
		{"new corpus swapped in", func(string) (*corpus.Corpus, error) { return good, nil }, nil, good},
		{"load error keeps the old corpus", func(string) (*corpus.Corpus, error) { return nil, os.ErrNotExist }, os.ErrNotExist, old},
		{"no statements keeps the old corpus", func(string) (*corpus.Corpus, error) {
			return &corpus.Corpus{Version: "empty", Warnings: []corpus.Warning{{File: "a.txt", Msg: "not UTF-8"}}}, nil
		}, ErrEmpty, old},
		{"nil corpus keeps the old corpus", func(string) (*corpus.Corpus, error) { return nil, nil }, ErrEmpty, old},
		{"same version is not swapped", func(string) (*corpus.Corpus, error) {
			return newCorpus("old", corpus.Statement{Text: "x"}), nil
		}, nil, old},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := &holder{}
			h.SetCorpus(old)
			r := &Reloader{Dir: "corpus", Target: h, Load: tc.load, Log: quiet}
			err := r.Reload()
			if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
				t.Errorf("Reload() = %v, want %v", err, tc.wantErr)
			}
			if h.Corpus() != tc.want {
				t.Errorf("corpus = %q, want %q", h.Corpus().Version, tc.want.Version)
			}
		})
	}
}

// waitFor polls cond; the deadline only guards against a hang.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestDebounceCoalescesABurst(t *testing.T) {
	h := &holder{}
	h.SetCorpus(newCorpus("old", corpus.Statement{}))
	var n atomic.Int32
	var mu sync.Mutex
	var timers []chan time.Time
	r := &Reloader{Dir: "corpus", Target: h, Log: quiet,
		Load: func(string) (*corpus.Corpus, error) {
			v := n.Add(1)
			return newCorpus(fmt.Sprint("v", v), corpus.Statement{}), nil
		},
		after: func(time.Duration) <-chan time.Time {
			mu.Lock()
			defer mu.Unlock()
			ch := make(chan time.Time, 1)
			timers = append(timers, ch)
			return ch
		},
	}
	events := make(chan fsnotify.Event)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- r.loop(ctx, events, nil, nil, nil) }()
	for i := 0; i < 5; i++ {
		events <- fsnotify.Event{Name: fmt.Sprintf("corpus/%d.txt", i), Op: fsnotify.Write}
	}
	events <- fsnotify.Event{Name: "corpus/.x.txt.swp", Op: fsnotify.Write} // ignored
	events <- fsnotify.Event{Name: "corpus/4.txt", Op: fsnotify.Chmod}      // ignored
	// Every event restarted the quiet period; fire all timers: only the last is still awaited.
	mu.Lock()
	if len(timers) != 5 {
		t.Errorf("%d debounce timers, want 5 (ignored events must not start one)", len(timers))
	}
	for _, ch := range timers {
		ch <- time.Now()
	}
	mu.Unlock()
	waitFor(t, "the reload", func() bool { return h.Corpus().Version == "v1" })
	r.Trigger() // a sync point: the next load is the trigger's
	waitFor(t, "the triggered reload", func() bool { return h.Corpus().Version == "v2" })
	if got := n.Load(); got != 2 {
		t.Errorf("%d loads, want 2 (one per burst, one per trigger)", got)
	}
	cancel()
	if err := <-done; err != nil {
		t.Error(err)
	}
}

func TestWatchReloadsOnFileChanges(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	os.Mkdir(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("a"), 0o644)
	l := &dirLoader{}
	h := &holder{}
	c, _ := l.load(dir)
	h.SetCorpus(c)
	r := &Reloader{Dir: dir, Target: h, Load: l.load, Debounce: 20 * time.Millisecond, Rewatch: 20 * time.Millisecond, Log: quiet}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error)
	go func() { done <- r.Run(ctx) }()
	statements := func(n int) func() bool { return func() bool { return h.Corpus().Len() == n } }

	// fsnotify may start after the first write; write again until it is
	// seen, less often than the debounce period (a write restarts it).
	waitFor(t, "b.txt to be loaded", func() bool {
		os.WriteFile(filepath.Join(dir, "b.txt"), []byte("b"), 0o644)
		time.Sleep(200 * time.Millisecond)
		return statements(2)()
	})
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("c"), 0o644)
	waitFor(t, "c.txt to be loaded", statements(3))
	os.Remove(filepath.Join(dir, "a.txt"))
	waitFor(t, "a.txt to be dropped", statements(2))

	// A load that fails keeps the corpus, and the next good one is taken.
	errBroken := errors.New("broken")
	l.fail.Store(&errBroken)
	calls := l.calls.Load()
	os.WriteFile(filepath.Join(dir, "d.txt"), []byte("d"), 0o644)
	waitFor(t, "the failing load", func() bool { return l.calls.Load() > calls })
	if !statements(2)() {
		t.Fatalf("failed load replaced the corpus: %d statements", h.Corpus().Len())
	}
	l.fail.Store(nil)
	os.WriteFile(filepath.Join(dir, "e.txt"), []byte("e"), 0o644)
	waitFor(t, "d and e", statements(4))

	// The directory vanishes: the corpus stays; it comes back: it is watched and loaded again.
	os.RemoveAll(dir)
	calls = l.calls.Load()
	os.Mkdir(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "z.txt"), []byte("z"), 0o644)
	waitFor(t, "the directory to be watched again", statements(1))
	if l.calls.Load() == calls {
		t.Error("no reload after the directory came back")
	}
	cancel()
	if err := <-done; err != nil {
		t.Error(err)
	}
}

func TestRunFailsOnMissingDir(t *testing.T) {
	r := &Reloader{Dir: filepath.Join(t.TempDir(), "nope"), Target: &holder{}, Log: quiet}
	if err := r.Run(context.Background()); err == nil {
		t.Error("Run on a missing directory succeeded")
	}
}

func TestSIGHUPReloads(t *testing.T) {
	h := &holder{}
	h.SetCorpus(newCorpus("old", corpus.Statement{}))
	var n atomic.Int32
	r := &Reloader{Dir: "corpus", Target: h, NoWatch: true, Log: quiet,
		Load: func(string) (*corpus.Corpus, error) {
			return newCorpus(fmt.Sprint("v", n.Add(1)), corpus.Statement{}), nil
		}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- r.Run(ctx) }()
	stop := NotifySIGHUP(ctx, r)
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the SIGHUP reload", func() bool { return h.Corpus().Version == "v1" })
	stop()
	cancel()
	if err := <-done; err != nil {
		t.Error(err)
	}
}
