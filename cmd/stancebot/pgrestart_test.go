package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/leader"
	"github.com/stancebot/stancebot/store"
	"github.com/stancebot/stancebot/store/storetest"
)

// slackRetryDelays is Slack's retry schedule for an Events API delivery
// that got no 2xx within 3 s (nearly at once, after 1 minute, after 5
// minutes: three retries, then it gives up), scaled down for a test whose
// database is down for seconds rather than minutes.
var slackRetryDelays = []time.Duration{500 * time.Millisecond, 6 * time.Second, 30 * time.Second}

// slackDeliverer plays Slack's Events API against several replicas behind
// a load balancer that does not yet know which are ready: each delivery
// (and each retry) goes to a random replica; a delivery without a 2xx
// within 3 s is retried on slackRetryDelays with X-Slack-Retry-Num.
type slackDeliverer struct {
	secret    string
	endpoints []string
	client    *http.Client
}

// deliver delivers one event until a replica acknowledges it or Slack's
// retries run out; it returns the number of the attempt acknowledged (0:
// the first delivery) or -1.
func (d *slackDeliverer) deliver(id string, ev fakeslack.Event) int {
	body, _ := json.Marshal(fakeslack.Callback(id, ev))
	for attempt := 0; ; attempt++ {
		req := fakeslack.SignedRequest(d.endpoints[rand.IntN(len(d.endpoints))], "application/json", d.secret, time.Now(), body)
		if attempt > 0 {
			req.Header.Set("X-Slack-Retry-Num", fmt.Sprint(attempt))
			req.Header.Set("X-Slack-Retry-Reason", "http_error")
		}
		if resp, err := d.client.Do(req); err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode/100 == 2 {
				return attempt
			}
		}
		if attempt == len(slackRetryDelays) {
			return -1
		}
		time.Sleep(slackRetryDelays[attempt])
	}
}

