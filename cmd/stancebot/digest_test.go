package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/adapters/console"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/reload"
	"github.com/stancebot/stancebot/schedule"
	"github.com/stancebot/stancebot/seeds"
	"github.com/stancebot/stancebot/store"
)

var quietLog = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestDigestCLI(t *testing.T) {
	tests := []struct {
		args       []string
		code       int
		out, errs  []string
		notOut     []string
		jsonThemes int
	}{
		{args: []string{"digest", "attribution"}, code: 0,
			out: []string{"== attribution ==", "Peru", "[000_1ebf36fdb85f7c30]", "1 statement on attribution."}},
		{args: []string{"digest", "due", "diligence", "countermeasures"}, code: 0,
			out: []string{"== due diligence ==", "== countermeasures ==", "Nothing in the corpus on this theme yet.", "nothing in the corpus on countermeasures"}},
		{args: []string{"digest", "due diligence", "--country", "South Korea"}, code: 0,
			out: []string{"South Korea"}, notOut: []string{"\nPeru\n"}},
		{args: []string{"digest", "--json", "attribution", "sovereignty"}, code: 0, jsonThemes: 2},
		{args: []string{"digest", "astrology"}, code: 2, errs: []string{`unknown theme "astrology"`, "themes: attribution, due diligence"}},
		{args: []string{"digest", "attribution", "--country", "Atlantis"}, code: 2, errs: []string{`stancebot digest: unknown country "Atlantis"`}},
		{args: []string{"digest"}, code: 2, errs: []string{"usage: stancebot digest"}},
		{args: []string{"digest", "--corpus", "/nonexistent/corpus", "attribution"}, code: 1, errs: []string{"stancebot digest: load corpus /nonexistent/corpus"}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errs := runCmd(t, "", tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, errs)
			}
			for _, w := range tc.out {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.notOut {
				if strings.Contains(out, w) {
					t.Errorf("stdout has %q:\n%s", w, out)
				}
			}
			for _, w := range tc.errs {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			if tc.jsonThemes > 0 {
				var d bot.Digest
				if err := json.Unmarshal([]byte(out), &d); err != nil {
					t.Fatalf("not JSON: %v\n%s", err, out)
				}
				if len(d.Themes) != tc.jsonThemes || d.CorpusVersion == "" || len(d.Themes[0].Entries) == 0 || d.Themes[0].Entries[0].Key == "" {
					t.Errorf("JSON digest = %+v", d)
				}
			}
		})
	}
}

// recSender records digests per room.
type recSender struct {
	mu  sync.Mutex
	got map[string][]bot.Digest
}

func (r *recSender) Send(_ context.Context, room string, rep bot.Reply) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.got == nil {
		r.got = map[string][]bot.Digest{}
	}
	r.got[room] = append(r.got[room], *rep.Digest)
	return nil
}

func (r *recSender) digests(room string) []bot.Digest {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]bot.Digest(nil), r.got[room]...)
}

func TestDigestJobsFromConfig(t *testing.T) {
	doc := `slack:
  bot_token: ${SLACK_BOT_TOKEN}
  app_token: ${SLACK_APP_TOKEN}
matrix:
  homeserver: https://matrix.example.org
  user_id: "@bot:example.org"
  access_token: ${MATRIX_ACCESS_TOKEN}
digests:
  - name: weekly-norms
    cron: "0 9 * * MON"
    timezone: Europe/Brussels
    themes: [attribution, %s]
    countries: [%s]
    targets: [slack:C0123ABCD, "matrix:!abc:example.org"]
    grace: 2h
`
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_APP_TOKEN": "xapp-test-token", "MATRIX_ACCESS_TOKEN": "syt_test_token"}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	parse := func(theme, country string) *config.Config {
		t.Helper()
		cfg, err := config.Parse("config.yaml", []byte(fmt.Sprintf(doc, theme, country)), lookup)
		if err != nil {
			t.Fatal(err)
		}
		return cfg
	}
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(c)
	jobs, err := digestJobs(parse("due diligence", "Peru"), b)
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 1 || jobs[0].ID != "digest:weekly-norms" || len(jobs[0].Targets) != 2 || jobs[0].Grace != 2*time.Hour {
		t.Fatalf("jobs = %+v", jobs)
	}
	next := jobs[0].Spec.Next(time.Date(2026, 3, 28, 0, 0, 0, 0, time.UTC))
	if want := time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC); !next.Equal(want) {
		t.Errorf("next = %v, want %v (09:00 CEST)", next, want)
	}
	_, err = digestJobs(parse("astrology", "Atlantis"), b)
	for _, w := range []string{`config.yaml:12: digests[0].themes[1]: digest "weekly-norms": unknown theme "astrology"`,
		`config.yaml:13: digests[0].countries[0]: digest "weekly-norms": unknown country "Atlantis"`} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("error %v lacks %q", err, w)
		}
	}
}

