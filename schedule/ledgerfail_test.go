package schedule

import (
	"context"
	"errors"
	"testing"
	"time"

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
