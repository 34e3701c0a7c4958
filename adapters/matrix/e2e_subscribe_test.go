package matrix_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Brussels even on machines without /usr/share/zoneinfo

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/commands"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/schedule"
	"github.com/stancebot/stancebot/seeds"
	"github.com/stancebot/stancebot/store"
)

// TestSubscriptionRoundTripThroughMatrix subscribes, lists, receives a
// scheduled digest and unsubscribes in a group room on the shared Dendrite,
// with the real bot over the seeds, a store of subscriptions and the Matrix
// adapter; only alice is an admin, bob is not.
func TestSubscriptionRoundTripThroughMatrix(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatalf("load seeds: %v", err)
	}
	st, err := store.Open(filepath.Join(t.TempDir(), "subs.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() }) // before newEnv's cleanups, so it runs after the adapter stops
	e := newEnv(t)
	b := bot.New(c)
	log := testLogger(t, e.logs) // once, before the adapter logs: testLogger resets the recorder
	now := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)
	// As subscriptionCommands builds it for subscriptions.who: admins.
	cmds := &commands.Digests{
		Source:     b,
		Store:      st,
		History:    st,
		Policy:     commands.SubscribePolicy{Admins: map[string][]string{"matrix": {string(e.alice.ID)}}},
		DefaultTZ:  "Europe/Brussels",
		CanDeliver: func(p string) bool { return p == "matrix" },
		Now:        func() time.Time { return now },
		Log:        log.With("component", "subscriptions"),
	}
	e.handler = bot.Chain(b, cmds.Middleware)
	e.startBot()

	bob, err := e.srv.Register(context.Background(), fmt.Sprintf("bob%d", userSeq.Add(1)))
	if err != nil {
		t.Fatal(err)
	}
	room := e.createRoom(&mautrix.ReqCreateRoom{Name: "subscriptions", Preset: "private_chat", Invite: []id.UserID{e.botUser.ID, bob.ID}})
	if _, err := bob.Client.JoinRoomByID(context.Background(), room); err != nil {
		t.Fatalf("bob joins: %v", err)
	}
	waitJoined(t, e.alice.Client, room, e.botUser.ID)
	waitJoined(t, e.alice.Client, room, bob.ID)

	say := func(who *mautrix.Client, body, want string) {
		t.Helper()
		q := send(t, who, room, text("!stance "+body))
		c := waitReply(t, e.alice.Client, room, e.botUser.ID, q).Content.AsMessage()
		if c.MsgType != event.MsgNotice || c.Body != want {
			t.Errorf("%s: reply %s %q, want m.notice %q", body, c.MsgType, c.Body, want)
		}
	}
	say(bob.Client, "subscribe sovereignty weekly", "Only this bot's admins may change subscriptions here.")
	say(e.alice.Client, "subscribe sovereignty weekly", "Subscribed #1: sovereignty, 0 9 * * MON (Europe/Brussels). Next digest: Mon 30 Mar 2026 09:00 CEST.")
	say(bob.Client, "subscriptions", "Subscriptions in this room:\n#1 sovereignty: `0 9 * * MON` (Europe/Brussels), next Mon 30 Mar 2026 09:00 CEST")

	// Monday 09:00 Brussels: the scheduler sends the digest through the
	// adapter (an adapters.Sender) to the room.
	sch := &schedule.Scheduler{Builder: b, Ledger: st, Subs: st, Senders: map[string]adapters.Sender{"matrix": e.adapter},
		Log: log.With("component", "digests")}
	if err := sch.Recover(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := sch.Tick(context.Background(), time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	var digest *event.MessageEventContent
	waitFor(t, "the digest", func() (bool, error) {
		for _, evt := range roomEvents(t, e.alice.Client, room) {
			if c := evt.Content.AsMessage(); evt.Sender == e.botUser.ID && evt.Type == event.EventMessage && c.RelatesTo.GetReplyTo() == "" {
				digest = c
				return true, nil
			}
		}
		return false, nil
	})
	if digest.MsgType != event.MsgNotice || !strings.Contains(digest.FormattedBody, "<b>sovereignty</b>") ||
		!strings.Contains(digest.FormattedBody, "<code>004_a60c58689f941b60</code>") || !strings.Contains(digest.Body, "004_a60c58689f941b60") {
		t.Errorf("digest = %s:\n%s\n%s", digest.MsgType, digest.Body, digest.FormattedBody)
	}

	say(bob.Client, "unsubscribe sovereignty", "Only this bot's admins may change subscriptions here.")
	say(e.alice.Client, "unsubscribe sovereignty", "Unsubscribed #1.")
	say(bob.Client, "subscriptions", "No subscriptions in this room. Usage: subscribe <theme…> <daily|weekly|cron expression> [time zone], e.g. `subscribe sovereignty weekly` or `subscribe attribution 0 9 * * MON Europe/Brussels`. daily = 09:00 every day, weekly = Mondays 09:00. `subscribe changes` posts what changed after each corpus reload.")
}
