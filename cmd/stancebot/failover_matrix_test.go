package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/adapters/matrix/matrixtest"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/leader"
	"github.com/stancebot/stancebot/store"
	"github.com/stancebot/stancebot/store/storetest"
)

// holdProxy sits between the replicas and Dendrite and holds the first
// message send (PUT …/send/m.room.message/…) that match accepts until its
// sender goes away: with committed, after Dendrite has stored it (the
// message is in the room; the sender never hears back), else before it
// reaches Dendrite (the message is lost with its sender). That is where
// the test kills the leader: deterministically in the middle of a send.
type holdProxy struct {
	rp        *httputil.ReverseProxy
	match     func(body []byte) bool
	committed bool

	mu      sync.Mutex
	held    bool
	reached chan struct{}
}

func newHoldProxy(t *testing.T, upstream string, committed bool, match func([]byte) bool) (*holdProxy, string) {
	u, err := url.Parse(upstream)
	if err != nil {
		t.Fatal(err)
	}
	p := &holdProxy{rp: httputil.NewSingleHostReverseProxy(u), match: match, committed: committed, reached: make(chan struct{})}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return p, srv.URL
}

func (p *holdProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPut || !strings.Contains(r.URL.Path, "/send/m.room.message/") {
		p.rp.ServeHTTP(w, r)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	p.mu.Lock()
	take := !p.held && p.match(body)
	p.held = p.held || take
	p.mu.Unlock()
	if !take {
		p.rp.ServeHTTP(w, r)
		return
	}
	if p.committed {
		// Dendrite stores the message; its answer goes nowhere.
		p.rp.ServeHTTP(httptest.NewRecorder(), r.WithContext(context.WithoutCancel(r.Context())))
	}
	close(p.reached)
	<-r.Context().Done() // until the sender is killed
}

// matrixReplicaConfig writes the configuration of replicas on url whose
// Matrix account is bot, reached through homeserver; extra is appended.
func matrixReplicaConfig(t *testing.T, url, homeserver string, bot, alice *matrixtest.User, extra string) string {
	t.Helper()
	t.Setenv("FAILOVER_MATRIX_PASSWORD", bot.Password) // the replicas inherit the test's environment
	dir := t.TempDir()
	cfg := "listen: 127.0.0.1:0\nlog:\n  format: json\ndata_dir: " + dir +
		"\nstore:\n  url: " + url +
		"\nmatrix:\n  homeserver: " + homeserver + "\n  user_id: \"" + string(bot.ID) + "\"\n  password: ${FAILOVER_MATRIX_PASSWORD}" +
		"\n  allow_invites_from: [\"" + string(alice.ID) + "\"]\n" + extra
	p := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(p, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// botRoom creates a room of alice and the bot (a direct chat when dm),
// the bot joining through its own session before any replica runs.
func botRoom(t *testing.T, alice, bot *matrixtest.User, dm bool) id.RoomID {
	t.Helper()
	ctx := context.Background()
	req := &mautrix.ReqCreateRoom{Preset: "private_chat", Name: "failover", Invite: []id.UserID{bot.ID}}
	if dm {
		req = &mautrix.ReqCreateRoom{Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{bot.ID}}
	}
	resp, err := alice.Client.CreateRoom(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bot.Client.JoinRoomByID(ctx, resp.RoomID); err != nil {
		t.Fatalf("bot joins: %v", err)
	}
	return resp.RoomID
}

// roomMessages returns the room's messages, oldest first.
func roomMessages(t *testing.T, cli *mautrix.Client, room id.RoomID) []*event.Event {
	t.Helper()
	resp, err := cli.Messages(context.Background(), room, "", "", mautrix.DirectionBackward, nil, 500)
	if err != nil {
		t.Fatalf("messages in %s: %v", room, err)
	}
	var out []*event.Event
	for i := len(resp.Chunk) - 1; i >= 0; i-- {
		evt := resp.Chunk[i]
		if evt.Type != event.EventMessage {
			continue
		}
		evt.Content.ParseRaw(evt.Type)
		out = append(out, evt)
	}
	return out
}

// digestCopies counts the bot's messages under the send key key in room,
// as alice reads the room once every earlier message is readable.
//
// Dendrite answers a send once the roomserver stored the event, but
// /messages reads the sync API's copy, which the sync API consumes from
// the roomserver's output stream a moment later (seconds under load): a
// digest recorded sent can be missing from /messages for a while. So
// alice sends a marker and the room is read once the marker is in it:
// the sync API consumes a room's events in order, so every message
// stored before the marker, the digest and any double of it, is readable
// by then. Until the deadline the digest's absence is retried, not
// counted; past it, it is reported.
func digestCopies(t *testing.T, alice *matrixtest.User, room id.RoomID, botID id.UserID, key string) int {
	t.Helper()
	marker, err := alice.Client.SendText(context.Background(), room, "marker after the digest")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	deadline := start.Add(30 * time.Second)
	for reads := 1; ; reads++ {
		n, seen := 0, false
		for _, evt := range roomMessages(t, alice.Client, room) {
			if evt.ID == marker.EventID {
				seen = true
			}
			if evt.Sender == botID && evt.Content.Raw["org.stancebot.send_key"] == key {
				n++
			}
		}
		if (seen && n > 0) || time.Now().After(deadline) {
			if !seen {
				t.Errorf("alice's marker %s is not readable in %s within 30s", marker.EventID, room)
			}
			t.Logf("the room read back %s (%d reads) after the marker was sent", time.Since(start).Round(time.Millisecond), reads)
			return n
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Two scenarios on a real Dendrite, each with two replicas on one
// PostgreSQL (two, not three, to spare the CPU Dendrite shares) whose
// leader is killed with SIGKILL in the middle of a send
// (a proxy holds the send, after Dendrite stored it or before it reached
// Dendrite): a scheduled digest, and the answer to a question the leader's
// sync had received. The next leader finishes: the digest is in the room
// exactly once and the ledger records it sent; every question has exactly
// one answer.
func TestLeaderKilledMidSendMatrix(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Dendrite and two stancebot processes, and waits out leases")
	}
	storetest.PostgresURL(t) // skip (or fail in CI) before Dendrite starts
	hs := matrixtest.Start(t)
	users := 0
	register := func(t *testing.T, name string) *matrixtest.User {
		t.Helper()
		users++
		u, err := hs.Register(context.Background(), fmt.Sprintf("%s%d", name, users))
		if err != nil {
			t.Fatal(err)
		}
		return u
	}
	corpusDir, err := filepath.Abs("../../testdata/altcorpus")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		committed bool
	}{{"held send committed", true}, {"held send lost", false}}

	for _, tc := range cases {
		t.Run("mid-digest/"+tc.name, func(t *testing.T) {
			url := storetest.PostgresURL(t)
			st, err := store.Open(url)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			alice, bot := register(t, "alice"), register(t, "stancebot")
			room := botRoom(t, alice, bot, false)
			target := delivery.Target{Platform: "matrix", Room: string(room)}
			cron, slot := digestSlot(time.Now())
			const job = "digest:failover"
			key := "digest/" + job + "/" + target.String() + "/" + strconv.FormatInt(slot.Unix(), 10)
			owe(t, st, job, target, slot)
			proxy, proxyURL := newHoldProxy(t, hs.URL, tc.committed, func(b []byte) bool { return bytes.Contains(b, []byte(key)) })
			cfg := matrixReplicaConfig(t, url, proxyURL, bot, alice, "corpus:\n  dir: "+corpusDir+
				"\ndigests:\n  - name: failover\n    cron: \""+cron+"\"\n    timezone: UTC\n    themes: [sovereignty, due diligence]"+
				"\n    targets: [\""+target.String()+"\"]\n")
			rs := startReplicas(t, 2, cfg)
			select {
			case <-proxy.reached:
			case <-time.After(90 * time.Second):
				t.Fatalf("the digest was never sent\n%s", rs.logs())
			}
			old, oldSt := rs.waitLeader(5 * time.Second)
			killed := time.Now()
			rs.kill(old)
			_, newSt := rs.waitLeader(leader.DefaultTTL + leader.DefaultTTL/3 + 5*time.Second)
			if newSt.Token <= oldSt.Token {
				t.Errorf("new leader's token %d, want above %d", newSt.Token, oldSt.Token)
			}
			poll(t, "the slot recorded as sent", 40*time.Second, func() bool {
				return slotState(t, st, job, target.String(), slot) == delivery.SlotSent
			}, rs.logs)
			took := time.Since(killed)
			if n := digestCopies(t, alice, room, bot.ID, key); n != 1 {
				t.Errorf("the digest is in the room %d times, want once\n%s", n, rs.logs())
			}
			t.Logf("kill -9 of the leader mid-digest (%s): digest settled %s after the kill", tc.name, took.Round(10*time.Millisecond))
		})
	}

	for _, tc := range cases {
		t.Run("mid-sync/"+tc.name, func(t *testing.T) {
			url := storetest.PostgresURL(t)
			alice, bot := register(t, "alice"), register(t, "stancebot")
			room := botRoom(t, alice, bot, true)
			proxy, proxyURL := newHoldProxy(t, hs.URL, tc.committed, func([]byte) bool { return true })
			rs := startReplicas(t, 2, matrixReplicaConfig(t, url, proxyURL, bot, alice, ""))
			lead, _ := rs.waitLeader(2 * leader.DefaultTTL)
			poll(t, "the leader syncing", 60*time.Second, func() bool {
				c, _ := get(t, "http://"+lead.addr+"/readyz")
				return c == 200
			}, rs.logs)
			questions := []string{
				"What does Peru say on attribution?",
				"What is Serbia's position on sovereignty?",
				"Does Brazil mention due diligence?",
			}
			var asked []id.EventID
			for _, q := range questions {
				resp, err := alice.Client.SendText(context.Background(), room, q)
				if err != nil {
					t.Fatal(err)
				}
				asked = append(asked, resp.EventID)
			}
			select {
			case <-proxy.reached:
			case <-time.After(60 * time.Second):
				t.Fatalf("no answer was sent\n%s", rs.logs())
			}
			old, oldSt := rs.waitLeader(5 * time.Second)
			if old != lead {
				t.Fatalf("the leader changed before the kill")
			}
			killed := time.Now()
			rs.kill(old)
			_, newSt := rs.waitLeader(leader.DefaultTTL + leader.DefaultTTL/3 + 5*time.Second)
			if newSt.Token <= oldSt.Token {
				t.Errorf("new leader's token %d, want above %d", newSt.Token, oldSt.Token)
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
			poll(t, "every question answered", 60*time.Second, func() bool {
				got := replies()
				for _, q := range asked {
					if got[q] == 0 {
						return false
					}
				}
				return true
			}, rs.logs)
			took := time.Since(killed)
			// A marker asked after: the new leader answers batches in
			// order, so a double would be in the room by its answer.
			marker, err := alice.Client.SendText(context.Background(), room, "What does Peru say on sovereignty?")
			if err != nil {
				t.Fatal(err)
			}
			poll(t, "the marker answered", 30*time.Second, func() bool { return replies()[marker.EventID] > 0 }, rs.logs)
			got := replies()
			for i, q := range asked {
				if got[q] != 1 {
					t.Errorf("question %q has %d answers, want exactly 1", questions[i], got[q])
				}
			}
			if got[marker.EventID] != 1 {
				t.Errorf("the marker has %d answers, want 1", got[marker.EventID])
			}
			t.Logf("kill -9 of the leader mid-answer (%s): all %d questions answered %s after the kill",
				tc.name, len(asked), took.Round(10*time.Millisecond))
		})
	}
}
