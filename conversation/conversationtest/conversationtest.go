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
	rec := conversation.Record{Question: "what does Japan say on countermeasures", Lang: "en", Intent: "stance", Keys: []string{"a1", "b2"}, Offset: 3, At: clock}
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
	if got.Question != rec.Question || got.Lang != rec.Lang || got.Intent != rec.Intent || !slices.Equal(got.Keys, rec.Keys) || got.Offset != rec.Offset || !got.At.Equal(rec.At) {
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
	rec2.Question, rec2.Keys, rec2.Offset = "and Estonia", nil, 0
	if err := s.Put(ctx, k1, rec2); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := s.Get(ctx, k1); got.Question != "and Estonia" || len(got.Keys) != 0 {
		t.Errorf("replaced record: %+v", got)
	}
	clock = clock.Add(11 * time.Minute)
	if _, ok, _ := s.Get(ctx, k1); ok {
		t.Error("record older than the time to live still returned")
	}
}
