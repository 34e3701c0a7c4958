package reload

import (
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/stancebot/stancebot/corpus"
)

func TestRelevantEvents(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "2024")
	os.Mkdir(sub, 0o755)
	tests := []struct {
		ev   fsnotify.Event
		want bool
	}{
		{fsnotify.Event{Name: "c/a.txt", Op: fsnotify.Write}, true},
		{fsnotify.Event{Name: "c/A.TXT", Op: fsnotify.Create}, true},
		{fsnotify.Event{Name: "c/holders.tsv", Op: fsnotify.Write}, true},
		{fsnotify.Event{Name: "c/sub/x.tsv", Op: fsnotify.Remove}, true},
		{fsnotify.Event{Name: sub, Op: fsnotify.Create}, true},
		{fsnotify.Event{Name: "c/gone", Op: fsnotify.Remove}, true},
		{fsnotify.Event{Name: "c/.a.txt.swp", Op: fsnotify.Write}, false},
		{fsnotify.Event{Name: "c/a.txt", Op: fsnotify.Chmod}, false},
		{fsnotify.Event{Name: "c/notes.md", Op: fsnotify.Write}, false},
	}
	for _, tt := range tests {
		if got := relevant(tt.ev); got != tt.want {
			t.Errorf("relevant(%v) = %v, want %v", tt.ev, got, tt.want)
		}
	}
}

// TestWatchFollowsSubdirectoriesAndData: changes in a subdirectory, in a
// subdirectory created after the watch started, and to holders.tsv all
// reload the corpus.
func TestWatchFollowsSubdirectoriesAndData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	os.MkdirAll(filepath.Join(dir, "old"), 0o755)
	write := func(rel, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, rel), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Peru has noted the difficulty of attribution in cyberspace.\n")
	h := &holder{}
	var loads atomic.Int32
	r := &Reloader{Dir: dir, Target: h, Debounce: 20 * time.Millisecond, Log: quiet,
		LoadContext: func(ctx context.Context, d string) (*corpus.Corpus, error) {
			loads.Add(1)
			return corpus.LoadDir(ctx, d, corpus.Options{})
		}}
	if err := r.Reload(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error)
	go func() { done <- r.Run(ctx) }()
	holds := func(country string) func() bool { return func() bool { return h.Corpus().Holds(country) } }

	// fsnotify may start after the first write: write until it is seen.
	waitFor(t, "old/b.txt to be loaded", func() bool {
		write("old/b.txt", "Cuba called for a safe cyberspace environment for all.\n")
		time.Sleep(150 * time.Millisecond)
		return holds("Cuba")()
	})
	if err := os.MkdirAll(filepath.Join(dir, "new", "deeper"), 0o755); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "new/deeper/c.txt to be loaded", func() bool {
		write("new/deeper/c.txt", "Kenya argued that capacity building must be demand-driven.\n")
		time.Sleep(150 * time.Millisecond)
		return holds("Kenya")()
	})
	time.Sleep(500 * time.Millisecond) // let reloads the writes above started finish
	before := loads.Load()
	write("holders.tsv", "a\tPeru has noted the difficulty of attribution\tChile\n")
	waitFor(t, "holders.tsv to be applied", holds("Chile"))
	if loads.Load() == before {
		t.Error("holders.tsv changed the corpus without a load")
	}
	cancel()
	if err := <-done; err != nil {
		t.Error(err)
	}
}

// TestReloadSkipsAFIFO: a named pipe called x.txt in the corpus directory
// neither hangs a reload nor the shutdown after it.
func TestReloadSkipsAFIFO(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Peru has noted the difficulty of attribution in cyberspace.\n"), 0o644)
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	h := &holder{}
	r := &Reloader{Dir: dir, Target: h, NoWatch: true, Log: quiet}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- r.Run(ctx) }()
	r.Trigger()
	waitFor(t, "the reload past the pipe", func() bool { return h.Corpus() != nil && h.Corpus().Holds("Peru") })
	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("shutdown hung")
	}
}

// TestShutdownAbandonsALoad: cancelling Run's context stops a load in
// progress (LoadContext sees it) and Run returns; the corpus is kept.
func TestShutdownAbandonsALoad(t *testing.T) {
	old := newCorpus("old", corpus.Statement{})
	h := &holder{}
	h.SetCorpus(old)
	started := make(chan struct{})
	r := &Reloader{Dir: "corpus", Target: h, NoWatch: true, Log: quiet,
		LoadContext: func(ctx context.Context, _ string) (*corpus.Corpus, error) {
			close(started)
			<-ctx.Done()
			return nil, ctx.Err()
		}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- r.Run(ctx) }()
	r.Trigger()
	<-started
	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return while a load was in progress")
	}
	if h.Corpus() != old {
		t.Error("the corpus changed")
	}
}
