package schedule

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/delivery"
)

// brokenLedger fails the calls a corrupted database fails, the way
// SQLite reports them; the others go to the real store.
type brokenLedger struct {
	Ledger
	failClaim, failMarkSent bool
}

var errMalformed = errors.New("database disk image is malformed")

func (b *brokenLedger) DigestSince(ctx context.Context, job, target string, first time.Time) (time.Time, error) {
	if b.failClaim {
		return time.Time{}, errMalformed
	}
	return b.Ledger.DigestSince(ctx, job, target, first)
}

func (b *brokenLedger) MarkSent(ctx context.Context, job, target string, slot time.Time, version string, keys []string, now time.Time) error {
	if b.failMarkSent {
		return errMalformed
	}
	return b.Ledger.MarkSent(ctx, job, target, slot, version, keys, now)
}

// TestLedgerFailuresAreCounted: a digest pass that cannot read or write
// its ledger is a digest failure in /metrics, per target (issue 16 item 10).
func TestLedgerFailuresAreCounted(t *testing.T) {
	tests := []struct {
		name   string
		ledger func(Ledger) *brokenLedger
	}{
		{"ledger unreadable before sending", func(l Ledger) *brokenLedger { return &brokenLedger{Ledger: l, failClaim: true} }},
		{"sent but not recorded", func(l Ledger) *brokenLedger { return &brokenLedger{Ledger: l, failMarkSent: true} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, _ := openStore(t)
			job := weekly(t, delivery.Target{Platform: "slack", Room: "C1"}, delivery.Target{Platform: "matrix", Room: "!r:example.org"})
			s := newScheduler(t, tt.ledger(st), []Job{job}, map[string]*fakeSender{"slack": {}, "matrix": {}})
			before := counter(t, "stancebot_digest_failures_total", "slack") + counter(t, "stancebot_digest_failures_total", "matrix")
			s.Tick(context.Background(), utc("2026-03-30T07:00:00Z"))
			after := counter(t, "stancebot_digest_failures_total", "slack") + counter(t, "stancebot_digest_failures_total", "matrix")
			if after-before != 2 {
				t.Errorf("digest failures counted: %v, want 2 (one per target)", after-before)
			}
		})
	}
}

// unconfirmedFails fails MarkUnconfirmed, as a read-only database does,
// until healed.
type unconfirmedFails struct {
	Ledger
	mu     sync.Mutex
	broken bool
	tries  int
}

func (u *unconfirmedFails) MarkUnconfirmed(ctx context.Context, now time.Time) ([]delivery.Slot, error) {
	u.mu.Lock()
	u.tries++
	broken := u.broken
	u.mu.Unlock()
	if broken {
		return nil, errors.New("mark unconfirmed: attempt to write a readonly database")
	}
	return u.Ledger.MarkUnconfirmed(ctx, now)
}

// TestRunWaitsForAnUnwritableLedger: a ledger that cannot be written at
// start (read-only database) delays the scheduler instead of stopping it
// for good; once the database takes writes, digests are sent again
// (issue 16 item 9: "digests silently stop").
func TestRunWaitsForAnUnwritableLedger(t *testing.T) {
	st, _ := openStore(t)
	ledger := &unconfirmedFails{Ledger: st, broken: true}
	clock := &fakeClock{now: utc("2026-03-30T06:00:00Z"), slept: make(chan struct{}, 1)}
	done := make(chan struct{})
	matrix := &notifySender{fakeSender: &fakeSender{clock: clock.Now}, done: done}
	job := weekly(t, delivery.Target{Platform: "matrix", Room: "!r:example.org"})
	s := &Scheduler{Builder: &fakeBuilder{c: newCorpus("v1", stmt("Peru", "attribution", "x"))}, Ledger: ledger,
		Senders: map[string]adapters.Sender{"matrix": matrix}, Jobs: []Job{job}, Clock: clock, Log: quiet, Poll: 24 * time.Hour}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error, 1)
	go func() { stopped <- s.Run(ctx) }()
	hang := time.After(time.Minute) // guards against a hang; not a timing assertion
	select {
	case <-clock.slept: // waiting to retry the recovery
	case err := <-stopped:
		t.Fatalf("Run gave up on an unwritable ledger: %v", err)
	case <-hang:
		t.Fatal("Run never waited")
	}
	ledger.mu.Lock()
	ledger.broken = false
	ledger.mu.Unlock()
	clock.Advance(utc("2026-03-30T06:05:00Z"))
	select {
	case <-clock.slept: // recovered; now sleeping until the slot
	case err := <-stopped:
		t.Fatalf("Run stopped: %v", err)
	case <-hang:
		t.Fatal("Run did not go on once the ledger was writable")
	}
	clock.Advance(utc("2026-03-30T07:00:00Z"))
	select {
	case <-done:
	case <-hang:
		t.Fatal("no digest sent at the slot after the ledger recovered")
	}
	cancel()
	<-stopped
}
