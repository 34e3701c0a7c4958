package store

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/store/storetest"
)

func TestFencedWrites(t *testing.T) { storetest.Each(t, testFencedWrites) }

// A leader that lost its lease (its token is stale) can make none of the
// leader-only writes: each is refused with delivery.ErrFenced and changes
// nothing, while the new leader's same writes go through.
func testFencedWrites(t *testing.T, loc string) {
	ctx := context.Background()
	st, err := Open(loc)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const lease = "leader"
	tokA, ok, err := st.AcquireLease(ctx, lease, "replica-a", time.Minute)
	if err != nil || !ok {
		t.Fatalf("a acquires = %v, %v", ok, err)
	}
	oldLeader := st.Fenced(lease, tokA)
	now := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	slot := func(h int) time.Time { return now.Add(time.Duration(-h) * time.Hour) }
	const job, target = "digest:fence", "slack:C0FENCE"

	// While a leads, its fenced writes go through.
	if ok, err := oldLeader.ClaimSlot(ctx, job, target, slot(1), now); err != nil || !ok {
		t.Fatalf("a claims while leading = %v, %v", ok, err)
	}
	if err := oldLeader.HoldSlot(ctx, job, target, slot(1), now); err != nil {
		t.Fatalf("a holds its slot while leading: %v", err)
	}
	if err := oldLeader.Put(ctx, "matrix/next_batch", "s1"); err != nil {
		t.Fatalf("a saves a sync token while leading: %v", err)
	}
	// Rows in each state the writes below act on.
	for h, state := range map[int]string{2: "failed", 3: "unconfirmed", 4: "pending"} {
		if ok, err := oldLeader.ClaimSlot(ctx, job, target, slot(h), now); err != nil || !ok {
			t.Fatalf("claim %d: %v %v", h, ok, err)
		}
		if state == "failed" {
			if err := oldLeader.MarkFailed(ctx, job, target, slot(h), "x", now, false, now); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := st.db.ExecContext(ctx, `UPDATE digest_ledger SET state = 'unconfirmed' WHERE slot = ?`, slot(3).Unix()); err != nil {
		t.Fatal(err)
	}

	// a is paused past its lease; b takes over with a larger token.
	if err := st.ReleaseLease(ctx, lease, "replica-a"); err != nil {
		t.Fatal(err)
	}
	tokB, ok, err := st.AcquireLease(ctx, lease, "replica-b", time.Minute)
	if err != nil || !ok || tokB <= tokA {
		t.Fatalf("b acquires = %d %v, %v (a had %d)", tokB, ok, err, tokA)
	}
	newLeader := st.Fenced(lease, tokB)

	before := ledger(t, st, job, target)
	writes := []struct {
		name  string
		write func(s *Store) error
	}{
		{"claim a new slot", func(s *Store) error { _, err := s.ClaimSlot(ctx, job, target, slot(0), now); return err }},
		{"skip a slot", func(s *Store) error { return s.SkipSlot(ctx, job, target, slot(5), "late", now) }},
		{"hold a pending slot mid-send", func(s *Store) error { return s.HoldSlot(ctx, job, target, slot(1), now) }},
		{"mark it failed", func(s *Store) error {
			return s.MarkFailed(ctx, job, target, slot(1), "x", now.Add(time.Hour), false, now)
		}},
		{"reclaim a failed slot", func(s *Store) error { _, err := s.ReclaimRetry(ctx, job, target, slot(2), now); return err }},
		{"claim an unconfirmed slot", func(s *Store) error {
			_, err := s.ClaimUnconfirmed(ctx, job, target, slot(3), now)
			return err
		}},
		{"mark pending slots unconfirmed", func(s *Store) error { _, err := s.MarkUnconfirmed(ctx, now); return err }},
		{"mark a slot sent", func(s *Store) error {
			return s.MarkSent(ctx, job, target, slot(4), "v1", []string{"k1"}, now)
		}},
		{"save the sync token", func(s *Store) error { return s.Put(ctx, "matrix/next_batch", "s2") }},
	}
	for _, w := range writes {
		if err := w.write(oldLeader); !errors.Is(err, delivery.ErrFenced) {
			t.Errorf("stale token: %s = %v, want ErrFenced", w.name, err)
		}
	}
	if after := ledger(t, st, job, target); after != before {
		t.Errorf("the stale leader changed the ledger:\nbefore %s\nafter  %s", before, after)
	}
	if v, err := st.Get(ctx, "matrix/next_batch"); err != nil || v != "s1" {
		t.Errorf("sync token after the stale leader's write = %q, %v; want s1", v, err)
	}

	// The new leader's writes go through (in this order, each on a row in
	// the state it acts on).
	for _, w := range writes {
		if err := w.write(newLeader); err != nil {
			t.Errorf("current token: %s = %v", w.name, err)
		}
	}
	if v, _ := st.Get(ctx, "matrix/next_batch"); v != "s2" {
		t.Errorf("sync token = %q after the new leader's write, want s2", v)
	}
	// A slot taken over by another sender (turned unconfirmed to be
	// resolved) stops its first sender even with a current token.
	if ok, err := newLeader.ClaimSlot(ctx, job, target, slot(6), now); err != nil || !ok {
		t.Fatal(ok, err)
	}
	if _, err := st.MarkUnconfirmed(ctx, now); err != nil {
		t.Fatal(err)
	}
	if err := newLeader.HoldSlot(ctx, job, target, slot(6), now); !errors.Is(err, delivery.ErrFenced) {
		t.Errorf("hold of a slot taken over = %v, want ErrFenced", err)
	}
	// Closing a view leaves the store open.
	if err := oldLeader.Close(); err != nil {
		t.Fatal(err)
	}
	if err := st.Ping(ctx); err != nil {
		t.Errorf("store after closing a fenced view: %v", err)
	}
}

// ledger renders every row of (job, target), for before/after comparisons.
func ledger(t *testing.T, st *Store, job, target string) string {
	t.Helper()
	rows, err := st.LedgerSlots(context.Background(), job, target)
	if err != nil {
		t.Fatal(err)
	}
	var out string
	for _, r := range rows {
		out += fmt.Sprintf("%s=%s/%d ", r.Slot.Format("15:04"), r.State, r.Attempts)
	}
	return out
}
