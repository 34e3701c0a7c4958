package main

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/adapters/matrix/matrixtest"
	"github.com/stancebot/stancebot/leader"
	"github.com/stancebot/stancebot/store/storetest"
)

// Issue 14's PostgreSQL restart, for the leader's Matrix sync on a real
// Dendrite: three `serve` processes on a private PostgreSQL, a question
// sent to the bot's room every 400 ms; mid-stream the database is stopped
// (connections cut), kept down 4 s and started again. The replicas go
// not-ready while it is down and ready after, with no restart; the
// questions sent while it was down are answered after it is back; every
// question has exactly one answer.
func TestMatrixQuestionsAcrossPostgresRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("Dendrite, three processes, a PostgreSQL stopped and started")
	}
	pg := storetest.StartPrivate(t)
	hs := matrixtest.Start(t)
	ctx := context.Background()
	alice, err := hs.Register(ctx, "alice")
	if err != nil {
		t.Fatal(err)
	}
	bot, err := hs.Register(ctx, "stancebot")
	if err != nil {
		t.Fatal(err)
	}
	room := botRoom(t, alice, bot, true)
	rs := startReplicas(t, 3, matrixReplicaConfig(t, pg.URL, hs.URL, bot, alice, ""))
	lead, _ := rs.waitLeader(2 * leader.DefaultTTL)
	poll(t, "the leader syncing", 60*time.Second, func() bool {
		c, _ := get(t, "http://"+lead.addr+"/readyz")
		return c == 200
	}, rs.logs)
	allReady := func(want int) func() bool {
		return func() bool {
			for _, r := range rs.reps {
				if c, _ := get(t, "http://"+r.addr+"/readyz"); c != want {
					return false
				}
			}
			return true
		}
	}
	poll(t, "every replica ready", 30*time.Second, allReady(200), rs.logs)

	countries := []string{"Peru", "Serbia", "Brazil", "Peru", "Serbia"}
	themes := []string{"attribution", "sovereignty", "due diligence", "human rights"}
	const questions, stopAfter = 20, 6
	var mu sync.Mutex
	var asked []id.EventID
	var sentAt []time.Time
	stopNow := make(chan struct{})
	streamed := make(chan struct{})
	go func() {
		defer close(streamed)
		for i := range questions {
			if i == stopAfter {
				close(stopNow)
			}
			q := fmt.Sprintf("What does %s say on %s? (%d)", countries[i%len(countries)], themes[i%len(themes)], i)
			resp, err := alice.Client.SendText(ctx, room, q)
			if err != nil {
				t.Errorf("question %d: %v", i, err)
				continue
			}
			mu.Lock()
			asked = append(asked, resp.EventID)
			sentAt = append(sentAt, time.Now())
			mu.Unlock()
			time.Sleep(400 * time.Millisecond)
		}
	}()
	<-stopNow
	if err := pg.Stop(); err != nil {
		t.Fatal(err)
	}
	stopped := time.Now()
	took := poll(t, "every replica not ready", 10*time.Second, allReady(503), rs.logs)
	t.Logf("every replica not ready %s after the database stopped", took.Round(time.Millisecond))
	time.Sleep(max(0, 4*time.Second-time.Since(stopped)))
	if err := pg.Start(); err != nil {
		t.Fatal(err)
	}
	took = poll(t, "every replica ready again", 30*time.Second, allReady(200), rs.logs)
	readyAgain := time.Now()
	t.Logf("database down %s; every replica ready again %s after it started", (time.Since(stopped) - took).Round(time.Millisecond), took.Round(time.Millisecond))
	<-streamed
	during := 0
	for _, at := range sentAt {
		if at.After(stopped) && at.Before(readyAgain) {
			during++
		}
	}
	if during == 0 {
		t.Errorf("no question was sent while the database was down")
	}
	for _, r := range rs.reps {
		select {
		case <-r.done:
			t.Fatalf("replica %s exited:\n%s", r.addr, rs.logs())
		default:
		}
	}

	replies := func() map[id.EventID]int {
		got := map[id.EventID]int{}
		for _, evt := range roomMessages(t, alice.Client, room) {
			if evt.Sender == bot.ID {
				got[evt.Content.AsMessage().RelatesTo.GetReplyTo()]++
			}
		}
		return got
	}
	mu.Lock()
	all := append([]id.EventID(nil), asked...)
	mu.Unlock()
	if len(all) != questions {
		t.Fatalf("%d questions sent, want %d", len(all), questions)
	}
	took = poll(t, "every question answered", 90*time.Second, func() bool {
		got := replies()
		for _, q := range all {
			if got[q] == 0 {
				return false
			}
		}
		return true
	}, rs.logs)
	// A marker asked after: the leader answers in order, so a double of an
	// earlier question would be in the room by the marker's answer.
	marker, err := alice.Client.SendText(ctx, room, "What does Peru say on sovereignty? (marker)")
	if err != nil {
		t.Fatal(err)
	}
	poll(t, "the marker answered", 30*time.Second, func() bool { return replies()[marker.EventID] > 0 }, rs.logs)
	got := replies()
	for i, q := range all {
		if got[q] != 1 {
			t.Errorf("question %d has %d answers, want exactly 1", i, got[q])
		}
	}
	if got[marker.EventID] != 1 {
		t.Errorf("the marker has %d answers, want 1", got[marker.EventID])
	}
	t.Logf("%d questions, %d of them sent while the database was down: all answered once, the last %s after the stream ended",
		questions, during, took.Round(10*time.Millisecond))
}
