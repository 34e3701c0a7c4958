package slack

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/store"
)

// blippingInbox is the store while its database is briefly unreachable
// (restarted, failing over): the next failLease leases and failMark
// marks fail as a lost connection does.
type blippingInbox struct {
	*store.Store
	failLease, failMark atomic.Int32
}

var errConnLost = errors.New("read unix @->/run/postgresql/.s.PGSQL.5432: read: connection reset by peer")

func (b *blippingInbox) Lease(ctx context.Context, platform, id, holder string, now, until time.Time) (bool, error) {
	if b.failLease.Add(-1) >= 0 {
		return false, errConnLost
	}
	return b.Store.Lease(ctx, platform, id, holder, now, until)
}

func (b *blippingInbox) MarkAnswered(ctx context.Context, platform, id string, at time.Time) error {
	if b.failMark.Add(-1) >= 0 {
		return errConnLost
	}
	return b.Store.MarkAnswered(ctx, platform, id, at)
}

// A database that is gone for a moment while an event is being answered
// neither loses the event nor leaves it hanging until its lease (two
// minutes) runs out: the worker waits for the database to lease it, and
// to mark it answered after the reply went out; the event is answered
// once and marked within about a second of the database coming back.
func TestDatabaseBlipWhileAnsweringDoesNotWaitForTheLease(t *testing.T) {
	for _, tc := range []struct {
		name              string
		failLease, failMk int32
	}{
		{"lease fails", 4, 0},
		{"mark fails after the reply", 0, 4},
		{"both", 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := fakeslack.New(t)
			st, err := store.Open(t.TempDir() + "/s.db")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			in := &blippingInbox{Store: st}
			in.failLease.Store(tc.failLease)
			in.failMark.Store(tc.failMk)
			h := start(t, fs, st, nil, nil, func(o *Options) { o.Inbox = in })
			ts := "1700007300.000100"
			began := time.Now()
			fs.SendEvent("EvBLIP", fakeslack.Mention("C0730", "U0001", ts, "", "<@"+fakeslack.BotUserID+"> Peru attribution"), 0)
			fs.Wait("marked answered", func() bool {
				ok, _ := st.Answered(context.Background(), Platform, "msg:C0730:"+ts)
				return ok
			})
			if took := time.Since(began); took > h.a.leaseFor/4 {
				t.Errorf("marked after %s: it waited for the lease (%s)", took, h.a.leaseFor)
			}
			if n := len(fs.Messages("C0730")); n != 1 {
				t.Errorf("%d messages, want 1", n)
			}
			if n := len(h.bot.questions()); n != 1 {
				t.Errorf("answered %d times, want 1", n)
			}
			if in.failLease.Load() > 0 || in.failMark.Load() > 0 {
				t.Errorf("the database failures were not all met (lease %d, mark %d left)", in.failLease.Load(), in.failMark.Load())
			}
		})
	}
}
