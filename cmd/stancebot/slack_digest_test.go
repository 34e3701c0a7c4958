package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters"
	slackadapter "github.com/stancebot/stancebot/adapters/slack"
	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/schedule"
	"github.com/stancebot/stancebot/seeds"
	"github.com/stancebot/stancebot/store"
)

// TestSubscriptionRoundTripThroughSlack subscribes, lists, receives a
// scheduled digest and unsubscribes in a channel of a fake Slack workspace
// (loopback only), with the real bot, store, scheduler and Slack adapter.
func TestSubscriptionRoundTripThroughSlack(t *testing.T) {
	fs := fakeslack.New(t)
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(c)
	st, err := store.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	senders := map[string]adapters.Sender{}
	cfg := &config.Config{Subscriptions: config.Subscriptions{Who: "admins", Admins: map[string][]string{"slack": {"UADMIN1"}},
		DefaultTimezone: "Europe/Brussels"}}
	cmds := subscriptionCommands(cfg, b, st, senders, quietLog)
	now := time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)
	cmds.Now = func() time.Time { return now }

	a, err := slackadapter.New(slackadapter.Options{Config: config.Slack{Transport: "socket", BotToken: fakeslack.BotToken,
		AppToken: fakeslack.AppToken, APIURL: fs.APIURL}, Handler: bot.Chain(b, cmds.Middleware), Inbox: st, Logger: quietLog, ShutdownTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	senders["slack"] = a
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("adapter: %v", err)
		}
	}()
	fs.Wait("adapter ready", a.Ready)

	posts := 0
	say := func(user, text string) string {
		t.Helper()
		posts++
		ts := fmt.Sprintf("1774612800.%06d", posts)
		fs.SendEvent("Ev"+ts, fakeslack.Mention("C0CYBERNORMS", user, ts, "", "<@"+fakeslack.BotUserID+"> "+text), 0)
		calls := fs.WaitCalls("chat.postMessage", posts)
		return callText(calls[posts-1])
	}
	steps := []struct{ user, text, want string }{
		{"UOTHER1", "subscribe sovereignty weekly", "Only this bot's admins"},
		{"UADMIN1", "subscribe sovereignty weekly", "Subscribed #1: sovereignty, 0 9 * * MON (Europe/Brussels). Next digest: Mon 30 Mar 2026 09:00 CEST."},
		{"UOTHER1", "subscriptions", "#1 sovereignty"},
		{"UADMIN1", "subscribe astrology daily", `I don't know the theme "astrology"`},
	}
	for _, s := range steps {
		if got := say(s.user, s.text); !strings.Contains(got, s.want) {
			t.Errorf("%s: reply %q lacks %q", s.text, got, s.want)
		}
	}

	// Monday 09:00 Brussels: the scheduler posts the digest in the channel, once.
	sch := &schedule.Scheduler{Builder: b, Ledger: st, Subs: st, Senders: senders, Log: quietLog}
	if err := sch.Recover(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, at := range []time.Time{time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC), time.Date(2026, 3, 30, 7, 5, 0, 0, time.UTC)} {
		if _, err := sch.Tick(context.Background(), at); err != nil {
			t.Fatal(err)
		}
	}
	posts++
	calls := fs.WaitCalls("chat.postMessage", posts)
	digest := calls[posts-1]
	if digest.Param("channel") != "C0CYBERNORMS" || !strings.Contains(callText(digest), "sovereignty") || !strings.Contains(callText(digest), "EU Cyber Direct · `0") {
		t.Errorf("digest post = channel %q, %s", digest.Param("channel"), callText(digest))
	}

	for _, s := range []struct{ user, text, want string }{
		{"UADMIN1", "unsubscribe sovereignty", "Unsubscribed #1."},
		{"UOTHER1", "subscriptions", "No subscriptions in this room"},
	} {
		if got := say(s.user, s.text); !strings.Contains(got, s.want) {
			t.Errorf("%s: reply %q lacks %q", s.text, got, s.want)
		}
	}
	if n := len(fs.Calls("chat.postMessage")); n != posts {
		t.Errorf("%d posts, want %d (the digest went out once)", n, posts)
	}
}

// callText is a post's fallback text and blocks, flattened for matching.
func callText(c fakeslack.Call) string {
	blocks, _ := json.Marshal(c.Blocks())
	return c.Param("text") + "\n" + string(blocks)
}
