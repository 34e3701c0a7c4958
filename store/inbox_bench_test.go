package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/store/storetest"
)

// BenchmarkInbox measures events/s through the inbox's delivery rule
// (Record, Lease, MarkAnswered) as replicas run it: each event is
// delivered to a random replica, a fifth of them delivered again to
// another (a Slack retry), and each replica handles deliveries with 8
// workers. It is the store's share of answering an event; the answer and
// the platform's API come on top.
//
//	go test ./store -run '^$' -bench Inbox -benchtime 20000x
func BenchmarkInbox(b *testing.B) {
	cases := []struct {
		engine   string
		replicas int
	}{
		{"sqlite", 1},
		{"postgres", 1},
		{"postgres", 3},
	}
	for _, c := range cases {
		b.Run(fmt.Sprintf("%s/%d-replicas", c.engine, c.replicas), func(b *testing.B) {
			var loc string
			for _, e := range storetest.Engines() {
				if e.Name == c.engine {
					loc = e.Location(b)
				}
			}
			stores := make([]*Store, c.replicas)
			for i := range stores {
				s, err := Open(loc)
				if err != nil {
					b.Fatal(err)
				}
				defer s.Close()
				stores[i] = s
			}
			const workers = 8
			queues := make([]chan string, c.replicas)
			for i := range queues {
				queues[i] = make(chan string, 256)
			}
			var answered, doubles atomic.Int64
			var wg sync.WaitGroup
			ctx := context.Background()
			for r, st := range stores {
				holder := fmt.Sprintf("replica-%d", r)
				for range workers {
					wg.Go(func() {
						for id := range queues[r] {
							now := time.Now()
							fresh, err := st.Record(ctx, inbox.Event{Platform: "slack", ID: id, Received: now, Payload: `{"text":"q"}`})
							if err != nil {
								b.Error(err)
								return
							}
							if !fresh {
								continue
							}
							ok, err := st.Lease(ctx, "slack", id, holder, now, now.Add(time.Minute))
							if err != nil || !ok {
								b.Errorf("lease %s: %v %v", id, ok, err)
								return
							}
							if err := st.MarkAnswered(ctx, "slack", id, time.Now()); err != nil {
								b.Error(err)
								return
							}
							if answered.Add(1) > int64(b.N) {
								doubles.Add(1)
							}
						}
					})
				}
			}
			b.ResetTimer()
			start := time.Now()
			for i := range b.N {
				id := fmt.Sprintf("Ev%d-%d", start.UnixNano(), i)
				r := rand.IntN(c.replicas)
				queues[r] <- id
				if rand.IntN(5) == 0 {
					queues[(r+1)%c.replicas] <- id
				}
			}
			for _, q := range queues {
				close(q)
			}
			wg.Wait()
			elapsed := time.Since(start)
			b.StopTimer()
			if answered.Load() != int64(b.N) || doubles.Load() != 0 {
				b.Fatalf("answered %d of %d events", answered.Load(), b.N)
			}
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "events/s")
		})
	}
}
