package main

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters"
	slackadapter "github.com/stancebot/stancebot/adapters/slack"
	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/schedule"
	"github.com/stancebot/stancebot/schedule/spec"
	"github.com/stancebot/stancebot/seeds"
	"github.com/stancebot/stancebot/store"
	"github.com/stancebot/stancebot/store/storetest"
)

// dyingLedger is the store of a process that dies right after Send
// returns: the outcome (sent or failed) is never recorded, so the slot's
// row stays pending, as after a kill -9 inside the send window.
type dyingLedger struct{ *store.Store }

var errDied = errors.New("the process died here")

func (dyingLedger) MarkSent(context.Context, string, string, time.Time, string, []string, time.Time) error {
	return errDied
}

func (dyingLedger) MarkFailed(context.Context, string, string, time.Time, string, time.Time, bool, time.Time) error {
	return errDied
}

// deadSender dies before its post reaches Slack.
type deadSender struct{}

func (deadSender) Send(context.Context, string, bot.Reply) error { return errDied }

// A scheduler died between sending a Slack digest and recording it, once
// after the post went through and once before. The next scheduler (a
// restart, or a new leader) finds the slot unconfirmed, looks for the
// slot's key in the channel history through the Slack adapter, and records
// it as sent without posting (it was delivered) or posts it (it was not):
// one digest in the channel either way, on both stores.
func TestUnconfirmedSlackDigestIsResolved(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(c)
	sp, err := spec.Parse("0 9 * * *", "UTC")
	if err != nil {
		t.Fatal(err)
	}
	const channel = "C0DIGESTS"
	target := delivery.Target{Platform: "slack", Room: channel}
	job := schedule.Job{ID: "digest:morning", Name: "morning", Spec: sp, Themes: []string{"sovereignty"},
		Targets: []delivery.Target{target}, Since: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)}
	slot := time.Date(2026, 4, 2, 9, 0, 0, 0, time.UTC)

	tests := []struct {
		name       string
		postedOnce bool // the dying process's post went through
	}{
		{"posted before the crash", true},
		{"not posted before the crash", false},
	}
	for _, e := range storetest.Engines() {
		for _, tc := range tests {
			t.Run(e.Name+"/"+tc.name, func(t *testing.T) {
				fs := fakeslack.New(t)
				st, err := store.Open(e.Location(t))
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
				a, err := slackadapter.New(slackadapter.Options{Config: config.Slack{Transport: "socket", BotToken: fakeslack.BotToken,
					AppToken: fakeslack.AppToken, APIURL: fs.APIURL}, Handler: b, Inbox: st, Logger: quietLog, ShutdownTimeout: 5 * time.Second})
				if err != nil {
					t.Fatal(err)
				}
				var first adapters.Sender = a
				if !tc.postedOnce {
					first = deadSender{}
				}
				dying := &schedule.Scheduler{Builder: b, Ledger: dyingLedger{st}, Jobs: []schedule.Job{job},
					Senders: map[string]adapters.Sender{"slack": first}, Log: quietLog}
				ctx := context.Background()
				if err := dying.Recover(ctx); err != nil {
					t.Fatal(err)
				}
				dying.Tick(ctx, slot.Add(10*time.Second))
				if sl, _, _ := st.LedgerSlot(ctx, job.ID, target.String(), slot); sl.State != delivery.SlotPending {
					t.Fatalf("after the crash the slot is %q, want pending", sl.State)
				}
				posts := len(fs.Calls("chat.postMessage"))
				if want := map[bool]int{true: 1, false: 0}[tc.postedOnce]; posts != want {
					t.Fatalf("the dying process posted %d messages, want %d", posts, want)
				}

				next := &schedule.Scheduler{Builder: b, Ledger: st, Jobs: []schedule.Job{job},
					Senders: map[string]adapters.Sender{"slack": a}, Log: quietLog}
				if err := next.Recover(ctx); err != nil {
					t.Fatal(err)
				}
				for _, at := range []time.Duration{2 * time.Minute, 3 * time.Minute} {
					if _, err := next.Tick(ctx, slot.Add(at)); err != nil {
						t.Fatal(err)
					}
				}
				sl, _, err := st.LedgerSlot(ctx, job.ID, target.String(), slot)
				if err != nil || sl.State != delivery.SlotSent {
					t.Errorf("slot state %q (%v), want sent", sl.State, err)
				}
				msgs := fs.Messages(channel)
				if len(msgs) != 1 {
					t.Fatalf("%d digests in the channel, want exactly 1: %+v", len(msgs), msgs)
				}
				if !strings.Contains(msgs[0].Metadata, schedule.SlotKey(job.ID, target.String(), slot)+"#0") {
					t.Errorf("the digest's metadata %q lacks the slot key", msgs[0].Metadata)
				}
				if len(fs.Calls("conversations.history")) == 0 {
					t.Error("the unconfirmed slot was resolved without looking at the channel")
				}
			})
		}
	}
}