// copySeeds writes the embedded seeds into a new corpus directory.
func copySeeds(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	names, _ := seeds.FS.ReadDir(".")
	for _, n := range names {
		if !strings.HasSuffix(n.Name(), ".txt") {
			continue
		}
		b, err := seeds.FS.ReadFile(n.Name())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const newFile = `Estonia considers that attribution of a cyber operation to a state is a sovereign national decision, taken on all-source intelligence and announced publicly when appropriate.
`

func TestNewMarkedAfterAddingACorpusFile(t *testing.T) {
	dir := copySeeds(t)
	c, err := corpus.LoadDir(context.Background(), dir, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(c)
	st, err := store.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	slack := &recSender{}
	cfg := &config.Config{Digests: []config.Digest{{Name: "weekly-norms", Cron: "0 9 * * MON", Timezone: "Europe/Brussels",
		Themes: []string{"attribution", "due diligence"}, Targets: []string{"slack:C0123ABCD"}}}}
	jobs, err := digestJobs(cfg, b)
	if err != nil {
		t.Fatal(err)
	}
	jobs[0].Since = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	s := &schedule.Scheduler{Builder: b, Ledger: st, Senders: map[string]adapters.Sender{"slack": slack}, Jobs: jobs, Log: quietLog}
	if err := s.Recover(context.Background()); err != nil {
		t.Fatal(err)
	}
	r := &reload.Reloader{Dir: dir, Target: b, Log: quietLog}
	week := func(n int) time.Time { return time.Date(2026, 3, 23+7*n, 8, 0, 0, 0, time.UTC) } // Mondays 09:00 CET/CEST (rounded up)

	s.Tick(context.Background(), week(0))
	if err := os.WriteFile(filepath.Join(dir, "900_estonia.txt"), []byte(newFile), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := r.Reload(); err != nil {
		t.Fatal(err)
	}
	if b.Corpus().Version == c.Version {
		t.Fatal("reload did not change the corpus")
	}
	s.Tick(context.Background(), week(1))
	s.Tick(context.Background(), week(2))
	ds := slack.digests("C0123ABCD")
	if len(ds) != 3 {
		t.Fatalf("%d digests sent, want 3", len(ds))
	}
	marks := func(d bot.Digest) map[string]bool {
		m := map[string]bool{}
		for _, th := range d.Themes {
			if th.Theme != "attribution" {
				continue
			}
			for _, e := range th.Entries {
				m[e.Country] = e.New
			}
		}
		return m
	}
	if m := marks(ds[0]); m["Peru"] || len(m) == 0 {
		t.Errorf("first digest marks %v; nothing should be new", m)
	}
	m := marks(ds[1])
	if isNew, ok := m["Estonia"]; !ok || !isNew {
		t.Errorf("second digest: Estonia %v (present %v), want new; all: %v", isNew, ok, m)
	}
	if m["Peru"] {
		t.Errorf("second digest marks Peru new")
	}
	if m := marks(ds[2]); m["Estonia"] || m["Peru"] {
		t.Errorf("third digest marks %v; nothing changed since the second", m)
	}
	if ds[1].CorpusVersion != b.Corpus().Version || ds[0].CorpusVersion != c.Version {
		t.Errorf("corpus versions %s, %s", ds[0].CorpusVersion, ds[1].CorpusVersion)
	}
}

func TestHotReloadUnderConcurrentQuestions(t *testing.T) {
	dir := copySeeds(t)
	c, err := corpus.LoadDir(context.Background(), dir, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(c)
	r := &reload.Reloader{Dir: dir, Target: b, Log: quietLog}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				rep := b.Handle(ctx, bot.Question{Text: "what does Peru say on attribution?", Platform: "console", Room: "console"})
				if len(rep.Answers) == 0 || rep.Answers[0].Country != "Peru" {
					errs <- fmt.Sprintf("answer during reload: %+v", rep)
					return
				}
				if _, _, err := b.Digest("", []string{"attribution"}, nil, nil, time.Now()); err != nil {
					errs <- err.Error()
					return
				}
			}
		}()
	}
	path := filepath.Join(dir, "900_estonia.txt")
	versions := map[string]bool{}
	for i := 0; i < 20; i++ {
		if i%2 == 0 {
			os.WriteFile(path, []byte(newFile), 0o644)
		} else {
			os.Remove(path)
		}
		if err := r.Reload(); err != nil {
			t.Fatal(err)
		}
		versions[b.Corpus().Version] = true
	}
	cancel()
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if len(versions) != 2 {
		t.Errorf("%d corpus versions seen, want 2 (with and without the new file)", len(versions))
	}
}

func TestBrokenCorpusDuringReloadKeepsTheOld(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(dir string)
	}{
		{"directory removed", func(dir string) { os.RemoveAll(dir) }},
		{"no .txt file left", func(dir string) {
			names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
			for _, n := range names {
				os.Remove(n)
			}
		}},
		{"only unreadable files left", func(dir string) {
			names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
			for _, n := range names {
				os.WriteFile(n, []byte{0xff, 0xfe, 0xfd, 0x00, 0x80, '\n'}, 0o644)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := copySeeds(t)
			c, err := corpus.LoadDir(context.Background(), dir, corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			b := bot.New(c)
			r := &reload.Reloader{Dir: dir, Target: b, Log: quietLog}
			tc.break_(dir)
			if err := r.Reload(); err == nil {
				t.Fatal("reload of a broken corpus succeeded")
			}
			if b.Corpus() != c {
				t.Fatal("the old corpus was replaced")
			}
			if rep := b.Ask("what does Peru say on attribution?", 0); len(rep.Answers) == 0 {
				t.Error("the bot stopped answering")
			}
		})
	}
}

func TestSubscriptionRoundTripThroughTheConsole(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(c)
	st, err := store.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out bytes.Buffer
	con := &console.Console{Out: &out, H: b, User: "alice"}
	senders := map[string]adapters.Sender{"console": con}
	cfg := &config.Config{Subscriptions: config.Subscriptions{DefaultTimezone: "Europe/Brussels"}}
	cmds := subscriptionCommands(cfg, b, st, senders, quietLog)
	now := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)
	cmds.Now = func() time.Time { return now }
	con.H = bot.Chain(b, cmds.Middleware)

	chat := func(lines ...string) string {
		t.Helper()
		out.Reset()
		con.In = strings.NewReader(strings.Join(lines, "\n") + "\n")
		if err := con.Run(context.Background()); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	got := chat("subscribe sovereignty weekly", "subscribe attribution due diligence daily UTC", "subscriptions")
	for _, w := range []string{
		"Subscribed #1: sovereignty, 0 9 * * MON (Europe/Brussels). Next digest: Mon 30 Mar 2026 09:00 CEST.",
		"Subscribed #2: attribution, due diligence, 0 9 * * * (UTC). Next digest: Sat 28 Mar 2026 09:00 UTC.",
		"#1 sovereignty", "#2 attribution, due diligence",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("console output lacks %q:\n%s", w, got)
		}
	}

	// The scheduler delivers subscription #2 to the console room.
	s := &schedule.Scheduler{Builder: b, Ledger: st, Subs: st, Senders: senders, Log: quietLog}
	if err := s.Recover(context.Background()); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if _, err := s.Tick(context.Background(), time.Date(2026, 3, 28, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.Contains(got, "[to console]") || !strings.Contains(got, "subscription #2") || !strings.Contains(got, "== due diligence ==") {
		t.Errorf("delivered digest:\n%s", got)
	}

	got = chat("unsubscribe attribution", "subscriptions", "unsubscribe 1", "subscriptions", "subscribe astrology weekly", "subscribe sovereignty 0 25 * * *")
	for _, w := range []string{"Unsubscribed #2.", "#1 sovereignty", "Unsubscribed #1.", "No subscriptions in this room",
		`I don't know the theme "astrology". Themes: attribution`, "Bad schedule"} {
		if !strings.Contains(got, w) {
			t.Errorf("console output lacks %q:\n%s", w, got)
		}
	}
	if subs, _ := st.AllSubscriptions(context.Background()); len(subs) != 0 {
		t.Errorf("subscriptions left: %+v", subs)
	}
}

func TestStartReloadFollowsTheCorpusDir(t *testing.T) {
	dir := copySeeds(t)
	c, err := loadCorpus(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(c)
	watch := true
	cfg := &config.Config{Corpus: config.CorpusConfig{Dir: dir, Watch: &watch}}
	stop := startReload(context.Background(), cfg, b, quietLog)
	defer stop()
	// The watch may start after the first write, so write again now and
	// then, less often than the debounce period (every write restarts it).
	deadline := time.Now().Add(30 * time.Second) // hang guard, not a timing assertion
	for i := 0; b.Corpus() == c; i++ {
		if time.Now().After(deadline) {
			t.Fatal("the corpus was not reloaded after a file was added")
		}
		if i%40 == 0 {
			os.WriteFile(filepath.Join(dir, "900_estonia.txt"), []byte(newFile), 0o644)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if got := b.Ask("what does Estonia say on attribution?", 0); len(got.Answers) == 0 || got.Answers[0].Country != "Estonia" {
		t.Errorf("after reload: %+v", got.Answers)
	}
	startReload(context.Background(), &config.Config{}, b, quietLog)() // no dir: a no-op
}
