package schedule

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/store"
	"github.com/stancebot/stancebot/store/storetest"
)

// partsSender sends a digest as parts messages, asking the send guard
// before each, as the Slack adapter does; after the first part it calls
// afterFirst (the test takes the lease over there).
type partsSender struct {
	parts      int
	afterFirst func()
	mu         sync.Mutex
	sent       int
}

func (p *partsSender) Send(ctx context.Context, room string, r bot.Reply) error {
	for i := range p.parts {
		if err := adapters.CheckSend(ctx); err != nil {
			return err
		}
		p.mu.Lock()
		p.sent++
		p.mu.Unlock()
		if i == 0 && p.afterFirst != nil {
			p.afterFirst()
		}
	}
	return nil
}

func (p *partsSender) count() int { p.mu.Lock(); defer p.mu.Unlock(); return p.sent }

// A leader whose lease passes to another replica in the middle of a
// digest of several messages stops before the next message: its ledger is
// fenced by its token, the guard asked before each message is refused, and
// nothing is recorded (no failure, no retry) — the slot is the new
// leader's to resolve. A scheduler started on a stale token sends nothing
// and stops.
func TestFencedOutLeaderStopsMidDigest(t *testing.T) {
	storetest.Each(t, func(t *testing.T, loc string) {
		ctx := context.Background()
		st, err := store.Open(loc)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		tokA, ok, err := st.AcquireLease(ctx, "leader", "replica-a", time.Minute)
		if err != nil || !ok {
			t.Fatal(ok, err)
		}
		sender := &partsSender{parts: 3, afterFirst: func() {
			// a is paused past its lease; b takes over.
			if err := st.ReleaseLease(ctx, "leader", "replica-a"); err != nil {
				t.Error(err)
			}
			if _, ok, err := st.AcquireLease(ctx, "leader", "replica-b", time.Minute); err != nil || !ok {
				t.Error("b could not take the lease", err)
			}
		}}
		target := delivery.Target{Platform: "slack", Room: "C0FENCE"}
		job := Job{ID: "digest:fence", Name: "fence", Spec: mustSpec(t, "0 9 * * *", "UTC"), Themes: []string{"attribution"},
			Targets: []delivery.Target{target}, Since: utc("2026-05-01T00:00:00Z")}
		newSched := func(l Ledger) *Scheduler {
			return &Scheduler{Builder: &fakeBuilder{c: newCorpus("v1", stmt("Peru", "attribution", "Attribution is hard."))},
				Ledger: l, Senders: map[string]adapters.Sender{"slack": sender}, Jobs: []Job{job}, Log: quiet}
		}
		a := newSched(st.Fenced("leader", tokA))
		if err := a.Recover(ctx); err != nil {
			t.Fatal(err)
		}
		_, err = a.Tick(ctx, utc("2026-05-04T09:00:30Z"))
		if !errors.Is(err, delivery.ErrFenced) {
			t.Errorf("Tick after losing the lease mid-send = %v, want ErrFenced", err)
		}
		if n := sender.count(); n != 1 {
			t.Errorf("%d of 3 parts sent, want 1: the sender must stop at the first refused guard", n)
		}
		sl, ok, err := st.LedgerSlot(ctx, job.ID, target.String(), utc("2026-05-04T09:00:00Z"))
		if err != nil || !ok {
			t.Fatal(ok, err)
		}
		if sl.State != delivery.SlotPending || sl.Detail != "" {
			t.Errorf("slot = %s %q, want pending with nothing recorded by the fenced-out sender", sl.State, sl.Detail)
		}

		// The stale scheduler's Run stops at once, sending nothing.
		sender.afterFirst = nil
		done := make(chan error, 1)
		go func() { done <- a.Run(ctx) }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run = %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("a scheduler on a stale token kept running")
		}
		if n := sender.count(); n != 1 {
			t.Errorf("%d parts sent in all, want still 1", n)
		}
	})
}
