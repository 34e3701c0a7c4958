package schedule

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/metrics"
	"github.com/stancebot/stancebot/schedule/spec"
	"github.com/stancebot/stancebot/store"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

// fakeBuilder builds digests from a corpus it holds; SetCorpus swaps it.
type fakeBuilder struct {
	mu sync.Mutex
	c  fakeCorpus
}

// fakeCorpus is a corpus with the themes the test gave each statement (a
// real corpus finds them in the text).
type fakeCorpus struct {
	*corpus.Corpus
	stmts []corpus.Statement
}

func newCorpus(version string, stmts ...corpus.Statement) fakeCorpus {
	c := corpus.FromStatements(stmts)
	c.Version = version
	return fakeCorpus{c, stmts}
}

func stmt(country, theme, text string) corpus.Statement {
	return corpus.Statement{Country: country, Text: text, Sources: []string{"src"}, Themes: []string{theme}, Key: "k:" + text}
}

func (f *fakeBuilder) set(c fakeCorpus) { f.mu.Lock(); f.c = c; f.mu.Unlock() }

func (f *fakeBuilder) Digest(name string, themes, countries []string, previous map[string]bool, now time.Time) (bot.Digest, *corpus.Corpus, error) {
	f.mu.Lock()
	c := f.c
	f.mu.Unlock()
	var ans [][]bot.Answer
	for _, t := range themes {
		if t == "unknown" {
			return bot.Digest{}, nil, &bot.UnknownThemeError{Theme: t}
		}
		var as []bot.Answer
		for _, s := range c.stmts {
			for _, st := range s.Themes {
				if st == t {
					as = append(as, bot.Answer{Country: s.Country, Text: s.Text, Sources: s.Sources, Key: s.Key})
				}
			}
		}
		ans = append(ans, as)
	}
	return bot.BuildDigest(name, c.Version, now, themes, ans, previous), c.Corpus, nil
}

type sent struct {
	room string
	at   time.Time
	d    bot.Digest
	lang string
}

// fakeSender records deliveries; fail, when set, decides per room.
type fakeSender struct {
	mu    sync.Mutex
	clock func() time.Time
	got   []sent
	fail  func(ctx context.Context, room string) error
}

func (f *fakeSender) Send(ctx context.Context, room string, r bot.Reply) error {
	if f.fail != nil {
		if err := f.fail(ctx, room); err != nil {
			return err
		}
	}
	if r.Digest == nil || r.Intent != bot.IntentDigest {
		return errors.New("not a digest")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var at time.Time
	if f.clock != nil {
		at = f.clock()
	}
	f.got = append(f.got, sent{room: room, at: at, d: *r.Digest, lang: r.Lang})
	return nil
}

func (f *fakeSender) deliveries() []sent {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]sent(nil), f.got...)
}

// storeLocation is where openStore puts the ledger: a SQLite file, or a
// PostgreSQL schema while TestOnPostgres runs (these tests are not parallel).
var storeLocation = func(t *testing.T) string { return filepath.Join(t.TempDir(), "s.db") }

