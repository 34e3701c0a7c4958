package store

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/store/storetest"
)

// A "what was wrong?" offer is kept in the database: it survives a
// reopen, is taken once (also by two takers at once), not after it
// expired, is replaced by a later offer under the same key, and a
// withdrawn 👎 drops it.
func TestFeedbackOffers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, loc string) {
		ctx := context.Background()
		s, err := Open(loc)
		if err != nil {
			t.Fatal(err)
		}
		t0 := time.Date(2026, 4, 2, 10, 0, 0, 0, time.UTC)
		key := func(user string) feedback.OfferKey {
			return feedback.OfferKey{Platform: "matrix", Room: "!room:hs", Thread: "$reply", User: user}
		}
		vote := func(user, ref string) feedback.Vote {
			return feedback.Vote{Question: "what does Chile say on cyber norms", Intent: "stance", Keys: []string{"k3", "k7"},
				Vote: feedback.Down, Platform: "matrix", Room: "!room:hs", Thread: "$reply", User: user, At: t0, Ref: ref}
		}
		offer := func(user, ref string, ttl time.Duration) {
			t.Helper()
			if err := s.Feedback().Offer(ctx, key(user), vote(user, ref), t0.Add(ttl)); err != nil {
				t.Fatal(err)
			}
		}
		offer("@ana:hs", "$r1", 15*time.Minute)
		offer("@ben:hs", "$r2", 15*time.Minute)
		offer("@ben:hs", "$r3", 15*time.Minute) // replaces $r2
		offer("@cho:hs", "$r4", time.Minute)
		offer("@dee:hs", "$r5", 15*time.Minute)
		if err := s.Feedback().Drop(ctx, "matrix", "!room:hs", "$r5"); err != nil {
			t.Fatal(err)
		}
		if err := s.Feedback().Drop(ctx, "matrix", "!other:hs", "$r1"); err != nil {
			t.Fatal(err) // another room's ref: drops nothing
		}
		s.Close()
		if s, err = Open(loc); err != nil {
			t.Fatal(err)
		}
		defer s.Close()

		now := t0.Add(5 * time.Minute)
		for _, tc := range []struct {
			name, user, wantRef string
			ok                  bool
		}{
			{"open after a reopen", "@ana:hs", "$r1", true},
			{"taken once", "@ana:hs", "", false},
			{"the later offer", "@ben:hs", "$r3", true},
			{"expired", "@cho:hs", "", false},
			{"withdrawn", "@dee:hs", "", false},
			{"never offered", "@eve:hs", "", false},
		} {
			t.Run(tc.name, func(t *testing.T) {
				v, ok, err := s.Feedback().Take(ctx, key(tc.user), now)
				if err != nil {
					t.Fatal(err)
				}
				if ok != tc.ok || v.Ref != tc.wantRef {
					t.Fatalf("Take(%s) = ref %q, %v; want %q, %v", tc.user, v.Ref, ok, tc.wantRef, tc.ok)
				}
				if ok && (v.Question != "what does Chile say on cyber norms" || len(v.Keys) != 2 || v.Keys[1] != "k7" || !v.At.Equal(t0) || v.Vote != feedback.Down) {
					t.Errorf("offer's vote read back as %+v", v)
				}
			})
		}

		// Two takers of one offer (two replicas given the same answer): one gets it.
		offer("@fay:hs", "$r6", 15*time.Minute)
		var got atomic.Int32
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, ok, err := s.Feedback().Take(ctx, key("@fay:hs"), now); err != nil {
					t.Error(err)
				} else if ok {
					got.Add(1)
				}
			}()
		}
		wg.Wait()
		if n := got.Load(); n != 1 {
			t.Errorf("%d concurrent takers got the offer, want 1", n)
		}
	})
}
