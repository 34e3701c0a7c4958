package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/reload"
	"github.com/stancebot/stancebot/store"
)

// postBox is a Sender that records posts, failing while fail is set.
type postBox struct {
	mu    sync.Mutex
	posts []string // "room: message"
	fail  bool
}

func (b *postBox) Send(_ context.Context, room string, r bot.Reply) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.fail {
		return errors.New("platform down")
	}
	if r.Intent != bot.IntentChanges || r.Changes == nil {
		return errors.New("not a changes reply")
	}
	b.posts = append(b.posts, room+": "+r.Message)
	return nil
}

func (b *postBox) take() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	p := b.posts
	b.posts = nil
	return p
}

// TestChangesAcrossReloads loads a corpus directory through edits and
// restarts, with a real store and a room subscribed to changes.
func TestChangesAcrossReloads(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	load := func() *corpus.Corpus {
		t.Helper()
		c, err := corpus.LoadDir(context.Background(), dir, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "stancebot.db")
	st, err := store.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { st.Close() }()
	box := &postBox{}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	poster := func(st *store.Store) *changePoster {
		return &changePoster{Store: st, Senders: map[string]adapters.Sender{"slack": box}, Log: quiet, Retry: time.Millisecond}
	}
	p := poster(st)
	if _, err := st.SubscribeChanges(ctx, "slack", "C1", "U1", time.Now()); err != nil {
		t.Fatal(err)
	}

	write("accra.txt", "Ghana holds that attribution of cyber operations must rest on evidence shared with the accused state.\n"+
		"Ghana stresses that capacity building should come before any new binding instrument.\n")
	write("santiago.txt", "Chile considers that international law applies in full to the conduct of states in cyberspace.\n")
	if r := p.Loaded(ctx, load(), false); !r.Empty() || len(box.take()) != 0 {
		t.Fatal("the first load posted something")
	}

	// An edit, a removal and an addition.
	write("accra.txt", "Ghana holds that attribution of cyber operations must rest on evidence shared with the accused state.\n"+
		"Ghana stresses that capacity building should come first, with regional centres in West Africa.\n")
	os.Remove(filepath.Join(dir, "santiago.txt"))
	write("nairobi.txt", "Kenya proposes a regional point of contact network for incident response.\n")
	v2 := load()
	r := p.Loaded(ctx, v2, false)
	a, rm, ch := r.Counts()
	if a != 1 || rm != 1 || ch != 1 {
		t.Fatalf("report: %d added, %d removed, %d changed; want 1 each: %+v", a, rm, ch, r)
	}
	posts := box.take()
	if len(posts) != 1 || !strings.HasPrefix(posts[0], "C1: What changed in the corpus") ||
		!strings.Contains(posts[0], "• Ghana: 1 changed (accra)") || !strings.Contains(posts[0], "• Kenya: 1 added (nairobi)") ||
		!strings.Contains(posts[0], "• Chile: 1 removed (santiago)") {
		t.Fatalf("posts %q", posts)
	}

	// A no-op reload and a restart on the same corpus post nothing.
	if r := p.Loaded(ctx, load(), false); !r.Empty() {
		t.Errorf("no-op reload reported %+v", r)
	}
	st.Close()
	if st, err = store.Open(dbPath); err != nil {
		t.Fatal(err)
	}
	p = poster(st)
	p.Loaded(ctx, load(), false)
	if posts := box.take(); len(posts) != 0 {
		t.Fatalf("no-op reload or restart posted %q", posts)
	}

	// A citation-only edit makes a new version but changes no statement:
	// nothing is posted.
	write(corpus.SourcesFile, "id\ttitle\naccra\tGhana's statement\n")
	v3 := load()
	if v3.Version == v2.Version {
		t.Fatal("sources.tsv did not change the version")
	}
	if r := p.Loaded(ctx, v3, false); !r.Empty() || len(box.take()) != 0 {
		t.Fatalf("a citation-only change posted: %+v", r)
	}

	// After a restart, a change made while the bot was down is reported
	// against the version it last loaded; a failed post is retried, and
	// a second replica on the same store posts nothing more.
	os.Remove(filepath.Join(dir, "nairobi.txt"))
	box.mu.Lock()
	box.fail = true
	box.mu.Unlock()
	v4 := load()
	p.Loaded(ctx, v4, false)
	box.mu.Lock()
	box.fail = false
	box.mu.Unlock()
	deadline := time.Now().Add(10 * time.Second)
	posts = nil
	for len(posts) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
		box.mu.Lock()
		posts = append([]string(nil), box.posts...)
		box.mu.Unlock()
	}
	if len(posts) != 1 || !strings.Contains(posts[0], "• Kenya: 1 removed (nairobi)") {
		t.Fatalf("retried post %q", posts)
	}
	replica := poster(st)
	replica.post(ctx, r, time.Now()) // an old report again
	replica.Loaded(ctx, v4, true)
	time.Sleep(20 * time.Millisecond)
	if got := box.take(); len(got) != 1 {
		t.Fatalf("posts after a second replica: %q", got)
	}
}