func openStore(t *testing.T) (*store.Store, string) {
	t.Helper()
	path := storeLocation(t)
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

func mustSpec(t *testing.T, expr, tz string) *spec.Spec {
	t.Helper()
	s, err := spec.Parse(expr, tz)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func newScheduler(t *testing.T, l Ledger, jobs []Job, senders map[string]*fakeSender) *Scheduler {
	t.Helper()
	s := &Scheduler{
		Builder: &fakeBuilder{c: newCorpus("v1", stmt("Peru", "attribution", "Attribution is hard."))},
		Ledger:  l, Jobs: jobs, Log: quiet, Senders: map[string]adapters.Sender{},
	}
	for p, f := range senders {
		s.Senders[p] = f
	}
	if err := s.Recover(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

func tick(t *testing.T, s *Scheduler, at time.Time) {
	t.Helper()
	if _, err := s.Tick(context.Background(), at); err != nil {
		t.Fatalf("Tick(%v): %v", at, err)
	}
}

func TestDSTInBrussels(t *testing.T) {
	tests := []struct {
		name, expr string
		from, to   string
		want       []string
	}{
		{"daily 02:30 across spring-forward", "30 2 * * *", "2026-03-27T12:00:00Z", "2026-03-30T12:00:00Z",
			[]string{"2026-03-28T01:30:00Z", "2026-03-29T01:30:00Z", "2026-03-30T00:30:00Z"}},
		{"daily 02:30 across fall-back", "30 2 * * *", "2026-10-23T12:00:00Z", "2026-10-26T12:00:00Z",
			[]string{"2026-10-24T00:30:00Z", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"}},
		{"weekly Monday 09:00 across spring-forward", "0 9 * * MON", "2026-03-20T00:00:00Z", "2026-04-07T00:00:00Z",
			[]string{"2026-03-23T08:00:00Z", "2026-03-30T07:00:00Z", "2026-04-06T07:00:00Z"}},
		{"weekly Monday 09:00 across fall-back", "0 9 * * MON", "2026-10-17T00:00:00Z", "2026-11-03T00:00:00Z",
			[]string{"2026-10-19T07:00:00Z", "2026-10-26T08:00:00Z", "2026-11-02T08:00:00Z"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, _ := openStore(t)
			slack := &fakeSender{}
			job := Job{ID: "digest:d", Name: "d", Spec: mustSpec(t, tc.expr, "Europe/Brussels"), Themes: []string{"attribution"},
				Targets: []delivery.Target{{Platform: "slack", Room: "C1"}}}
			s := newScheduler(t, st, []Job{job}, map[string]*fakeSender{"slack": slack})
			// Tick every 10 minutes for the daily schedule, hourly for the
			// weekly one (whose slots fall on the hour).
			step := 10 * time.Minute
			if strings.Contains(tc.expr, "MON") {
				step = time.Hour
			}
			var sentAt []string
			for now := utc(tc.from); !now.After(utc(tc.to)); now = now.Add(step) {
				before := len(slack.deliveries())
				tick(t, s, now)
				if len(slack.deliveries()) > before {
					sentAt = append(sentAt, now.Format(time.RFC3339))
				}
			}
			rows, err := st.LedgerSlots(context.Background(), "digest:d", "slack:C1")
			if err != nil {
				t.Fatal(err)
			}
			var slots []string
			for _, r := range rows {
				if r.State != delivery.SlotSent {
					t.Errorf("slot %v in state %s", r.Slot, r.State)
				}
				slots = append(slots, r.Slot.Format(time.RFC3339))
			}
			if strings.Join(slots, " ") != strings.Join(tc.want, " ") || strings.Join(sentAt, " ") != strings.Join(tc.want, " ") {
				t.Errorf("sent slots %v at ticks %v, want %v", slots, sentAt, tc.want)
			}
		})
	}
}

// crashLedger simulates a process dying at a point of the send path.
type crashLedger struct {
	*store.Store
	crashAfterClaim bool // dies after the claim, before Send
	crashAfterSend  bool // dies after Send, before recording it
}

var errCrash = errors.New("simulated crash")

func (c *crashLedger) ClaimSlot(ctx context.Context, job, target string, slot, now time.Time) (bool, error) {
	ok, err := c.Store.ClaimSlot(ctx, job, target, slot, now)
	if c.crashAfterClaim && ok && err == nil {
		return false, errCrash
	}
	return ok, err
}

func (c *crashLedger) MarkSent(ctx context.Context, job, target string, slot time.Time, version string, keys []string, now time.Time) error {
	if c.crashAfterSend {
		return errCrash
	}
	return c.Store.MarkSent(ctx, job, target, slot, version, keys, now)
}

func weekly(t *testing.T, targets ...delivery.Target) Job {
	return Job{ID: "digest:weekly-norms", Name: "weekly-norms", Spec: mustSpec(t, "0 9 * * MON", "Europe/Brussels"),
		Themes: []string{"attribution"}, Targets: targets, Since: utc("2026-03-01T00:00:00Z")}
}

func TestRestartInTheMiddleOfASlot(t *testing.T) {
	slot := utc("2026-03-30T07:00:00Z") // Monday 09:00 CEST
	tests := []struct {
		name       string
		crash      crashLedger
		firstSends int
	}{
		{"crash after send, before recording", crashLedger{crashAfterSend: true}, 1},
		{"crash after claim, before send", crashLedger{crashAfterClaim: true}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, path := openStore(t)
			slack := &fakeSender{}
			cl := tc.crash
			cl.Store = st
			s1 := newScheduler(t, &cl, []Job{weekly(t, delivery.Target{Platform: "slack", Room: "C1"})}, map[string]*fakeSender{"slack": slack})
			s1.Tick(context.Background(), slot) // errors are the simulated crash
			if n := len(slack.deliveries()); n != tc.firstSends {
				t.Fatalf("first process sent %d, want %d", n, tc.firstSends)
			}
			st.Close()

			st2, err := store.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer st2.Close()
			s2 := newScheduler(t, st2, []Job{weekly(t, delivery.Target{Platform: "slack", Room: "C1"})}, map[string]*fakeSender{"slack": slack})
			for _, at := range []time.Time{slot.Add(time.Minute), slot.Add(10 * time.Minute), slot.Add(2 * time.Hour)} {
				tick(t, s2, at)
			}
			if n := len(slack.deliveries()); n != tc.firstSends {
				t.Errorf("after restart %d deliveries, want %d (no duplicate)", n, tc.firstSends)
			}
			// fakeSender cannot read the room back: past the grace window
			// the slot is abandoned, not left unconfirmed for good.
			row, ok, _ := st2.LedgerSlot(context.Background(), "digest:weekly-norms", "slack:C1", slot)
			if !ok || row.State != delivery.SlotAbandoned {
				t.Errorf("slot row = %+v, want abandoned", row)
			}
			// The next week is sent normally.
			tick(t, s2, slot.Add(7*24*time.Hour))
			if n := len(slack.deliveries()); n != tc.firstSends+1 {
				t.Errorf("next week: %d deliveries, want %d", n, tc.firstSends+1)
			}
		})
	}
}

func TestRestartAfterAMissedSlot(t *testing.T) {
	slot := utc("2026-03-30T07:00:00Z")
	tests := []struct {
		name      string
		restartAt time.Time
		wantSent  int
		wantState string
	}{
		{"inside the grace window: sent once", slot.Add(59 * time.Minute), 1, delivery.SlotSent},
		{"outside the grace window: skipped", slot.Add(61 * time.Minute), 0, delivery.SlotSkipped},
		{"several missed: only the latest, inside grace", slot.Add(14*24*time.Hour + 30*time.Minute), 1, delivery.SlotSent},
		{"job grace overrides the default", slot.Add(3 * time.Hour), 1, delivery.SlotSent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, path := openStore(t)
			slack := &fakeSender{}
			target := delivery.Target{Platform: "slack", Room: "C1"}
			job := weekly(t, target)
			job.Since = time.Time{} // a config digest: owed from when first seen
			if strings.Contains(tc.name, "overrides") {
				job.Grace = 4 * time.Hour
			}
			s1 := newScheduler(t, st, []Job{job}, map[string]*fakeSender{"slack": slack})
			tick(t, s1, slot.Add(-time.Hour)) // up and running; then down over the slot
			st.Close()

			st2, err := store.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer st2.Close()
			s2 := newScheduler(t, st2, []Job{job}, map[string]*fakeSender{"slack": slack})
			tick(t, s2, tc.restartAt)
			tick(t, s2, tc.restartAt.Add(5*time.Minute))
			if n := len(slack.deliveries()); n != tc.wantSent {
				t.Fatalf("%d deliveries, want %d", n, tc.wantSent)
			}
			rows, _ := st2.LedgerSlots(context.Background(), job.ID, target.String())
			if len(rows) != 1 || rows[0].State != tc.wantState {
				t.Errorf("ledger = %+v, want one %s row", rows, tc.wantState)
			}
		})
	}
}

func TestNewDigestJobDoesNotReplayThePast(t *testing.T) {
	st, _ := openStore(t)
	slack := &fakeSender{}
	job := weekly(t, delivery.Target{Platform: "slack", Room: "C1"})
	job.Since = time.Time{}
	s := newScheduler(t, st, []Job{job}, map[string]*fakeSender{"slack": slack})
	tick(t, s, utc("2026-03-30T07:30:00Z")) // first seen 30 min after a slot
	if n := len(slack.deliveries()); n != 0 {
		t.Errorf("a digest first seen after its slot sent %d", n)
	}
}

func TestFailingTargetIsRetriedWithoutBlockingOthers(t *testing.T) {
	st, _ := openStore(t)
	slot := utc("2026-03-30T07:00:00Z")
	delivered := make(chan struct{})
	var sawOtherDelivered bool
	var mu sync.Mutex
	failing := true
	slack := &fakeSender{}
	slack.fail = func(ctx context.Context, room string) error {
		if room != "CBAD" {
			return nil
		}
		mu.Lock()
		f := failing
		mu.Unlock()
		if !f {
			return nil
		}
		select { // the bad target is in flight while the good one is delivered
		case <-delivered:
			sawOtherDelivered = true
		case <-ctx.Done():
		}
		return errors.New("channel_not_found")
	}
	matrix := &fakeSender{}
	matrix.fail = func(context.Context, string) error { return nil }
	good := &notifySender{fakeSender: matrix, done: delivered}
	job := weekly(t, delivery.Target{Platform: "slack", Room: "CBAD"}, delivery.Target{Platform: "matrix", Room: "!r:example.org"})
	s := newScheduler(t, st, []Job{job}, map[string]*fakeSender{"slack": slack})
	s.Senders["matrix"] = good
	s.SendTimeout = time.Minute
	failuresBefore := counter(t, "stancebot_digest_failures_total", "slack")

	tick(t, s, slot)
	if !sawOtherDelivered {
		t.Error("the failing target blocked the other one")
	}
	if n := len(matrix.deliveries()); n != 1 {
		t.Fatalf("matrix deliveries = %d", n)
	}
	row, _, _ := st.LedgerSlot(context.Background(), job.ID, "slack:CBAD", slot)
	if row.State != delivery.SlotFailed || !row.NextAttempt.Equal(slot.Add(time.Minute)) || !strings.Contains(row.Detail, "channel_not_found") {
		t.Fatalf("failed row = %+v", row)
	}
	if got := counter(t, "stancebot_digest_failures_total", "slack"); got != failuresBefore+1 {
		t.Errorf("failure metric = %v, want %v", got, failuresBefore+1)
	}
	// Second attempt fails again: backoff doubles.
	tick(t, s, slot.Add(30*time.Second)) // not yet due
	tick(t, s, slot.Add(time.Minute))
	row, _, _ = st.LedgerSlot(context.Background(), job.ID, "slack:CBAD", slot)
	if row.State != delivery.SlotFailed || row.Attempts != 2 || !row.NextAttempt.Equal(slot.Add(3*time.Minute)) {
		t.Fatalf("after second failure = %+v", row)
	}
	mu.Lock()
	failing = false
	mu.Unlock()
	tick(t, s, slot.Add(3*time.Minute))
	if n := len(slack.deliveries()); n != 1 {
		t.Errorf("slack deliveries after recovery = %d", n)
	}
	if n := len(matrix.deliveries()); n != 1 {
		t.Errorf("matrix delivered %d times, want 1", n)
	}
	row, _, _ = st.LedgerSlot(context.Background(), job.ID, "slack:CBAD", slot)
	if row.State != delivery.SlotSent || row.Attempts != 3 {
		t.Errorf("after recovery = %+v", row)
	}
}

func TestGivesUpAfterMaxAttempts(t *testing.T) {
	st, _ := openStore(t)
	slot := utc("2026-03-30T07:00:00Z")
	slack := &fakeSender{fail: func(context.Context, string) error { return errors.New("not_in_channel") }}
	job := weekly(t, delivery.Target{Platform: "slack", Room: "C1"}, delivery.Target{Platform: "telegram", Room: "x"})
	s := newScheduler(t, st, []Job{job}, map[string]*fakeSender{"slack": slack})
	s.MaxAttempts = 3
	for now := slot; now.Before(slot.Add(2 * time.Hour)); now = now.Add(time.Minute) {
		tick(t, s, now)
	}
	row, _, _ := st.LedgerSlot(context.Background(), job.ID, "slack:C1", slot)
	if row.State != delivery.SlotAbandoned || row.Attempts != 3 {
		t.Errorf("slack row = %+v, want abandoned after 3 attempts", row)
	}
	row, _, _ = st.LedgerSlot(context.Background(), job.ID, "telegram:x", slot)
	if row.State != delivery.SlotAbandoned || !strings.Contains(row.Detail, "no sender") {
		t.Errorf("telegram row = %+v", row)
	}
}

func TestNewMarkingAcrossDigests(t *testing.T) {
	st, _ := openStore(t)
	slack := &fakeSender{}
	job := weekly(t, delivery.Target{Platform: "slack", Room: "C1"})
	s := newScheduler(t, st, []Job{job}, map[string]*fakeSender{"slack": slack})
	b := s.Builder.(*fakeBuilder)
	b.set(newCorpus("v1", stmt("Peru", "attribution", "Attribution is hard.")))
	w1 := utc("2026-03-23T08:00:00Z")
	tick(t, s, w1)
	// A file is added: Estonia's statement appears; Peru's is unchanged.
	b.set(newCorpus("v2", stmt("Peru", "attribution", "Attribution is hard."), stmt("Estonia", "attribution", "Estonia attributes publicly.")))
	tick(t, s, w1.Add(7*24*time.Hour))
	// Nothing changes before the third week.
	tick(t, s, w1.Add(14*24*time.Hour))
	ds := slack.deliveries()
	if len(ds) != 3 {
		t.Fatalf("%d deliveries", len(ds))
	}
	news := func(d bot.Digest) string {
		var out []string
		for _, e := range d.Themes[0].Entries {
			out = append(out, fmt.Sprintf("%s=%v", e.Country, e.New))
		}
		sort.Strings(out)
		return strings.Join(out, " ")
	}
	want := []string{"Peru=false", "Estonia=true Peru=false", "Estonia=false Peru=false"}
	for i, d := range ds {
		if got := news(d.d); got != want[i] {
			t.Errorf("digest %d: %s, want %s", i+1, got, want[i])
		}
	}
	if ds[1].d.CorpusVersion != "v2" {
		t.Errorf("corpus version = %q", ds[1].d.CorpusVersion)
	}
}

// memSubs serves subscriptions to the scheduler.
type memSubs []delivery.Subscription

func (m memSubs) AllSubscriptions(context.Context) ([]delivery.Subscription, error) { return m, nil }

func TestSubscriptionsAreScheduled(t *testing.T) {
	st, _ := openStore(t)
	slack := &fakeSender{}
	s := newScheduler(t, st, nil, map[string]*fakeSender{"slack": slack})
	s.Subs = memSubs{
		{ID: 7, Platform: "slack", Room: "C9", Themes: []string{"attribution"}, Cron: "0 9 * * *", TZ: "Europe/Brussels", Created: utc("2026-03-29T12:00:00Z"), Lang: "fr"},
		{ID: 8, Platform: "slack", Room: "C9", Themes: []string{"attribution"}, Cron: "bogus", TZ: "UTC"},
	}
	tick(t, s, utc("2026-03-30T07:00:00Z"))
	ds := slack.deliveries()
	if len(ds) != 1 || ds[0].room != "C9" || ds[0].d.Name != "subscription #7" {
		t.Errorf("deliveries = %+v", ds)
	}
	if len(ds) == 1 && ds[0].lang != "fr" {
		t.Errorf("a subscription made in French got a digest labelled %q", ds[0].lang)
	}
}

// notifySender closes done after its first delivery.
type notifySender struct {
	*fakeSender
	done chan struct{}
	once sync.Once
}

func (n *notifySender) Send(ctx context.Context, room string, r bot.Reply) error {
	err := n.fakeSender.Send(ctx, room, r)
	if err == nil {
		n.once.Do(func() { close(n.done) })
	}
	return err
}

func counter(t *testing.T, name, platform string) float64 {
	t.Helper()
	mfs, err := metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "platform" && l.GetValue() == platform {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}

// fakeClock is a manual clock: After fires when Advance passes its deadline.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters []fakeWaiter
	slept   chan struct{}
}

type fakeWaiter struct {
	at time.Time
	ch chan time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	c.waiters = append(c.waiters, fakeWaiter{at: c.now.Add(d), ch: ch})
	select {
	case c.slept <- struct{}{}:
	default:
	}
	return ch
}

func (c *fakeClock) Advance(to time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = to
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if !w.at.After(to) {
			w.ch <- to
		} else {
			kept = append(kept, w)
		}
	}
	c.waiters = kept
}

func TestRunSleepsUntilTheSlot(t *testing.T) {
	st, _ := openStore(t)
	clock := &fakeClock{now: utc("2026-03-30T06:00:00Z"), slept: make(chan struct{}, 1)}
	done := make(chan struct{})
	matrix := &notifySender{fakeSender: &fakeSender{clock: clock.Now}, done: done}
	job := weekly(t, delivery.Target{Platform: "matrix", Room: "!r:example.org"})
	s := &Scheduler{Builder: &fakeBuilder{c: newCorpus("v1", stmt("Peru", "attribution", "x"))}, Ledger: st,
		Senders: map[string]adapters.Sender{"matrix": matrix}, Jobs: []Job{job}, Clock: clock, Log: quiet, Poll: 24 * time.Hour}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error)
	go func() { stopped <- s.Run(ctx) }()
	hang := time.After(time.Minute) // guards against a hang; not a timing assertion
	select {
	case <-clock.slept:
	case <-hang:
		t.Fatal("Run never slept")
	}
	if n := len(matrix.deliveries()); n != 0 {
		t.Fatalf("sent %d before the slot", n)
	}
	clock.Advance(utc("2026-03-30T07:00:00Z"))
	select {
	case <-done:
	case <-hang:
		t.Fatal("Run did not send at the slot")
	}
	cancel()
	if err := <-stopped; err != nil {
		t.Errorf("Run = %v", err)
	}
	ds := matrix.deliveries()
	if len(ds) != 1 || !ds[0].at.Equal(utc("2026-03-30T07:00:00Z")) {
		t.Errorf("deliveries = %+v", ds)
	}
}
