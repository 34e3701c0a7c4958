package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/store"
	"github.com/stancebot/stancebot/store/storetest"
)

// TestMain stops the PostgreSQL storetest may have started.
func TestMain(m *testing.M) { os.Exit(storetest.Run(m)) }

// slowBot answers after a short random delay, so kills land while
// questions are being answered.
type slowBot struct{}

func (slowBot) Handle(ctx context.Context, q bot.Question) bot.Reply {
	select {
	case <-time.After(time.Duration(rand.IntN(30)) * time.Millisecond):
	case <-ctx.Done():
	}
	return bot.Reply{Query: q.Text, Intent: bot.IntentStance, Countries: []string{"Peru"}, Answers: []bot.Answer{{
		Country: "Peru", Text: "Peru holds that attribution rests on evidence: " + q.Text, Sources: []string{"000_1ebf36fdb85f7c30"}}}}
}

// burstReplica is one in-process replica: its own Slack adapter (HTTP
// transport) and its own store connections to the shared PostgreSQL.
type burstReplica struct {
	n        int
	a        *Adapter
	st       *store.Store
	cancel   context.CancelFunc
	done     chan error
	endpoint string
}

// Three replicas on one PostgreSQL take a burst of Slack Events API
// deliveries, each sent to a random replica and retried on another until
// one acknowledges it, a quarter of them delivered again as Slack's retries
// are; meanwhile replicas are killed at random (their database
// connections closed at once, then their context cancelled with no grace:
// what they were answering is cut off mid-way, possibly after the post
// reached Slack) and replaced by new ones. Every event is answered exactly
// once: one message per reply key in the fake Slack, and every event marked
// answered in the inbox.
func TestReplicasBurstWithKillsAnswersEachEventOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("a burst through three replicas on PostgreSQL")
	}
	url := storetest.PostgresURL(t)
	fs := fakeslack.New(t)
	const (
		secret   = "test-signing-secret"
		events   = 1000
		channels = 10
		senders  = 16
		kills    = 5
	)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	var seq atomic.Int32
	startReplica := func() *burstReplica {
		t.Helper()
		st, err := store.Open(url)
		if err != nil {
			t.Fatal(err)
		}
		cfg := config.Slack{Transport: "http", BotToken: fakeslack.BotToken, SigningSecret: secret, APIURL: fs.APIURL,
			HTTP: config.SlackHTTP{Listen: "127.0.0.1:0", Path: "/slack/events"}}
		a, err := New(Options{Config: cfg, Handler: slowBot{}, Inbox: st, ShutdownTimeout: time.Millisecond, Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		// A killed replica's leases run out in seconds, not minutes, so
		// the test stays short; the rule is the same.
		a.sweepEvery, a.leaseFor = 300*time.Millisecond, 3*time.Second
		a.backoffMin, a.backoffMax = 10*time.Millisecond, 50*time.Millisecond
		ctx, cancel := context.WithCancel(context.Background())
		r := &burstReplica{n: int(seq.Add(1)), a: a, st: st, cancel: cancel, done: make(chan error, 1)}
		go func() { r.done <- a.Run(ctx) }()
		fs.Wait("replica ready", a.Ready)
		r.endpoint = "http://" + a.HTTPAddr() + "/slack/events"
		return r
	}
	// kill ends a replica without a graceful stop: the database goes first
	// (nothing more is recorded, leased or marked), then the transport.
	kill := func(r *burstReplica) {
		r.st.Close()
		r.cancel()
		select {
		case <-r.done:
		case <-time.After(10 * time.Second):
			t.Errorf("killed replica %d did not stop", r.n)
		}
	}

	var mu sync.Mutex
	var live []*burstReplica
	for range 3 {
		live = append(live, startReplica())
	}
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, r := range live {
			kill(r)
		}
	}()
	pick := func(not string) string {
		mu.Lock()
		defer mu.Unlock()
		for range 4 {
			if e := live[rand.IntN(len(live))].endpoint; e != not {
				return e
			}
		}
		return live[rand.IntN(len(live))].endpoint
	}

	type ev struct{ id, channel, ts string }
	all := make([]ev, events)
	for i := range all {
		all[i] = ev{id: fmt.Sprintf("EvBurst%04d", i), channel: fmt.Sprintf("C0BURST%02d", i%channels), ts: fmt.Sprintf("1700002000.%06d", i)}
	}
	client := &http.Client{Timeout: 3 * time.Second} // Slack waits 3 s for an acknowledgement
	deliver := func(e ev, endpoint string, retry int) bool {
		body, _ := json.Marshal(fakeslack.Callback(e.id, fakeslack.Mention(e.channel, "U0BURST", e.ts, "",
			"<@"+fakeslack.BotUserID+"> Peru attribution "+e.id)))
		req := fakeslack.SignedRequest(endpoint, "application/json", secret, time.Now(), body)
		if retry > 0 {
			req.Header.Set("X-Slack-Retry-Num", fmt.Sprint(retry))
			req.Header.Set("X-Slack-Retry-Reason", "http_error")
		}
		resp, err := client.Do(req)
		if err != nil {
			return false
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}

	began := time.Now()
	queue := make(chan ev)
	var wg sync.WaitGroup
	var undelivered, redelivered atomic.Int32
	for range senders {
		wg.Go(func() {
			for e := range queue {
				last, ok := "", false
				for try := 0; try < 50 && !ok; try++ {
					last = pick(last)
					if ok = deliver(e, last, try); !ok {
						time.Sleep(20 * time.Millisecond)
					}
				}
				if !ok {
					undelivered.Add(1)
					continue
				}
				if rand.IntN(4) == 0 { // Slack retries one it thinks was not acknowledged in time
					redelivered.Add(1)
					deliver(e, pick(last), 1)
				}
			}
		})
	}
	killed := make(chan struct{})
	go func() {
		defer close(killed)
		for range kills {
			time.Sleep(time.Duration(150+rand.IntN(300)) * time.Millisecond)
			mu.Lock()
			i := rand.IntN(len(live))
			victim := live[i]
			live = append(live[:i:i], live[i+1:]...)
			mu.Unlock()
			kill(victim)
			r := startReplica()
			mu.Lock()
			live = append(live, r)
			mu.Unlock()
		}
	}()
	for _, e := range all {
		queue <- e
	}
	close(queue)
	wg.Wait()
	<-killed
	delivered := time.Since(began)
	if n := undelivered.Load(); n > 0 {
		t.Fatalf("%d events never acknowledged by any replica", n)
	}

	// Every event answered: a reply key "<inbox key>#0" in its channel, and
	// marked answered in the inbox.
	keyOf := func(e ev) string { return "msg:" + e.channel + ":" + e.ts }
	posted := func() map[string]int {
		out := map[string]int{}
		for c := range channels {
			for _, m := range fs.Messages(fmt.Sprintf("C0BURST%02d", c)) {
				var md struct {
					EventPayload struct {
						Key string `json:"key"`
					} `json:"event_payload"`
				}
				json.Unmarshal([]byte(m.Metadata), &md)
				out[md.EventPayload.Key]++
			}
		}
		return out
	}
	mu.Lock()
	check := live[0].st
	mu.Unlock()
	deadline := time.Now().Add(40 * time.Second)
	for {
		p := posted()
		missing := 0
		for _, e := range all {
			if p[keyOf(e)+"#0"] == 0 {
				missing++
				continue
			}
			if ok, err := check.Answered(context.Background(), Platform, keyOf(e)); err != nil || !ok {
				missing++
			}
		}
		if missing == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d events not answered and marked 40 s after the burst", missing, events)
		}
		time.Sleep(200 * time.Millisecond)
	}
	answered := time.Since(began)
	time.Sleep(time.Second) // a double would be posted by now
	var doubles []string
	p := posted()
	for k, n := range p {
		if n != 1 {
			doubles = append(doubles, fmt.Sprintf("%s ×%d", k, n))
		}
		if !strings.HasPrefix(k, "msg:C0BURST") {
			t.Errorf("a message with key %q", k)
		}
	}
	if len(doubles) > 0 {
		t.Errorf("%d reply messages posted more than once: %s", len(doubles), strings.Join(doubles[:min(10, len(doubles))], ", "))
	}
	if len(p) != events {
		t.Errorf("%d reply messages, want %d (one per event)", len(p), events)
	}
	t.Logf("%d events (%d delivered twice) through 3 replicas with %d kills: delivered in %s, all answered once after %s; %d chat.postMessage calls, %d history lookups",
		events, redelivered.Load(), kills, delivered.Round(time.Millisecond), answered.Round(time.Millisecond),
		len(fs.Calls("chat.postMessage")), len(fs.Calls("conversations.history"))+len(fs.Calls("conversations.replies")))
}
