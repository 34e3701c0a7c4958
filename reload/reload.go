// Package reload keeps a running bot's corpus current: it watches the
// corpus directory and its subdirectories (fsnotify, debounced; .txt
// files and .tsv data files such as holders.tsv) and listens for SIGHUP, loads the
// new corpus in the background and swaps it in atomically. Questions in
// flight finish on the corpus they started with (the bot holds it in an
// atomic pointer); a corpus that fails to load is not swapped in.
package reload

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/metrics"
)

// Target holds the live corpus; *bot.Bot implements it.
type Target interface {
	Corpus() *corpus.Corpus
	SetCorpus(c *corpus.Corpus)
}

// Reloader reloads Dir into Target.
type Reloader struct {
	Dir    string
	Target Target
	// Load reads the directory (nil: LoadContext).
	Load func(dir string) (*corpus.Corpus, error)
	// LoadContext reads the directory, giving up when ctx is done (Run's
	// context: shutdown never waits on a load). Used when Load is nil;
	// nil: corpus.LoadDir with default options.
	LoadContext func(ctx context.Context, dir string) (*corpus.Corpus, error)
	// Debounce is how long the directory must stay quiet before a reload
	// (0: 500ms): saving or copying many files causes one reload.
	Debounce time.Duration
	// Rewatch is how often a vanished directory is looked for again (0: 5s).
	Rewatch time.Duration
	// NoWatch makes Run reload only on Trigger (SIGHUP), not on file changes.
	NoWatch bool
	Log     *slog.Logger

	mu       sync.Mutex // serialises reloads
	kickOnce sync.Once
	kick     chan struct{}
	// after makes debounce timers; tests replace it.
	after func(time.Duration) <-chan time.Time
}

// ErrEmpty is returned when a load yields no statement at all; the old
// corpus is kept (an empty or half-copied directory is not a corpus).
var ErrEmpty = errors.New("no statements loaded")

func (r *Reloader) log() *slog.Logger {
	if r.Log == nil {
		return slog.Default()
	}
	return r.Log
}

func (r *Reloader) kickCh() chan struct{} {
	r.kickOnce.Do(func() { r.kick = make(chan struct{}, 1) })
	return r.kick
}

// Trigger asks a running Run to reload now. It never blocks; requests made
// while a reload is running are coalesced into one more reload.
func (r *Reloader) Trigger() {
	select {
	case r.kickCh() <- struct{}{}:
	default:
	}
}

// Reload loads the directory now and swaps the result in. On error the
// current corpus stays and the error says why.
func (r *Reloader) Reload() error { return r.ReloadContext(context.Background()) }

// ReloadContext is Reload, abandoned (keeping the current corpus) when ctx
// is done.
func (r *Reloader) ReloadContext(ctx context.Context) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	defer boundReloadMemory()()
	load := func(dir string) (*corpus.Corpus, error) { return corpus.LoadDir(ctx, dir, corpus.Options{}) }
	switch {
	case r.Load != nil:
		load = r.Load
	case r.LoadContext != nil:
		load = func(dir string) (*corpus.Corpus, error) { return r.LoadContext(ctx, dir) }
	}
	c, err := load(r.Dir)
	if err == nil && (c == nil || c.Len() == 0) {
		err = ErrEmpty
		if c != nil && len(c.Warnings) > 0 {
			err = fmt.Errorf("%w (%d files skipped, first: %s)", ErrEmpty, len(c.Warnings), c.Warnings[0])
		}
	}
	if err != nil && ctx.Err() != nil {
		// Shutting down: the load was abandoned, not failed.
		r.log().Info("corpus reload abandoned at shutdown", "dir", r.Dir)
		return fmt.Errorf("reload %s: %w", r.Dir, ctx.Err())
	}
	if err != nil {
		metrics.CorpusReload(false)
		old := ""
		if cur := r.Target.Corpus(); cur != nil {
			old = cur.Version
		}
		r.log().Error("corpus reload failed; keeping the current corpus", "dir", r.Dir, "err", err, "version", old)
		return fmt.Errorf("reload %s: %w", r.Dir, err)
	}
	metrics.CorpusReload(true)
	for _, w := range c.Warnings {
		r.log().Warn("corpus file skipped or repaired", "file", w.File, "msg", w.Msg)
	}
	if cur := r.Target.Corpus(); cur != nil && cur.Version == c.Version && c.Version != "" {
		r.log().Info("corpus unchanged", "version", c.Version)
		return nil
	}
	r.Target.SetCorpus(c)
	r.log().Info("corpus reloaded", "dir", r.Dir, "version", c.Version, "statements", c.Len(), "warnings", len(c.Warnings))
	return nil
}

