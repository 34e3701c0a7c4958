package leader_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancebot/stancebot/leader"
	"github.com/stancebot/stancebot/store"
	"github.com/stancebot/stancebot/store/storetest"
)

func TestMain(m *testing.M) { os.Exit(storetest.Run(m)) }

// replica is one elector on its own store handle, as a process would be.
type replica struct {
	e      *leader.Elector
	cancel context.CancelFunc
	done   chan struct{}
	leads  atomic.Int32 // terms in progress (the test asserts it never exceeds 1 across replicas)
	st     *store.Store
}

func start(t *testing.T, loc, name string, ttl time.Duration, lease leader.Leases, overlap *atomic.Int32, maxOverlap *atomic.Int32) *replica {
	t.Helper()
	st, err := store.Open(loc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if lease == nil {
		lease = st
	}
	r := &replica{st: st, done: make(chan struct{})}
	r.e = &leader.Elector{Leases: lease, Name: "leader", Holder: name, TTL: ttl}
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	go func() { defer close(r.done); r.e.Run(ctx) }()
	go r.e.Each(ctx, func(tctx context.Context, token int64) {
		n := overlap.Add(1)
		for {
			m := maxOverlap.Load()
			if n <= m || maxOverlap.CompareAndSwap(m, n) {
				break
			}
		}
		<-tctx.Done()
		overlap.Add(-1)
	})
	return r
}

func waitLeader(t *testing.T, rs []*replica, timeout time.Duration) *replica {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		for _, r := range rs {
			if r.e.Status().Leader {
				return r
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no leader within %s", timeout)
	return nil
}

// killable wraps a store so a test can make a replica stop reaching the
// database without telling anyone, as a kill -9 or a partition would.
type killable struct {
	leader.Leases
	dead atomic.Bool
}

var errDead = errors.New("replica is dead")

func (k *killable) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (int64, bool, error) {
	if k.dead.Load() {
		<-ctx.Done() // hangs, as a half-dead connection does
		return 0, false, errDead
	}
	return k.Leases.AcquireLease(ctx, name, holder, ttl)
}

func (k *killable) ReleaseLease(ctx context.Context, name, holder string) error {
	if k.dead.Load() {
		return errDead
	}
	return k.Leases.ReleaseLease(ctx, name, holder)
}

// Three replicas: one leads; when it dies silently another takes over
// within TTL plus a renewal interval, with a larger token, and the two
// terms never overlap; on a clean stop the lease is handed over at once.
func TestFailover(t *testing.T) {
	storetest.Each(t, func(t *testing.T, loc string) {
		const ttl = 1500 * time.Millisecond
		var overlap, maxOverlap atomic.Int32
		var rs []*replica
		var kills []*killable
		for i := range 3 {
			st, err := store.Open(loc)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			k := &killable{Leases: st}
			kills = append(kills, k)
			rs = append(rs, start(t, loc, fmt.Sprintf("replica-%d", i), ttl, k, &overlap, &maxOverlap))
		}
		t.Cleanup(func() {
			for _, r := range rs {
				r.cancel()
				<-r.done
			}
		})
		first := waitLeader(t, rs, 2*ttl)
		tok1 := first.e.Status().Token
		time.Sleep(ttl) // a few renewals: leadership is stable
		if got := waitLeader(t, rs, ttl); got != first {
			t.Fatalf("leadership moved without a failure: %s -> %s", first.e.Holder, got.e.Holder)
		}

		// Silent death of the leader.
		var fi int
		for i, r := range rs {
			if r == first {
				fi = i
			}
		}
		killedAt := time.Now()
		kills[fi].dead.Store(true)
		var second *replica
		for second == nil {
			if time.Since(killedAt) > ttl+ttl/3+time.Second {
				t.Fatalf("no takeover within %s", time.Since(killedAt))
			}
			for _, r := range rs {
				if r != first && r.e.Status().Leader {
					second = r
				}
			}
			time.Sleep(5 * time.Millisecond)
		}
		took := time.Since(killedAt)
		t.Logf("failover after a silent death: %s (ttl %s)", took.Round(time.Millisecond), ttl)
		if first.e.Status().Leader {
			t.Error("the dead leader still thinks it leads")
		}
		if tok2 := second.e.Status().Token; tok2 <= tok1 {
			t.Errorf("token %d after takeover, want above %d", tok2, tok1)
		}

		// Clean shutdown of the new leader: handed over within one renewal interval.
		stopAt := time.Now()
		second.cancel()
		<-second.done
		var third *replica
		for third == nil {
			if time.Since(stopAt) > ttl {
				t.Fatalf("no handover within %s after a clean stop", time.Since(stopAt))
			}
			for _, r := range rs {
				if r != first && r != second && r.e.Status().Leader {
					third = r
				}
			}
			time.Sleep(5 * time.Millisecond)
		}
		t.Logf("handover after a clean stop: %s", time.Since(stopAt).Round(time.Millisecond))
		if m := maxOverlap.Load(); m > 1 {
			t.Errorf("%d terms overlapped", m)
		}
	})
}

// A leader that cannot reach the database stops leading by its own
// deadline, before the lease expires for the others.
func TestLeaderStepsDownWhenTheDatabaseIsGone(t *testing.T) {
	loc := storetest.Engines()[0].Location(t) // SQLite suffices: the store is replaced by a dead one
	st, err := store.Open(loc)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	k := &killable{Leases: st}
	const ttl = 900 * time.Millisecond
	e := &leader.Elector{Leases: k, Name: "leader", Holder: "solo", TTL: ttl}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { e.Run(ctx) })
	defer func() { cancel(); wg.Wait() }()
	tctx, _, ok := e.Term(ctx)
	if !ok {
		t.Fatal("no term")
	}
	lost := time.Now()
	k.dead.Store(true)
	select {
	case <-tctx.Done():
	case <-time.After(2 * ttl):
		t.Fatal("still leading long after the database went away")
	}
	if took := time.Since(lost); took > ttl {
		t.Errorf("stepped down after %s, later than the ttl %s", took, ttl)
	}
	info, _, err := st.LeaseState(context.Background(), "leader")
	if err != nil {
		t.Fatal(err)
	}
	if !info.Held {
		// Fine either way; what matters is the order: we stepped down before expiry.
		return
	}
	if time.Now().After(info.Expires) {
		t.Errorf("lease shows held after its expiry: %+v", info)
	}
}
