// Package inboxtest checks an inbox.Inbox against the delivery rule. Every
// implementation (SQLite, PostgreSQL) runs the same Run.
package inboxtest

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancebot/stancebot/inbox"
)

// Run checks the inbox that open returns; open is called once per
// subtest and must return an empty inbox.
func Run(t *testing.T, open func(t *testing.T) inbox.Inbox) {
	ctx := context.Background()
	t0 := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)
	ev := func(id string, at time.Time) inbox.Event {
		return inbox.Event{Platform: "slack", ID: id, Received: at, Payload: `{"q":"` + id + `"}`}
	}

	t.Run("RecordOnce", func(t *testing.T) {
		in := open(t)
		for i, want := range []bool{true, false, false} {
			fresh, err := in.Record(ctx, ev("Ev1", t0))
			if err != nil || fresh != want {
				t.Fatalf("Record #%d = %v, %v; want %v", i+1, fresh, err, want)
			}
		}
		// The same ID on another platform is another event.
		if fresh, err := in.Record(ctx, inbox.Event{Platform: "matrix", ID: "Ev1", Received: t0}); err != nil || !fresh {
			t.Fatalf("Record on another platform = %v, %v", fresh, err)
		}
	})

	t.Run("LeaseIsExclusiveUntilItEnds", func(t *testing.T) {
		in := open(t)
		if _, err := in.Record(ctx, ev("Ev1", t0)); err != nil {
			t.Fatal(err)
		}
		until := t0.Add(time.Minute)
		steps := []struct {
			holder     string
			now, until time.Time
			want       bool
		}{
			{"a", t0, until, true},
			{"b", t0.Add(30 * time.Second), until.Add(30 * time.Second), false}, // a holds it
			{"a", t0.Add(30 * time.Second), until, true},                        // a renews
			{"b", until.Add(time.Second), until.Add(time.Minute), true},         // a's lease ended: b takes over
			{"a", until.Add(2 * time.Second), until.Add(time.Minute), false},    // now b holds it
		}
		for i, s := range steps {
			ok, err := in.Lease(ctx, "slack", "Ev1", s.holder, s.now, s.until)
			if err != nil || ok != s.want {
				t.Fatalf("step %d: Lease(%s at %s) = %v, %v; want %v", i, s.holder, s.now.Format(time.TimeOnly), ok, err, s.want)
			}
		}
		if ok, err := in.Lease(ctx, "slack", "missing", "a", t0, until); err != nil || ok {
			t.Fatalf("Lease of an unrecorded event = %v, %v; want false", ok, err)
		}
	})

	t.Run("AnsweredIsNeverLeasedOrPending", func(t *testing.T) {
		in := open(t)
		for _, id := range []string{"Ev1", "Ev2", "Ev3"} {
			if _, err := in.Record(ctx, ev(id, t0)); err != nil {
				t.Fatal(err)
			}
		}
		if ok, _ := in.Lease(ctx, "slack", "Ev2", "a", t0, t0.Add(time.Minute)); !ok {
			t.Fatal("lease Ev2")
		}
		for i := 0; i < 2; i++ { // idempotent
			if err := in.MarkAnswered(ctx, "slack", "Ev2", t0.Add(time.Second)); err != nil {
				t.Fatal(err)
			}
		}
		if ok, err := in.Answered(ctx, "slack", "Ev2"); err != nil || !ok {
			t.Fatalf("Answered(Ev2) = %v, %v", ok, err)
		}
		if ok, err := in.Answered(ctx, "slack", "Ev1"); err != nil || ok {
			t.Fatalf("Answered(Ev1) = %v, %v", ok, err)
		}
		if ok, _ := in.Lease(ctx, "slack", "Ev2", "b", t0.Add(time.Hour), t0.Add(2*time.Hour)); ok {
			t.Fatal("an answered event was leased")
		}
		got, err := in.Pending(ctx, "slack", t0.Add(-time.Minute), 10)
		if err != nil {
			t.Fatal(err)
		}
		if ids := idsOf(got); ids != "Ev1,Ev3" {
			t.Fatalf("Pending = %s, want Ev1,Ev3", ids)
		}
		if got[0].Payload != `{"q":"Ev1"}` || !got[0].Received.Equal(t0) {
			t.Fatalf("Pending lost the event's payload or time: %+v", got[0])
		}
	})

	t.Run("PendingTellsLeasedFromNeverLeased", func(t *testing.T) {
		in := open(t)
		for _, id := range []string{"Ev1", "Ev2"} {
			if _, err := in.Record(ctx, ev(id, t0)); err != nil {
				t.Fatal(err)
			}
		}
		// Ev2's lease runs out (its holder died): still leased once.
		if ok, _ := in.Lease(ctx, "slack", "Ev2", "a", t0, t0.Add(time.Minute)); !ok {
			t.Fatal("lease Ev2")
		}
		got, err := in.Pending(ctx, "slack", t0.Add(-time.Minute), 10)
		if err != nil {
			t.Fatal(err)
		}
		if ids := idsOf(got); ids != "Ev1,Ev2" || got[0].Leased || !got[1].Leased {
			t.Fatalf("Pending = %+v, want Ev1 never leased and Ev2 leased", got)
		}
	})

	t.Run("PendingByAgeAndLimit", func(t *testing.T) {
		in := open(t)
		for i, id := range []string{"old", "e1", "e2", "e3"} {
			at := t0.Add(time.Duration(i) * time.Minute)
			if id == "old" {
				at = t0.Add(-time.Hour)
			}
			if _, err := in.Record(ctx, ev(id, at)); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := in.Record(ctx, inbox.Event{Platform: "matrix", ID: "m1", Received: t0}); err != nil {
			t.Fatal(err)
		}
		got, err := in.Pending(ctx, "slack", t0, 2)
		if err != nil {
			t.Fatal(err)
		}
		if ids := idsOf(got); ids != "e1,e2" {
			t.Fatalf("Pending(since t0, 2) = %s, want e1,e2", ids)
		}
		if err := in.Prune(ctx, t0.Add(150*time.Second)); err != nil {
			t.Fatal(err)
		}
		got, _ = in.Pending(ctx, "slack", t0.Add(-2*time.Hour), 10)
		if ids := idsOf(got); ids != "e3" {
			t.Fatalf("after Prune: Pending = %s, want e3", ids)
		}
	})

	t.Run("ConcurrentWorkersAnswerOnce", func(t *testing.T) {
		in := open(t)
		const events, workers = 40, 4
		for i := 0; i < events; i++ {
			if _, err := in.Record(ctx, ev(string(rune('A'+i)), t0)); err != nil {
				t.Fatal(err)
			}
		}
		var answered [events]atomic.Int32
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			holder := string(rune('a' + w))
			wg.Go(func() {
				for i := 0; i < events; i++ {
					id := string(rune('A' + i))
					ok, err := in.Lease(ctx, "slack", id, holder, t0, t0.Add(time.Minute))
					if err != nil {
						t.Error(err)
						return
					}
					if ok {
						answered[i].Add(1)
						if err := in.MarkAnswered(ctx, "slack", id, t0); err != nil {
							t.Error(err)
						}
					}
				}
			})
		}
		wg.Wait()
		for i := range answered {
			if n := answered[i].Load(); n != 1 {
				t.Errorf("event %d answered %d times", i, n)
			}
		}
	})
}

func idsOf(es []inbox.Event) string {
	s := ""
	for i, e := range es {
		if i > 0 {
			s += ","
		}
		s += e.ID
	}
	return s
}