// slackListenAddr waits for the replica's "slack: events API listening"
// log line and returns its address.
func slackListenAddr(t *testing.T, r *replicaProc) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(r.logs.String(), "\n") {
			var m map[string]any
			if json.Unmarshal([]byte(line), &m) == nil && m["msg"] == "slack: events API listening" {
				a, _ := m["addr"].(string)
				return a
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("replica %s never listened for Slack events:\n%s", r.addr, r.logs.String())
	return ""
}

// Issue 14's "PostgreSQL restarted under load": three `stancebot serve`
// processes on one PostgreSQL take a steady stream of signed Slack Events
// API deliveries, retried as Slack retries them; mid-stream the database
// is stopped (connections cut), kept down for seconds and started again.
// Every replica goes not-ready (/readyz 503) while it is down and ready
// again after, with no restart; the deliveries it could not record are not
// acknowledged, so Slack's retries bring them back; and in the end every
// event is answered exactly once, in the fake Slack and in the inbox.
func TestReplicasSurvivePostgresRestartUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("three processes, a PostgreSQL stopped and started under load")
	}
	pg := storetest.StartPrivate(t)
	fs := fakeslack.New(t)
	const (
		secret   = "pg-restart-signing-secret"
		events   = 240
		every    = 40 * time.Millisecond // 25 events/s for about 10 s
		stopAt   = 80                    // the database stops after this many events were sent
		downFor  = 4 * time.Second
		channels = 6
	)
	dir := t.TempDir()
	bin := filepath.Join(dir, "stancebot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cfgPath := filepath.Join(dir, "config.yaml")
	cfg := fmt.Sprintf(`listen: 127.0.0.1:0
log:
  format: json
data_dir: %s
store:
  url: %s
slack:
  enabled: true
  transport: http
  bot_token: ${PGR_SLACK_BOT_TOKEN}
  signing_secret: ${PGR_SLACK_SIGNING_SECRET}
  api_url: %s
  http:
    listen: 127.0.0.1:0
    path: /slack/events
`, dir, pg.URL, fs.APIURL)
	t.Setenv("PGR_SLACK_BOT_TOKEN", fakeslack.BotToken) // the replicas inherit the environment
	t.Setenv("PGR_SLACK_SIGNING_SECRET", secret)
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	var reps []*replicaProc
	var endpoints []string
	for range 3 {
		r := startReplica(t, bin, cfgPath)
		reps = append(reps, r)
		endpoints = append(endpoints, "http://"+slackListenAddr(t, r)+"/slack/events")
	}
	dumpLogs := func() string {
		var b strings.Builder
		for _, r := range reps {
			fmt.Fprintf(&b, "--- replica %s\n%s", r.addr, r.logs.String())
		}
		return b.String()
	}
	readyz := func(r *replicaProc) int { c, _ := get(t, "http://"+r.addr+"/readyz"); return c }
	waitAll := func(what string, within time.Duration, cond func(*replicaProc) bool) time.Duration {
		t.Helper()
		start := time.Now()
		for {
			all := true
			for _, r := range reps {
				all = all && cond(r)
			}
			if all {
				return time.Since(start)
			}
			if time.Since(start) > within {
				t.Fatalf("not every replica %s within %s\n%s", what, within, dumpLogs())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitAll("ready", 20*time.Second, func(r *replicaProc) bool { return readyz(r) == 200 })
	pids := make([]int, len(reps))
	for i, r := range reps {
		pids[i] = r.cmd.Process.Pid
	}

	d := &slackDeliverer{secret: secret, endpoints: endpoints, client: &http.Client{Timeout: 3 * time.Second}}
	type ev struct {
		id, channel, ts string
	}
	all := make([]ev, events)
	for i := range all {
		all[i] = ev{id: fmt.Sprintf("EvPGR%04d", i), channel: fmt.Sprintf("C0PGR%02d", i%channels), ts: fmt.Sprintf("1700003000.%06d", i)}
	}
	acked := make([]int, events) // the attempt acknowledged, -1: never
	var wg sync.WaitGroup
	var sent atomic.Int32
	stopNow := make(chan struct{})
	began := time.Now()
	go func() {
		for i, e := range all {
			if i == stopAt {
				close(stopNow)
			}
			wg.Go(func() {
				acked[i] = d.deliver(e.id, fakeslack.Mention(e.channel, "U0PGR", e.ts, "",
					"<@"+fakeslack.BotUserID+"> what does Peru say on attribution? ("+e.id+")"))
			})
			sent.Add(1)
			time.Sleep(every)
		}
	}()

	<-stopNow
	if err := pg.Stop(); err != nil {
		t.Fatal(err)
	}
	stopped := time.Now()
	took := waitAll("not ready", 10*time.Second, func(r *replicaProc) bool { return readyz(r) == 503 })
	t.Logf("database stopped after %d events: every replica not ready within %s", sent.Load(), took.Round(time.Millisecond))
	if rest := downFor - time.Since(stopped); rest > 0 {
		time.Sleep(rest) // the outage itself: the stream goes on meanwhile
	}
	for _, r := range reps {
		if c := readyz(r); c != 503 {
			t.Errorf("replica %s: /readyz %d while the database is down", r.addr, c)
		}
	}
	if err := pg.Start(); err != nil {
		t.Fatal(err)
	}
	sentDuring := sent.Load()
	took = waitAll("ready again", 30*time.Second, func(r *replicaProc) bool { return readyz(r) == 200 })
	t.Logf("database down %s (%d events sent by then); every replica ready again %s after it started",
		time.Since(stopped).Round(time.Millisecond)-took.Round(time.Millisecond), sentDuring, took.Round(time.Millisecond))

	// One replica leads again (the lease row survived the restart).
	leaders := 0
	waitAll("agreeing on one leader", 3*leader.DefaultTTL, func(r *replicaProc) bool {
		if r == reps[0] {
			leaders = 0
		}
		if s, ok := leaderOf(t, r.addr); ok && s.Leader {
			leaders++
		}
		return r != reps[len(reps)-1] || leaders == 1
	})

	wg.Wait() // every delivery acknowledged, or Slack gave up on it
	for i, r := range reps {
		select {
		case <-r.done:
			t.Fatalf("replica %s exited:\n%s", r.addr, r.logs.String())
		default:
		}
		if r.cmd.Process.Pid != pids[i] {
			t.Errorf("replica %s was restarted", r.addr)
		}
	}
	retried, lost := 0, 0
	for i, a := range acked {
		switch {
		case a < 0:
			lost++
			t.Errorf("event %s: no replica acknowledged it in %d deliveries", all[i].id, len(slackRetryDelays)+1)
		case a > 0:
			retried++
		}
	}
	if lost > 0 {
		t.Fatalf("%d events lost to Slack giving up\n%s", lost, dumpLogs())
	}
	if retried == 0 {
		t.Errorf("no delivery needed a retry: the outage did not fall within the stream")
	}

	// Every event answered and marked: its reply key "msg:<channel>:<ts>#0"
	// in its channel, and answered in the inbox.
	st, err := store.Open(pg.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	posted := func() map[string]int {
		out := map[string]int{}
		for c := range channels {
			for _, m := range fs.Messages(fmt.Sprintf("C0PGR%02d", c)) {
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
	keyOf := func(e ev) string { return "msg:" + e.channel + ":" + e.ts }
	// The sweep that picks up events recorded while a replica could not
	// lease them runs every 30 s.
	deadline := time.Now().Add(90 * time.Second)
	for {
		p := posted()
		missing := 0
		for _, e := range all {
			if p[keyOf(e)+"#0"] == 0 {
				missing++
				continue
			}
			if ok, err := st.Answered(context.Background(), "slack", keyOf(e)); err != nil || !ok {
				missing++
			}
		}
		if missing == 0 {
			break
		}
		if time.Now().After(deadline) {
			var b strings.Builder
			for i, e := range all {
				ok, err := st.Answered(context.Background(), "slack", keyOf(e))
				if p[keyOf(e)+"#0"] != 1 || !ok {
					fmt.Fprintf(&b, "%s: posted %d, marked %v (%v), acknowledged on attempt %d\n", keyOf(e), p[keyOf(e)+"#0"], ok, err, acked[i])
				}
			}
			t.Fatalf("%d of %d events not answered and marked 90 s after the stream:\n%s\n%s", missing, events, b.String(), dumpLogs())
		}
		time.Sleep(200 * time.Millisecond)
	}
	answered := time.Since(began)
	// Every event is marked answered, so no worker holds one: nothing more
	// can be posted, and the count below is final.
	var doubles []string
	p := posted()
	for k, n := range p {
		if n != 1 {
			doubles = append(doubles, fmt.Sprintf("%s ×%d", k, n))
		}
		if !strings.HasPrefix(k, "msg:C0PGR") {
			t.Errorf("a message with key %q", k)
		}
	}
	if len(doubles) > 0 {
		t.Errorf("%d reply messages posted more than once: %s", len(doubles), strings.Join(doubles[:min(10, len(doubles))], ", "))
	}
	t.Logf("%d events (%d acknowledged only on a retry) through 3 replicas across a %s database outage: all answered once after %s; %d chat.postMessage calls, %d history lookups",
		events, retried, downFor, answered.Round(time.Millisecond),
		len(fs.Calls("chat.postMessage")), len(fs.Calls("conversations.history"))+len(fs.Calls("conversations.replies")))
	// Each replica said so in its log, once the outage began and once it
	// ended (not at every failed write).
	for _, r := range reps {
		logs := r.logs.String()
		down := strings.Count(logs, `"msg":"the database does not take writes`)
		back := strings.Count(logs, `"msg":"the database is writable again`)
		if down == 0 || back == 0 || down > 2 {
			t.Errorf("replica %s logged the outage %d times and its end %d times, want once each", r.addr, down, back)
		}
	}
	// What the outage cost, from the replicas' own counters.
	var counts []string
	for _, r := range reps {
		_, m := get(t, "http://"+r.addr+"/metrics")
		for _, line := range strings.Split(m, "\n") {
			if strings.HasPrefix(line, "stancebot_adapter_errors_total{") || strings.HasPrefix(line, "stancebot_duplicate_deliveries_total{") {
				counts = append(counts, line)
			}
		}
	}
	t.Logf("replica counters:\n%s", strings.Join(counts, "\n"))
	for _, r := range reps {
		r.cmd.Process.Signal(syscall.SIGTERM)
	}
}
