package feedback

import (
	"context"
	"testing"
	"time"
)

// The in-process offers behave as the store's (store.TestFeedbackOffers):
// taken once, not after expiry, replaced, dropped by ref.
func TestMemoryOffers(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2026, 4, 2, 10, 0, 0, 0, time.UTC)
	var o MemoryOffers
	k := func(u string) OfferKey { return OfferKey{Platform: "matrix", Room: "!r", Thread: "$t", User: u} }
	put := func(u, ref string, ttl time.Duration) {
		if err := o.Offer(ctx, k(u), Vote{Vote: Down, Ref: ref, At: t0}, t0.Add(ttl)); err != nil {
			t.Fatal(err)
		}
	}
	put("a", "$1", time.Hour)
	put("b", "$2", time.Hour)
	put("b", "$3", time.Hour)
	put("c", "$4", time.Minute)
	put("d", "$5", time.Hour)
	if err := o.Drop(ctx, "matrix", "!r", "$5"); err != nil {
		t.Fatal(err)
	}
	now := t0.Add(5 * time.Minute)
	for _, tc := range []struct {
		user, ref string
		ok        bool
	}{{"a", "$1", true}, {"a", "", false}, {"b", "$3", true}, {"c", "", false}, {"d", "", false}, {"e", "", false}} {
		v, ok, err := o.Take(ctx, k(tc.user), now)
		if err != nil || ok != tc.ok || v.Ref != tc.ref {
			t.Errorf("Take(%s) = %q, %v, %v; want %q, %v", tc.user, v.Ref, ok, err, tc.ref, tc.ok)
		}
	}
}
