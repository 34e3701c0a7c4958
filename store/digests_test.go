package store

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/store/storetest"
)

// openTemp opens the store at loc (from storetest.Each), closed when t ends.
func openTemp(t *testing.T, loc string) (*Store, string) {
	t.Helper()
	path := loc
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestSubscriptionsCRUD(t *testing.T) { storetest.Each(t, testSubscriptionsCRUD) }

func testSubscriptionsCRUD(t *testing.T, loc string) {
	ctx := context.Background()
	s, path := openTemp(t, loc)
	created := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	subs := []delivery.Subscription{
		{Platform: "slack", Room: "C1", Themes: []string{"attribution", "due diligence"}, Cron: "0 9 * * MON", TZ: "Europe/Brussels", CreatedBy: "U1", Created: created},
		{Platform: "slack", Room: "C1", Themes: []string{"sovereignty"}, Countries: []string{"France"}, Cron: "0 9 * * *", TZ: "UTC", CreatedBy: "U2", Created: created},
		{Platform: "matrix", Room: "!r:example.org", Themes: []string{"norms"}, Cron: "0 9 * * *", TZ: "UTC", CreatedBy: "@a:example.org", Created: created, Lang: "es"},
	}
	for i := range subs {
		id, err := s.AddSubscription(ctx, subs[i])
		if err != nil {
			t.Fatal(err)
		}
		subs[i].ID = id
	}
	got, err := s.RoomSubscriptions(ctx, "slack", "C1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, subs[:2]) {
		t.Errorf("RoomSubscriptions\n got %+v\nwant %+v", got, subs[:2])
	}
	// Deleting from another room does nothing.
	if ok, err := s.DeleteSubscription(ctx, "matrix", "!r:example.org", subs[0].ID); err != nil || ok {
		t.Errorf("cross-room delete = %v, %v", ok, err)
	}
	if ok, err := s.DeleteSubscription(ctx, "slack", "C1", subs[0].ID); err != nil || !ok {
		t.Errorf("delete = %v, %v", ok, err)
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	all, err := s2.AllSubscriptions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(all, subs[1:]) {
		t.Errorf("AllSubscriptions after reopen\n got %+v\nwant %+v", all, subs[1:])
	}
}

func TestLedgerLifecycle(t *testing.T) { storetest.Each(t, testLedgerLifecycle) }

func testLedgerLifecycle(t *testing.T, loc string) {
	ctx := context.Background()
	s, path := openTemp(t, loc)
	now := time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC)
	slot := now
	job, target := "digest:weekly", "slack:C1"

	since, err := s.DigestSince(ctx, job, target, now.Add(-time.Hour))
	if err != nil || !since.Equal(now.Add(-time.Hour)) {
		t.Fatalf("DigestSince = %v, %v", since, err)
	}
	if again, _ := s.DigestSince(ctx, job, target, now); !again.Equal(since) {
		t.Errorf("DigestSince moved: %v", again)
	}
	if _, ok, _ := s.LastSlot(ctx, job, target); ok {
		t.Error("LastSlot on an empty ledger")
	}
	if ok, err := s.ClaimSlot(ctx, job, target, slot, now); err != nil || !ok {
		t.Fatalf("first claim = %v, %v", ok, err)
	}
	if ok, _ := s.ClaimSlot(ctx, job, target, slot, now); ok {
		t.Fatal("second claim of the same slot succeeded")
	}
	if err := s.SkipSlot(ctx, job, target, slot, "x", now); err != nil {
		t.Fatal(err)
	}
	if sl, _, _ := s.LedgerSlot(ctx, job, target, slot); sl.State != delivery.SlotPending {
		t.Errorf("SkipSlot overwrote a claimed slot: %+v", sl)
	}

	// A failure is retried after reclaiming; only one reclaim wins.
	if err := s.MarkFailed(ctx, job, target, slot, "channel_not_found", now.Add(time.Minute), false, now); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.DueRetries(ctx, now); len(due) != 0 {
		t.Errorf("retry due too early: %+v", due)
	}
	due, err := s.DueRetries(ctx, now.Add(time.Minute))
	if err != nil || len(due) != 1 || due[0].Detail != "channel_not_found" || due[0].Attempts != 1 {
		t.Fatalf("DueRetries = %+v, %v", due, err)
	}
	if at, ok, _ := s.NextRetry(ctx); !ok || !at.Equal(now.Add(time.Minute)) {
		t.Errorf("NextRetry = %v %v", at, ok)
	}
	if ok, _ := s.ReclaimRetry(ctx, job, target, slot, now); !ok {
		t.Fatal("reclaim failed")
	}
	if ok, _ := s.ReclaimRetry(ctx, job, target, slot, now); ok {
		t.Fatal("second reclaim succeeded")
	}
	if err := s.MarkSent(ctx, job, target, slot, "v1", []string{"a", "b"}, now); err != nil {
		t.Fatal(err)
	}
	sl, ok, err := s.LedgerSlot(ctx, job, target, slot)
	if err != nil || !ok || sl.State != delivery.SlotSent || sl.Attempts != 2 || sl.CorpusVersion != "v1" {
		t.Errorf("after MarkSent: %+v %v %v", sl, ok, err)
	}
	if err := s.MarkSent(ctx, job, target, slot.Add(time.Hour), "v1", nil, now); err == nil {
		t.Error("MarkSent of an unclaimed slot succeeded")
	}

	// A claim left pending by a dead process becomes unconfirmed on restart and is never reclaimed.
	slot2 := slot.Add(7 * 24 * time.Hour)
	if ok, _ := s.ClaimSlot(ctx, job, target, slot2, slot2); !ok {
		t.Fatal("claim slot2")
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	un, err := s.MarkUnconfirmed(ctx, slot2)
	if err != nil || len(un) != 1 || !un[0].Slot.Equal(slot2) {
		t.Fatalf("MarkUnconfirmed = %+v, %v", un, err)
	}
	if ok, _ := s.ClaimSlot(ctx, job, target, slot2, slot2); ok {
		t.Error("an unconfirmed slot was claimed again")
	}
	if last, ok, _ := s.LastSlot(ctx, job, target); !ok || !last.Equal(slot2) {
		t.Errorf("LastSlot = %v %v", last, ok)
	}
}

func TestSeenKeys(t *testing.T) { storetest.Each(t, testSeenKeys) }

func testSeenKeys(t *testing.T, loc string) {
	ctx := context.Background()
	s, _ := openTemp(t, loc)
	t0 := time.Date(2026, 3, 23, 8, 0, 0, 0, time.UTC)
	send := func(job, target string, slot time.Time, version string, keys ...string) {
		t.Helper()
		if ok, err := s.ClaimSlot(ctx, job, target, slot, slot); err != nil || !ok {
			t.Fatalf("claim: %v %v", ok, err)
		}
		if err := s.MarkSent(ctx, job, target, slot, version, keys, slot); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok, _ := s.SeenKeys(ctx, "slack:C1"); ok {
		t.Fatal("SeenKeys before any digest")
	}
	send("digest:weekly", "slack:C1", t0, "v1", "a", "b")
	send("sub:1", "slack:C1", t0.Add(24*time.Hour), "v2", "a", "b", "c")
	// A failed slot does not count as shown.
	if ok, _ := s.ClaimSlot(ctx, "sub:1", "slack:C1", t0.Add(48*time.Hour), t0); !ok {
		t.Fatal("claim")
	}
	s.MarkFailed(ctx, "sub:1", "slack:C1", t0.Add(48*time.Hour), "boom", t0, true, t0.Add(48*time.Hour))

	tests := []struct {
		name string
		get  func() (map[string]bool, bool, error)
		want map[string]bool
	}{
		{"room: latest digest by any job", func() (map[string]bool, bool, error) { return s.SeenKeys(ctx, "slack:C1") }, map[string]bool{"a": true, "b": true, "c": true}},
		{"same job only", func() (map[string]bool, bool, error) { return s.SeenKeysFor(ctx, "digest:weekly", "slack:C1") }, map[string]bool{"a": true, "b": true}},
		{"other room", func() (map[string]bool, bool, error) { return s.SeenKeys(ctx, "matrix:!x:y") }, nil},
	}
	for _, tc := range tests {
		got, ok, err := tc.get()
		if err != nil {
			t.Fatal(err)
		}
		if ok != (tc.want != nil) || (tc.want != nil && !reflect.DeepEqual(got, tc.want)) {
			t.Errorf("%s: got %v %v, want %v", tc.name, got, ok, tc.want)
		}
	}
}

func TestOldCorpusVersionsArePruned(t *testing.T) { storetest.Each(t, testOldCorpusVersionsArePruned) }

func testOldCorpusVersionsArePruned(t *testing.T, loc string) {
	ctx := context.Background()
	s, _ := openTemp(t, loc)
	t0 := time.Date(2026, 3, 23, 8, 0, 0, 0, time.UTC)
	send := func(job, target string, slot time.Time, version string, keys ...string) {
		t.Helper()
		if ok, err := s.ClaimSlot(ctx, job, target, slot, slot); err != nil || !ok {
			t.Fatalf("claim: %v %v", ok, err)
		}
		if err := s.MarkSent(ctx, job, target, slot, version, keys, slot); err != nil {
			t.Fatal(err)
		}
	}
	versions := func() []string {
		rows, err := s.DB().QueryContext(ctx, `SELECT DISTINCT version FROM corpus_keys ORDER BY version`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var v string
			rows.Scan(&v)
			out = append(out, v)
		}
		return out
	}
	send("digest:w", "slack:C1", t0, "v1", "a")
	send("digest:w", "slack:C2", t0, "v1", "a")
	send("digest:w", "slack:C1", t0.Add(time.Hour), "v2", "a", "b")
	if got := versions(); !reflect.DeepEqual(got, []string{"v1", "v2"}) {
		t.Errorf("versions = %v; C2's latest digest still needs v1", got)
	}
	send("digest:w", "slack:C2", t0.Add(time.Hour), "v2", "a", "b")
	if got := versions(); !reflect.DeepEqual(got, []string{"v2"}) {
		t.Errorf("versions = %v, want only v2", got)
	}
	if keys, ok, _ := s.SeenKeysFor(ctx, "digest:w", "slack:C1"); !ok || !reflect.DeepEqual(keys, map[string]bool{"a": true, "b": true}) {
		t.Errorf("SeenKeysFor = %v %v", keys, ok)
	}
}
