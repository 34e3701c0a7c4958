package schedule

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/metrics"
	"github.com/stancebot/stancebot/store"
)

// confirmingSender is a fakeSender that can read the room back: found and
// err are what Delivered answers; lookups counts the calls.
type confirmingSender struct {
	fakeSender
	found   bool
	err     error
	mu      sync.Mutex
	lookups int
}

func (c *confirmingSender) Delivered(ctx context.Context, room, key string, since time.Time) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lookups++
	return c.found, c.err
}

func abandonedCount(t *testing.T, platform, reason string) float64 {
	t.Helper()
	mfs, err := metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != "stancebot_digests_abandoned_total" {
			continue
		}
	metric:
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if (l.GetName() == "platform" && l.GetValue() != platform) || (l.GetName() == "reason" && l.GetValue() != reason) {
					continue metric
				}
			}
			return m.GetCounter().GetValue()
		}
	}
	return 0
}

// A digest slot left unconfirmed by a crash, with the bot back only after
// the slot's grace window: it is never sent (hours late), and it does not
// stay unconfirmed for good either. Where the room can be read back it is
// looked for once: found, it is recorded as sent; not found or unreadable,
// abandoned with a reason in the metrics. A platform that cannot be read
// back abandons it. A later pass does not look again.
func TestUnconfirmedSlotPastGraceIsSettled(t *testing.T) {
	slot := utc("2026-03-30T07:00:00Z") // Monday 09:00 CEST
	tests := []struct {
		name      string
		confirm   bool // the Slack sender can read the room back
		found     bool
		err       error
		state     string
		reason    string // the abandoned counter that goes up
		wantLooks int
	}{
		{"found delivered", true, true, nil, delivery.SlotSent, "", 1},
		{"not delivered", true, false, nil, delivery.SlotAbandoned, "not_delivered", 1},
		{"room unreadable", true, false, errors.New("not_in_channel"), delivery.SlotAbandoned, "lookup_failed", 1},
		{"platform cannot be read back", false, false, nil, delivery.SlotAbandoned, "cannot_check", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, path := openStore(t)
			job := weekly(t, delivery.Target{Platform: "slack", Room: "C1"})
			first := &fakeSender{}
			s1 := newScheduler(t, &crashLedger{Store: st, crashAfterSend: true}, []Job{job}, map[string]*fakeSender{"slack": first})
			s1.Tick(context.Background(), slot) // sent, then the process "dies" before recording it
			if n := len(first.deliveries()); n != 1 {
				t.Fatalf("first process sent %d, want 1", n)
			}
			st.Close()

			st2, err := store.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer st2.Close()
			cs := &confirmingSender{found: tc.found, err: tc.err}
			s2 := newScheduler(t, st2, []Job{job}, nil)
			if tc.confirm {
				s2.Senders["slack"] = cs
			} else {
				s2.Senders["slack"] = &cs.fakeSender
			}
			var before float64
			if tc.reason != "" {
				before = abandonedCount(t, "slack", tc.reason)
			}
			// Back two hours after the slot: past the one-hour grace.
			for _, at := range []time.Time{slot.Add(2 * time.Hour), slot.Add(2*time.Hour + time.Minute)} {
				s2.Tick(context.Background(), at)
			}
			if n := len(cs.deliveries()); n != 0 {
				t.Errorf("the late slot was sent %d times", n)
			}
			if cs.lookups != tc.wantLooks {
				t.Errorf("%d lookups, want %d", cs.lookups, tc.wantLooks)
			}
			row, ok, _ := st2.LedgerSlot(context.Background(), job.ID, "slack:C1", slot)
			if !ok || row.State != tc.state {
				t.Errorf("slot row = %+v, want %s", row, tc.state)
			}
			if tc.reason != "" {
				if got := abandonedCount(t, "slack", tc.reason) - before; got != 1 {
					t.Errorf("stancebot_digests_abandoned_total{reason=%q} went up by %v, want 1", tc.reason, got)
				}
			}
			// The next week is sent normally.
			s2.Tick(context.Background(), slot.Add(7*24*time.Hour))
			if n := len(cs.deliveries()); n != 1 {
				t.Errorf("next week: %d deliveries, want 1", n)
			}
		})
	}
}
