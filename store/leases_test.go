package store

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/store/storetest"
)

func TestLeases(t *testing.T) { storetest.Each(t, testLeases) }

func testLeases(t *testing.T, loc string) {
	ctx := context.Background()
	a, err := Open(loc)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(loc) // a second replica on the same database
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	const ttl = 400 * time.Millisecond

	if _, ok, err := a.LeaseState(ctx, "leader"); err != nil || ok {
		t.Fatalf("LeaseState before any = %v, %v", ok, err)
	}
	tokA, ok, err := a.AcquireLease(ctx, "leader", "replica-a", ttl)
	if err != nil || !ok {
		t.Fatalf("a acquires a free lease = %v, %v", ok, err)
	}
	if _, ok, _ := b.AcquireLease(ctx, "leader", "replica-b", ttl); ok {
		t.Fatal("b took a lease a holds")
	}
	if tok, ok, _ := a.AcquireLease(ctx, "leader", "replica-a", ttl); !ok || tok != tokA {
		t.Fatalf("renewal = %d %v, want the same token %d", tok, ok, tokA)
	}
	if info, ok, _ := b.LeaseState(ctx, "leader"); !ok || info.Holder != "replica-a" || !info.Held || info.Token != tokA {
		t.Errorf("LeaseState = %+v %v", info, ok)
	}
	// Another name is another lease.
	if _, ok, _ := b.AcquireLease(ctx, "other", "replica-b", ttl); !ok {
		t.Error("b could not take an unrelated lease")
	}

	// a dies without releasing: b takes over once the lease expired, with a larger token.
	time.Sleep(ttl + 100*time.Millisecond)
	if info, _, _ := b.LeaseState(ctx, "leader"); info.Held {
		t.Errorf("lease still held after its ttl: %+v", info)
	}
	tokB, ok, err := b.AcquireLease(ctx, "leader", "replica-b", ttl)
	if err != nil || !ok || tokB <= tokA {
		t.Fatalf("takeover = %d %v %v; want a token above %d", tokB, ok, err, tokA)
	}
	// a comes back: it cannot renew what it lost.
	if _, ok, _ := a.AcquireLease(ctx, "leader", "replica-a", ttl); ok {
		t.Fatal("a renewed a lease b took over")
	}
	// b releases (clean shutdown): a takes it at once, and the token still grows.
	if err := b.ReleaseLease(ctx, "leader", "replica-b"); err != nil {
		t.Fatal(err)
	}
	if err := a.ReleaseLease(ctx, "leader", "replica-a"); err != nil { // not a's: no effect
		t.Fatal(err)
	}
	tokA2, ok, err := a.AcquireLease(ctx, "leader", "replica-a", ttl)
	if err != nil || !ok || tokA2 <= tokB {
		t.Fatalf("after release = %d %v %v; want a token above %d", tokA2, ok, err, tokB)
	}
}

// Replicas racing for a free lease: exactly one wins each round.
func TestLeaseRaceHasOneWinner(t *testing.T) {
	storetest.Each(t, func(t *testing.T, loc string) {
		ctx := context.Background()
		const replicas = 4
		stores := make([]*Store, replicas)
		for i := range stores {
			s, err := Open(loc)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			stores[i] = s
		}
		for round := range 5 {
			name := "leader-" + string(rune('a'+round))
			var mu sync.Mutex
			winners := 0
			var wg sync.WaitGroup
			for i := range replicas {
				wg.Go(func() {
					_, ok, err := stores[i].AcquireLease(ctx, name, string(rune('p'+i)), time.Minute)
					if err != nil {
						t.Error(err)
					}
					if ok {
						mu.Lock()
						winners++
						mu.Unlock()
					}
				})
			}
			wg.Wait()
			if winners != 1 {
				t.Errorf("round %d: %d winners", round, winners)
			}
		}
	})
}
