// Package conversationtest checks a conversation.Store implementation:
// records round-trip, never leak between rooms or threads, are replaced
// by a later Put, and expire after the store's time to live.
package conversationtest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
)

// Run checks s. open returns a fresh store whose time to live is ttl and
// whose clock reads now().
func Run(t *testing.T, open func(t *testing.T, ttl time.Duration, now func() time.Time) conversation.Store) {
	ctx := context.Background()
	clock := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	s := open(t, 10*time.Minute, now)
	k1 := conversation.Key{Platform: "slack", Room: "C1", Thread: ""}
	rec := conversation.Record{Question: "what does Japan say on countermeasures", Lang: "en", Intent: "stance", Keys: []string{"a1", "b2"}, Offset: 3, At: clock,
		Earlier: []string{"Kenya", "Côte d'Ivoire", "Ghana"}, Run: []string{"Kenya", "Côte d'Ivoire"},
		Counted: []string{"Ghana", "Kenya"}}
	if _, ok, err := s.Get(ctx, k1); ok || err != nil {
		t.Fatalf("empty store: ok %v, err %v", ok, err)
	}
	if err := s.Put(ctx, k1, rec); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.Get(ctx, k1)
	if err != nil || !ok {
		t.Fatalf("get after put: ok %v, err %v", ok, err)
	}
	if got.Question != rec.Question || got.Lang != rec.Lang || got.Intent != rec.Intent || !slices.Equal(got.Keys, rec.Keys) || got.Offset != rec.Offset || !got.At.Equal(rec.At) ||
		!slices.Equal(got.Earlier, rec.Earlier) || !slices.Equal(got.Run, rec.Run) || !slices.Equal(got.Counted, rec.Counted) {
		t.Errorf("round trip: got %+v, want %+v", got, rec)
	}
	for _, other := range []conversation.Key{
		{Platform: "slack", Room: "C2"},
		{Platform: "slack", Room: "C1", Thread: "1700000000.1"},
		{Platform: "matrix", Room: "C1"},
	} {
		if _, ok, _ := s.Get(ctx, other); ok {
			t.Errorf("record of %+v seen from %+v", k1, other)
		}
	}
	rec2 := rec
	rec2.Question, rec2.Keys, rec2.Offset, rec2.Earlier, rec2.Run, rec2.Counted = "and Estonia", nil, 0, nil, nil, nil
	if err := s.Put(ctx, k1, rec2); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := s.Get(ctx, k1); got.Question != "and Estonia" || len(got.Keys) != 0 || len(got.Earlier) != 0 || len(got.Run) != 0 || len(got.Counted) != 0 {
		t.Errorf("replaced record: %+v", got)
	}
	f, finds := s.(conversation.Finder)
	if finds {
		checkFind(t, s, f, clock)
	}
	clock = clock.Add(11 * time.Minute)
	if _, ok, _ := s.Get(ctx, k1); ok {
		t.Error("record older than the time to live still returned")
	}
	if finds {
		if _, _, ok, _ := f.Find(ctx, "rec-older"); ok {
			t.Error("record older than the time to live still found by its ID")
		}
	}
}

// checkFind checks a store that also finds records by ID: an older
// answer of a thread is still found, with its own question and keys,
// after a newer one replaced it as the thread's latest.
func checkFind(t *testing.T, s conversation.Store, f conversation.Finder, at time.Time) {
	t.Helper()
	ctx := context.Background()
	k := conversation.Key{Platform: "matrix", Room: "!r:example.org", Thread: "$root"}
	older := conversation.Record{ID: "rec-older", Question: "what does Kenya say on data protection", Lang: "en", Intent: "stance", Keys: []string{"ke-3", "ke-9"}, Offset: 0, At: at, Earlier: []string{"Ghana"}, Run: []string{"Kenya", "Ghana"},
		Counted: []string{"Kenya", "Ghana"}}
	newer := conversation.Record{ID: "rec-newer", Question: "what does Chile say on data protection", Lang: "es", Intent: "stance", Keys: []string{"cl-1"}, Offset: 0, At: at}
	for _, r := range []conversation.Record{older, newer} {
		if err := s.Put(ctx, k, r); err != nil {
			t.Fatal(err)
		}
	}
	if got, _, _ := s.Get(ctx, k); got.ID != "rec-newer" || got.Question != newer.Question {
		t.Errorf("latest record of the thread: %+v, want the newer one with its ID", got)
	}
	gk, got, ok, err := f.Find(ctx, "rec-older")
	if err != nil || !ok {
		t.Fatalf("find the older record: ok %v, err %v", ok, err)
	}
	if gk != k || got.ID != "rec-older" || got.Question != older.Question || !slices.Equal(got.Keys, older.Keys) || got.Lang != "en" ||
		!slices.Equal(got.Earlier, older.Earlier) || !slices.Equal(got.Run, older.Run) || !slices.Equal(got.Counted, older.Counted) {
		t.Errorf("found %+v in %+v, want %+v in %+v", got, gk, older, k)
	}
	if _, _, ok, err := f.Find(ctx, "rec-unknown"); ok || err != nil {
		t.Errorf("unknown ID: ok %v, err %v", ok, err)
	}
	if _, _, ok, err := f.Find(ctx, ""); ok || err != nil {
		t.Errorf("empty ID: ok %v, err %v", ok, err)
	}
	// Putting the older record back (a button pressed on it) makes it the
	// thread's latest again, still under its own ID.
	if err := s.Put(ctx, k, older); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := s.Get(ctx, k); got.ID != "rec-older" {
		t.Errorf("latest after putting the older back: %+v", got)
	}
	if _, got, ok, _ := f.Find(ctx, "rec-newer"); !ok || got.Question != newer.Question {
		t.Errorf("newer record lost after the older was put back: ok %v, %+v", ok, got)
	}
}
