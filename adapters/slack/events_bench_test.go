package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
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

// instantBot answers at once with one statement: the benchmark measures
// the delivery path around the bot, not the bot.
type instantBot struct{}

func (instantBot) Handle(_ context.Context, q bot.Question) bot.Reply {
	return bot.Reply{Query: q.Text, Intent: bot.IntentStance, Countries: []string{"Peru"}, Answers: []bot.Answer{{
		Country: "Peru", Text: "Peru holds that attribution rests on evidence.", Sources: []string{"000_1ebf36fdb85f7c30"}}}}
}

var benchRun atomic.Int64

// BenchmarkSlackEventsEndToEnd measures events/s end to end through the
// Slack Events API: signed HTTP deliveries (32 at a time, spread over the
// replicas as a load balancer would) → signature check → recorded in the
// inbox → 200 → leased by a worker → answered → chat.postMessage to the
// fake Slack (in this process, on the same cores) → marked answered. The
// clock stops when every event's reply is in the fake Slack and every
// event is marked. One replica on SQLite and three on one PostgreSQL, in
// the same run on the same machine:
//
//	go test ./adapters/slack -run '^$' -bench SlackEventsEndToEnd -benchtime 3000x
func BenchmarkSlackEventsEndToEnd(b *testing.B) {
	cases := []struct {
		engine   string
		replicas int
	}{
		{"sqlite", 1},
		{"postgres", 3},
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	const (
		secret   = "bench-signing-secret"
		channels = 16
		senders  = 32
	)
	for _, c := range cases {
		b.Run(fmt.Sprintf("%s/%d-replicas", c.engine, c.replicas), func(b *testing.B) {
			var loc string
			for _, e := range storetest.Engines() {
				if e.Name == c.engine {
					loc = e.Location(b)
				}
			}
			fs := fakeslack.New(b)
			var stores []*store.Store
			var endpoints []string
			var stops []func()
			for range c.replicas {
				st, err := store.Open(loc)
				if err != nil {
					b.Fatal(err)
				}
				stores = append(stores, st)
				cfg := config.Slack{Transport: "http", BotToken: fakeslack.BotToken, SigningSecret: secret, APIURL: fs.APIURL,
					HTTP: config.SlackHTTP{Listen: "127.0.0.1:0", Path: "/slack/events"}}
				a, err := New(Options{Config: cfg, Handler: instantBot{}, Inbox: st, ShutdownTimeout: time.Second, Logger: quiet})
				if err != nil {
					b.Fatal(err)
				}
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan error, 1)
				go func() { done <- a.Run(ctx) }()
				fs.Wait("replica ready", a.Ready)
				endpoints = append(endpoints, "http://"+a.HTTPAddr()+"/slack/events")
				stops = append(stops, func() { cancel(); <-done; st.Close() })
			}
			defer func() {
				for _, stop := range stops {
					stop()
				}
			}()
			client := &http.Client{Timeout: 3 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: senders}}
			run := benchRun.Add(1)
			bodies := make([][]byte, b.N)
			for i := range bodies {
				ts := fmt.Sprintf("17000%02d000.%06d", run%100, i)
				bodies[i], _ = json.Marshal(fakeslack.Callback(fmt.Sprintf("EvBench%d-%d", run, i),
					fakeslack.Mention(fmt.Sprintf("C0BENCH%02d", i%channels), "U0BENCH", ts, "",
						"<@"+fakeslack.BotUserID+"> what does Peru say on attribution?")))
			}
			posted := func() int {
				n := 0
				for ch := range channels {
					n += len(fs.Messages(fmt.Sprintf("C0BENCH%02d", ch)))
				}
				return n
			}
			queue := make(chan int)
			var wg sync.WaitGroup
			var failed atomic.Int32
			b.ResetTimer()
			start := time.Now()
			for range senders {
				wg.Go(func() {
					for i := range queue {
						ok := false
						for try := 0; try < 50 && !ok; try++ {
							req := fakeslack.SignedRequest(endpoints[(i+try)%len(endpoints)], "application/json", secret, time.Now(), bodies[i])
							if resp, err := client.Do(req); err == nil {
								io.Copy(io.Discard, resp.Body)
								resp.Body.Close()
								ok = resp.StatusCode == http.StatusOK
							}
							if !ok {
								time.Sleep(10 * time.Millisecond)
							}
						}
						if !ok {
							failed.Add(1)
						}
					}
				})
			}
			for i := range b.N {
				queue <- i
			}
			close(queue)
			wg.Wait()
			if n := failed.Load(); n > 0 {
				b.Fatalf("%d deliveries never acknowledged", n)
			}
			deadline := time.Now().Add(2 * time.Minute)
			for {
				if posted() >= b.N {
					pend, err := stores[0].Pending(context.Background(), Platform, start.Add(-time.Minute), 1)
					if err == nil && len(pend) == 0 {
						break
					}
				}
				if time.Now().After(deadline) {
					b.Fatalf("%d of %d events answered after 2 minutes", posted(), b.N)
				}
				time.Sleep(2 * time.Millisecond)
			}
			elapsed := time.Since(start)
			b.StopTimer()
			if n := posted(); n != b.N {
				b.Fatalf("%d replies for %d events", n, b.N)
			}
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "events/s")
		})
	}
}