// Run watches Dir and reloads after changes (debounced) and on Trigger,
// until ctx is cancelled. It returns an error only if watching cannot start.
func (r *Reloader) Run(ctx context.Context) error {
	if r.NoWatch {
		return r.loop(ctx, nil, nil, nil, nil)
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch %s: %w", r.Dir, err)
	}
	defer w.Close()
	if err := w.Add(r.Dir); err != nil {
		return fmt.Errorf("watch %s: %w", r.Dir, err)
	}
	r.watchTree(w, r.Dir)
	rewatch := r.Rewatch
	if rewatch <= 0 {
		rewatch = 5 * time.Second
	}
	lost := make(chan struct{}, 1)
	found := make(chan struct{}, 1)
	go func() { // re-adds the watch when the directory comes back
		t := time.NewTicker(rewatch)
		defer t.Stop()
		watching := true
		for {
			select {
			case <-ctx.Done():
				return
			case <-lost:
				watching = false
			case <-t.C:
				if !watching && w.Add(r.Dir) == nil {
					watching = true
					r.watchTree(w, r.Dir)
					r.log().Info("watching the corpus directory again", "dir", r.Dir)
					select {
					case found <- struct{}{}:
					default:
					}
				}
			}
		}
	}()
	events := make(chan fsnotify.Event)
	go func() { // follows new subdirectories before the loop sees their events
		defer close(events)
		for {
			select {
			case <-ctx.Done():
				return
			case ev, ok := <-w.Events:
				if !ok {
					return
				}
				if ev.Op.Has(fsnotify.Create) && !hidden(ev.Name) {
					if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() {
						r.watchTree(w, ev.Name)
					}
				}
				select {
				case events <- ev:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return r.loop(ctx, events, w.Errors, lost, found)
}

// watchTree adds a watch on every subdirectory under dir (fsnotify is not
// recursive), skipping hidden ones as the loader does. Symbolic links are
// not followed, as the loader does not follow them into directories.
func (r *Reloader) watchTree(w *fsnotify.Watcher, dir string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if p != dir && hidden(p) {
			return filepath.SkipDir
		}
		if err := w.Add(p); err != nil {
			r.log().Warn("cannot watch a corpus subdirectory", "dir", p, "err", err)
		}
		return nil
	})
}

func hidden(p string) bool { return strings.HasPrefix(filepath.Base(p), ".") }

// loop debounces events and runs reloads one at a time in the background.
func (r *Reloader) loop(ctx context.Context, events <-chan fsnotify.Event, errs <-chan error, lost, found chan struct{}) error {
	after := r.after
	if after == nil {
		after = time.After
	}
	debounce := r.Debounce
	if debounce <= 0 {
		debounce = 500 * time.Millisecond
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case <-r.kickCh():
				r.ReloadContext(ctx) // logs and counts its own failures
			}
		}
	}()
	var quiet <-chan time.Time // nil: no change pending
	dir := filepath.Clean(r.Dir)
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-events:
			if !ok {
				return nil
			}
			if filepath.Clean(ev.Name) == dir && ev.Op.Has(fsnotify.Remove|fsnotify.Rename) {
				r.log().Warn("corpus directory removed; keeping the current corpus until it returns", "dir", r.Dir)
				select {
				case lost <- struct{}{}:
				default:
				}
				continue
			}
			if !relevant(ev) {
				continue
			}
			quiet = after(debounce)
		case err, ok := <-errs:
			if !ok {
				return nil
			}
			r.log().Warn("corpus watch", "dir", r.Dir, "err", err)
		case <-found:
			r.Trigger()
		case <-quiet:
			quiet = nil
			r.Trigger()
		}
	}
}

// relevant reports whether an event can change the corpus: a .txt file or
// a data file (*.tsv: holders.tsv, the citation table corpus.SourcesFile)
// created, written, removed or renamed, or a subdirectory created, removed
// or renamed (it may hold or have held .txt files); permission-only
// changes are not.
func relevant(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	base := filepath.Base(ev.Name)
	if strings.HasPrefix(base, ".") {
		return false
	}
	lower := strings.ToLower(base)
	if strings.HasSuffix(lower, ".txt") || strings.HasSuffix(lower, ".tsv") || base == corpus.SourcesFile {
		return true
	}
	if ev.Op.Has(fsnotify.Create) {
		fi, err := os.Lstat(ev.Name)
		return err == nil && fi.IsDir()
	}
	// A removed or renamed directory can no longer be looked at: a name
	// without an extension is taken for one.
	return ev.Op.Has(fsnotify.Remove|fsnotify.Rename) && filepath.Ext(base) == ""
}

// NotifySIGHUP makes SIGHUP trigger r until ctx is cancelled or stop is
// called.
func NotifySIGHUP(ctx context.Context, r *Reloader) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGHUP)
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-ch:
				r.log().Info("SIGHUP: reloading the corpus", "dir", r.Dir)
				r.Trigger()
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		cancel()
		<-done
	}
}