// A post the process did not make before it stopped (or a follower left
// to the leader) is made when the next leader resumes, once, and only to
// rooms subscribed before the change.
func TestChangesResumeAndLeadership(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "stancebot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	load := func() *corpus.Corpus {
		c, err := corpus.LoadDir(ctx, dir, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	box := &postBox{}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	clock := time.Unix(1_800_000_000, 0)
	var leads bool
	replica := &changePoster{Store: st, Senders: map[string]adapters.Sender{"slack": box}, Log: quiet, Retry: time.Millisecond,
		Now: func() time.Time { return clock }, Leading: func() bool { return leads }}
	st.SubscribeChanges(ctx, "slack", "C1", "U1", clock)

	write("accra.txt", "Ghana stresses that capacity building should come before any new binding instrument.\n")
	leads = true
	replica.Loaded(ctx, load(), false)
	write("nairobi.txt", "Kenya proposes a regional point of contact network for incident response.\n")
	v2 := load()

	// A follower loads v2: it records and posts nothing.
	leads = false
	clock = clock.Add(time.Minute)
	if r := replica.Loaded(ctx, v2, false); !r.Empty() || len(box.take()) != 0 {
		t.Fatal("a follower posted")
	}
	if h, _ := st.CorpusHistory(ctx); len(h) != 1 {
		t.Fatalf("a follower recorded: %+v", h)
	}
	// It becomes the leader: the resume records v2 and posts.
	leads = true
	clock = clock.Add(time.Minute)
	replica.Loaded(ctx, v2, true)
	if p := box.take(); len(p) != 1 || !strings.Contains(p[0], "Kenya: 1 added") {
		t.Fatalf("posts after taking the lead: %q", p)
	}
	// A room that subscribes afterwards is not sent this old change on the
	// next resume; the first room is not sent it twice.
	clock = clock.Add(time.Minute)
	st.SubscribeChanges(ctx, "slack", "C2", "U1", clock)
	replica.Loaded(ctx, v2, true)
	if p := box.take(); len(p) != 0 {
		t.Fatalf("resume posted again: %q", p)
	}
	// A room whose post never happened (the process died after recording)
	// gets it on resume.
	st.DB().Exec(`DELETE FROM change_posts`)
	replica.Loaded(ctx, v2, true)
	if p := box.take(); len(p) != 1 || !strings.HasPrefix(p[0], "C1: ") {
		t.Fatalf("resume after a crash: %q", p)
	}
}

// TestChangesThroughTheReloader wires the poster as serve does: the
// reloader swaps corpora into the load target, whose queue feeds the
// poster; a reload that changes a statement posts once, one that does not
// posts nothing.
func TestChangesThroughTheReloader(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("accra.txt", "Ghana stresses that capacity building should come before any new binding instrument.\n")
	c, err := corpus.LoadDir(ctx, dir, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(filepath.Join(t.TempDir(), "stancebot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.SubscribeChanges(ctx, "slack", "C1", "U1", time.Now().Add(-time.Hour))
	box := &postBox{}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	loads := newLoadTarget(bot.New(c))
	stop := startChanges(ctx, loads, &changePoster{Store: st, Senders: map[string]adapters.Sender{"slack": box}, Log: quiet})
	defer stop()
	r := &reload.Reloader{Dir: dir, Target: loads, NoWatch: true, Log: quiet}

	write("nairobi.txt", "Kenya proposes a regional point of contact network for incident response.\n")
	if err := r.Reload(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	var posts []string
	for len(posts) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
		box.mu.Lock()
		posts = append(posts, box.posts...)
		box.mu.Unlock()
	}
	if len(posts) != 1 || !strings.Contains(posts[0], "• Kenya: 1 added (nairobi)") {
		t.Fatalf("posts after the reload: %q", posts)
	}
	box.take()
	// A no-op reload (same files) and a reload after touching a file with
	// the same content post nothing.
	if err := r.Reload(); err != nil {
		t.Fatal(err)
	}
	write("nairobi.txt", "Kenya proposes a regional point of contact network for incident response.\n")
	if err := r.Reload(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	if p := box.take(); len(p) != 0 {
		t.Fatalf("a no-op reload posted %q", p)
	}
	if h, _ := st.CorpusHistory(ctx); len(h) != 2 {
		t.Fatalf("history %+v", h)
	}
}
