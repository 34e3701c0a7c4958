package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/metrics"
	"github.com/stancebot/stancebot/seeds"
	"github.com/stancebot/stancebot/store"
)

// fakeBot is a deterministic adapters.Handler: it records questions and
// answers every one with the same Peru statement. When gate is set, each
// Handle blocks until gate is closed.
type fakeBot struct {
	mu      sync.Mutex
	qs      []bot.Question
	entered chan struct{}
	gate    chan struct{}
}

func (f *fakeBot) Handle(ctx context.Context, q bot.Question) bot.Reply {
	f.mu.Lock()
	f.qs = append(f.qs, q)
	f.mu.Unlock()
	if f.entered != nil {
		f.entered <- struct{}{}
	}
	if f.gate != nil {
		<-f.gate
	}
	return bot.Reply{Query: q.Text, Intent: bot.IntentStance, Countries: []string{"Peru"}, Answers: []bot.Answer{{
		Country: "Peru",
		Text:    "Attribution of a cyber operation to a State is a sovereign prerogative & needs <evidence>.",
		Sources: []string{"000_1ebf36fdb85f7c30", "003_b51f9da9da894e76"},
	}}}
}

func (f *fakeBot) questions() []bot.Question {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Question(nil), f.qs...)
}

type harness struct {
	t     *testing.T
	fs    *fakeslack.Server
	a     *Adapter
	bot   *fakeBot
	store *store.Store
	logs  *syncBuffer
	stop  context.CancelFunc
	done  chan error
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// start runs an adapter against fs with cfg changes applied; st may be
// shared between adapters to test restarts (nil: a fresh store).
func start(t *testing.T, fs *fakeslack.Server, st *store.Store, fb *fakeBot, mod func(*config.Slack), optMods ...func(*Options)) *harness {
	t.Helper()
	cfg := config.Slack{Transport: "socket", BotToken: fakeslack.BotToken, AppToken: fakeslack.AppToken,
		SigningSecret: "test-signing-secret", APIURL: fs.APIURL, SlashCommand: "/stance",
		SlashResponse: "in_channel", HTTP: config.SlackHTTP{Listen: "127.0.0.1:0", Path: "/slack/events"}}
	if mod != nil {
		mod(&cfg)
	}
	if st == nil {
		var err error
		if st, err = store.Open(t.TempDir() + "/s.db"); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
	}
	if fb == nil {
		fb = &fakeBot{}
	}
	logs := &syncBuffer{}
	opts := Options{Config: cfg, Handler: fb, Inbox: st, ShutdownTimeout: 10 * time.Second,
		Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	for _, m := range optMods {
		m(&opts)
	}
	a, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	a.backoffMin, a.backoffMax = 10*time.Millisecond, 50*time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{t: t, fs: fs, a: a, bot: fb, store: st, logs: logs, stop: cancel, done: make(chan error, 1)}
	go func() { h.done <- a.Run(ctx) }()
	fs.Wait("adapter ready", a.Ready)
	t.Cleanup(func() {
		h.shutdown()
		for _, secret := range []string{fakeslack.BotToken, fakeslack.AppToken, "test-signing-secret"} {
			if strings.Contains(logs.String(), secret) {
				t.Errorf("a secret (%s…) appears in the log output", secret[:5])
			}
		}
	})
	return h
}

// shutdown cancels Run and returns its result (once).
func (h *harness) shutdown() error {
	h.stop()
	select {
	case err, ok := <-h.done:
		if ok {
			close(h.done)
		}
		return err
	case <-time.After(20 * time.Second):
		h.t.Fatal("Run did not return after cancellation")
		return nil
	}
}

// counter reads a stancebot counter for platform slack.
func counter(t *testing.T, name string) float64 {
	t.Helper()
	mfs, err := metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if hasLabel(m, "platform", "slack") {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}

func hasLabel(m *dto.Metric, k, v string) bool {
	for _, l := range m.GetLabel() {
		if l.GetName() == k && l.GetValue() == v {
			return true
		}
	}
	return false
}

func blocksJSON(c fakeslack.Call) string {
	b, _ := json.Marshal(c.Blocks())
	return string(b)
}

func TestSocketModeMentionRepliesInThread(t *testing.T) {
	tests := []struct {
		name         string
		alwaysThread bool
		threadTS     string
		wantThread   string
	}{
		{"top level, in channel", false, "", ""},
		{"top level, always thread", true, "", "1700000100.000200"},
		{"asked in a thread", false, "1700000000.000001", "1700000000.000001"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := fakeslack.New(t)
			h := start(t, fs, nil, nil, func(c *config.Slack) { c.AlwaysThread = tt.alwaysThread })
			env := fs.SendEvent(fmt.Sprintf("Ev%03d", i), fakeslack.Mention("C0001", "U0001",
				"1700000100.000200", tt.threadTS, "<@"+fakeslack.BotUserID+"> what does Peru say on attribution?"), 0)
			posts := fs.WaitCalls("chat.postMessage", 1)
			fs.Wait("the envelope acked", func() bool { return fs.Acked(env) == 1 })
			p := posts[0]
			if p.Param("channel") != "C0001" || p.Param("thread_ts") != tt.wantThread {
				t.Errorf("posted to channel %q thread %q, want C0001 thread %q", p.Param("channel"), p.Param("thread_ts"), tt.wantThread)
			}
			blocks := blocksJSON(p)
			for _, want := range []string{`*Peru*`, `\u003eAttribution of a cyber operation`, "`000_1ebf36fdb85f7c30`", "`003_b51f9da9da894e76`",
				`\u0026amp; needs \u0026lt;evidence\u0026gt;`} {
				if !strings.Contains(blocks, want) {
					t.Errorf("blocks lack %s:\n%s", want, blocks)
				}
			}
			if !strings.Contains(p.Param("text"), "Peru: Attribution") {
				t.Errorf("fallback text = %q", p.Param("text"))
			}
			qs := h.bot.questions()
			if len(qs) != 1 || qs[0].Text != "what does Peru say on attribution?" || qs[0].Room != "C0001" ||
				qs[0].User != "U0001" || qs[0].Platform != "slack" || qs[0].Thread != tt.wantThread {
				t.Errorf("question = %+v", qs)
			}
		})
	}
}

func TestSocketModeDM(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, nil)
	fs.SendEvent("EvDM1", fakeslack.DM("D0001", "U0002", "1700000200.000100", "compare Peru and Cuba"), 0)
	p := fs.WaitCalls("chat.postMessage", 1)[0]
	if p.Param("channel") != "D0001" || p.Param("thread_ts") != "" {
		t.Errorf("DM answered in %q/%q", p.Param("channel"), p.Param("thread_ts"))
	}
	if qs := h.bot.questions(); qs[0].Text != "compare Peru and Cuba" {
		t.Errorf("question %q", qs[0].Text)
	}
}

func TestSocketModeSlashCommand(t *testing.T) {
	for _, kind := range []string{"in_channel", "ephemeral"} {
		t.Run(kind, func(t *testing.T) {
			fs := fakeslack.New(t)
			h := start(t, fs, nil, nil, func(c *config.Slack) { c.SlashResponse = kind })
			env := fs.SendSlash(fakeslack.Slash{Channel: "C0002", User: "U0003", Text: "compare India and the EU on norms"})
			r := fs.WaitCalls("response_url", 1)[0]
			fs.Wait("the slash envelope acked", func() bool { return fs.Acked(env) == 1 })
			if r.Param("response_type") != kind {
				t.Errorf("response_type = %q, want %q", r.Param("response_type"), kind)
			}
			if !strings.Contains(blocksJSON(r), "*Peru*") {
				t.Errorf("response blocks: %s", blocksJSON(r))
			}
			if qs := h.bot.questions(); len(qs) != 1 || qs[0].Text != "compare India and the EU on norms" || qs[0].Room != "C0002" {
				t.Errorf("questions %+v", qs)
			}
			if n := len(fs.Calls("chat.postMessage")); n != 0 {
				t.Errorf("%d chat.postMessage calls, want the answer through response_url only", n)
			}
		})
	}
}

func TestRetriedEventAnsweredOnceEvenAfterRestart(t *testing.T) {
	fs := fakeslack.New(t)
	st, err := store.Open(t.TempDir() + "/s.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := start(t, fs, st, nil, nil)
	ev := fakeslack.Mention("C0003", "U0001", "1700000300.000100", "", "<@"+fakeslack.BotUserID+"> Peru attribution")
	dup0 := counter(t, "stancebot_duplicate_deliveries_total")
	fs.SendEvent("EvRETRY", ev, 0)
	fs.WaitCalls("chat.postMessage", 1)
	retry := fs.SendEvent("EvRETRY", ev, 1)
	fs.Wait("the retry dropped", func() bool { return counter(t, "stancebot_duplicate_deliveries_total") == dup0+1 })
	fs.Wait("the retry acked too", func() bool { return fs.Acked(retry) == 1 })
	if err := h.shutdown(); err != nil {
		t.Fatal(err)
	}
	// A new process with the same database drops the redelivery as well.
	h2 := start(t, fs, st, nil, nil)
	fs.SendEvent("EvRETRY", ev, 2)
	fs.Wait("the redelivery dropped", func() bool { return counter(t, "stancebot_duplicate_deliveries_total") == dup0+2 })
	if n := len(fs.Calls("chat.postMessage")); n != 1 {
		t.Errorf("%d posts, want 1", n)
	}
	if n := len(h.bot.questions()) + len(h2.bot.questions()); n != 1 {
		t.Errorf("handler called %d times, want 1", n)
	}
}

func TestIgnoredMessages(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, nil)
	mention := "<@" + fakeslack.BotUserID + "> Peru"
	ignored := []fakeslack.Event{
		func() fakeslack.Event { // another bot mentioning us
			e := fakeslack.Mention("C0004", "U0009", "1700000400.000001", "", mention)
			e["bot_id"] = "BOTHER"
			return e
		}(),
		func() fakeslack.Event { // our own message in a DM
			return fakeslack.DM("D0004", fakeslack.BotUserID, "1700000400.000002", "Peru")
		}(),
		func() fakeslack.Event { // a bot_message subtype
			e := fakeslack.DM("D0004", "U0001", "1700000400.000003", "Peru")
			e["subtype"] = "bot_message"
			return e
		}(),
		func() fakeslack.Event { // an edit
			e := fakeslack.DM("D0004", "U0001", "1700000400.000004", "Peru")
			e["subtype"] = "message_changed"
			return e
		}(),
		func() fakeslack.Event { // a deletion
			e := fakeslack.DM("D0004", "", "1700000400.000005", "")
			e["subtype"] = "message_deleted"
			return e
		}(),
		func() fakeslack.Event { // an edited app_mention
			e := fakeslack.Mention("C0004", "U0001", "1700000400.000006", "", mention)
			e["edited"] = map[string]any{"user": "U0001", "ts": "1700000401.000000"}
			return e
		}(),
		func() fakeslack.Event { // a channel message without a mention
			e := fakeslack.DM("C0004", "U0001", "1700000400.000007", "Peru")
			e["channel_type"] = "channel"
			return e
		}(),
	}
	for i, e := range ignored {
		fs.SendEvent(fmt.Sprintf("EvIGN%d", i), e, 0)
	}
	// Events are taken in order, so once this one is answered every
	// ignored one before it has been looked at.
	fs.SendEvent("EvOK", fakeslack.Mention("C0004", "U0001", "1700000400.000099", "", mention), 0)
	posts := fs.WaitCalls("chat.postMessage", 1)
	if len(posts) != 1 || len(h.bot.questions()) != 1 || h.bot.questions()[0].Text != "Peru" {
		t.Errorf("posts %d, questions %+v", len(posts), h.bot.questions())
	}
}

func TestSameMessageAsMentionAndDMAnsweredOnce(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, nil)
	dup0 := counter(t, "stancebot_duplicate_deliveries_total")
	fs.SendEvent("EvA", fakeslack.Mention("D0005", "U0001", "1700000500.000001", "", "<@"+fakeslack.BotUserID+"> Peru"), 0)
	fs.SendEvent("EvB", fakeslack.DM("D0005", "U0001", "1700000500.000001", "<@"+fakeslack.BotUserID+"> Peru"), 0)
	fs.Wait("one dropped", func() bool { return counter(t, "stancebot_duplicate_deliveries_total") == dup0+1 })
	fs.WaitCalls("chat.postMessage", 1)
	if n := len(h.bot.questions()); n != 1 {
		t.Errorf("answered %d times", n)
	}
}

func TestRateLimitedPostsKeepOrder(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, nil)
	fs.RateLimit("chat.postMessage", 1)
	// A digest long enough for three messages, posted in order.
	d := &bot.Digest{Name: "weekly", CorpusVersion: "v1"}
	for th := 0; th < 3; th++ {
		dt := bot.DigestTheme{Theme: fmt.Sprintf("theme %d", th)}
		for c := 0; c < 20; c++ {
			dt.Entries = append(dt.Entries, bot.DigestEntry{Country: fmt.Sprintf("Country %d-%d", th, c), Text: "Text.", Sources: []string{"s"}})
		}
		d.Themes = append(d.Themes, dt)
	}
	r := bot.Reply{Intent: bot.IntentDigest, Digest: d}
	want := len(render(r))
	if want < 3 {
		t.Fatalf("digest rendered into %d messages, want at least 3", want)
	}
	if err := h.a.Send(context.Background(), "C0006", r); err != nil {
		t.Fatal(err)
	}
	calls := fs.Calls("chat.postMessage")
	if len(calls) != want+1 || !calls[0].RateLimited {
		t.Fatalf("calls: %d (first rate limited: %v), want %d with the first one 429", len(calls), calls[0].RateLimited, want+1)
	}
	for i, c := range calls[1:] {
		if c.RateLimited || !strings.Contains(c.Param("text"), fmt.Sprintf("(part %d of %d)", i+1, want)) {
			t.Errorf("call %d: %q (rate limited %v), want part %d in order", i+1, c.Param("text"), c.RateLimited, i+1)
		}
	}
	if calls[0].Param("text") != calls[1].Param("text") {
		t.Errorf("the retried message was not the rate-limited one: %q vs %q", calls[0].Param("text"), calls[1].Param("text"))
	}
}

func TestRateLimitGiveUpIsReported(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, nil)
	h.a.out.maxAttempts = 2
	h.a.out.sleep = func(ctx context.Context, d time.Duration) error { return nil } // no need to wait in this test
	fs.RateLimit("chat.postMessage", 1, 1)
	errs0 := counter(t, "stancebot_adapter_errors_total")
	err := h.a.Send(context.Background(), "C0007", bot.Reply{Message: "hello"})
	if err == nil || !strings.Contains(err.Error(), "rate limit") {
		t.Fatalf("Send = %v, want a rate limit error", err)
	}
	if counter(t, "stancebot_adapter_errors_total") != errs0+1 {
		t.Error("the failure was not counted")
	}
	if !strings.Contains(h.logs.String(), "giving up") {
		t.Error("the failure was not logged")
	}
}

// TestRateLimitWithoutRetryAfterBacksOff: a 429 without Retry-After (which
// slack-go reports as a plain status error) backs off and retries instead
// of failing the reply.
func TestRateLimitWithoutRetryAfterBacksOff(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, nil)
	var waits []time.Duration
	h.a.out.sleep = func(ctx context.Context, d time.Duration) error { waits = append(waits, d); return nil }
	fs.RateLimit("chat.postMessage", fakeslack.NoRetryAfter, fakeslack.NoRetryAfter)
	if err := h.a.Send(context.Background(), "C0007", bot.Reply{Message: "hello"}); err != nil {
		t.Fatalf("Send = %v, want success after backing off", err)
	}
	calls := fs.Calls("chat.postMessage")
	if len(calls) != 3 || !calls[0].RateLimited || !calls[1].RateLimited || calls[2].RateLimited {
		t.Fatalf("calls: %d, want two 429s then a post", len(calls))
	}
	if len(waits) != 2 || waits[0] <= 0 || waits[1] < waits[0]/2 {
		t.Errorf("waits %v: want two growing backoff waits", waits)
	}
}

func TestSocketModeReconnects(t *testing.T) {
	fs := fakeslack.New(t)
	start(t, fs, nil, nil, nil)
	r0 := counter(t, "stancebot_reconnects_total")
	fs.Disconnect("refresh_requested")
	fs.Wait("reconnect after disconnect", func() bool { return fs.Connects() == 2 })
	fs.Kill()
	fs.Wait("reconnect after a dead socket", func() bool { return fs.Connects() == 3 })
	fs.FailOpens(2) // the next opens fail: backoff, then success
	fs.Kill()
	fs.Wait("reconnect after failed opens", func() bool { return fs.Connects() == 4 })
	if got := counter(t, "stancebot_reconnects_total") - r0; got != 3 {
		t.Errorf("reconnects counted: %v, want 3", got)
	}
	// Still answering on the new connection.
	fs.Wait("hello on the new socket", func() bool { return true })
	fs.SendEvent("EvAFTER", fakeslack.DM("D0008", "U0001", "1700000800.000001", "Peru"), 0)
	fs.WaitCalls("chat.postMessage", 1)
}

func TestBadTokens(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*config.Slack)
		want string
	}{
		{"bot token", func(c *config.Slack) { c.BotToken = "xoxb-wrong" }, "auth.test rejected the bot token"},
		{"app token", func(c *config.Slack) { c.AppToken = "xapp-wrong" }, "rejected the app-level token"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := fakeslack.New(t)
			cfg := config.Slack{Transport: "socket", BotToken: fakeslack.BotToken, AppToken: fakeslack.AppToken, APIURL: fs.APIURL}
			tt.mod(&cfg)
			a, err := New(Options{Config: cfg, Handler: &fakeBot{}})
			if err != nil {
				t.Fatal(err)
			}
			err = a.Run(context.Background())
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "invalid_auth") {
				t.Fatalf("Run = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestGracefulShutdownFinishesReplyInFlight(t *testing.T) {
	fs := fakeslack.New(t)
	fb := &fakeBot{entered: make(chan struct{}, 1), gate: make(chan struct{})}
	h := start(t, fs, nil, fb, nil)
	fs.SendEvent("EvSLOW", fakeslack.DM("D0009", "U0001", "1700000900.000001", "Peru"), 0)
	<-fb.entered // the handler is busy with the question
	h.stop()
	// Run must not return while the reply is in flight.
	select {
	case err := <-h.done:
		t.Fatalf("Run returned (%v) with a reply in flight", err)
	case <-time.After(50 * time.Millisecond):
	}
	fs.Wait("socket closed", func() bool { return !h.a.Ready() })
	close(fb.gate)
	if err := h.shutdown(); err != nil {
		t.Fatal(err)
	}
	if n := len(fs.Calls("chat.postMessage")); n != 1 {
		t.Fatalf("%d posts after shutdown, want the reply in flight posted", n)
	}
}

func TestHTTPEventsAPI(t *testing.T) {
	fs := fakeslack.New(t)
	const secret = "test-signing-secret"
	h := start(t, fs, nil, nil, func(c *config.Slack) { c.Transport = "http" })
	endpoint := "http://" + h.a.HTTPAddr() + "/slack/events"
	event := func(id string) []byte {
		b, _ := json.Marshal(fakeslack.Callback(id, fakeslack.Mention("C0010", "U0001", "1700001000.00000"+id[len(id)-1:], "",
			"<@"+fakeslack.BotUserID+"> Peru attribution")))
		return b
	}
	do := func(r *http.Request) (int, string) {
		t.Helper()
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	now := time.Now()
	tests := []struct {
		name   string
		req    func() *http.Request
		status int
		body   string
	}{
		{"url_verification", func() *http.Request {
			return fakeslack.SignedRequest(endpoint, "application/json", secret, now,
				[]byte(`{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`))
		}, 200, `"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"`},
		{"bad signature", func() *http.Request {
			return fakeslack.SignedRequest(endpoint, "application/json", "wrong-secret", now, event("EvH1"))
		}, 401, ""},
		{"tampered body", func() *http.Request {
			r := fakeslack.SignedRequest(endpoint, "application/json", secret, now, event("EvH2"))
			r.Body = io.NopCloser(bytes.NewReader(bytes.Replace(event("EvH2"), []byte("Peru"), []byte("Cuba"), 1)))
			r.ContentLength = -1
			return r
		}, 401, ""},
		{"stale timestamp", func() *http.Request {
			return fakeslack.SignedRequest(endpoint, "application/json", secret, now.Add(-6*time.Minute), event("EvH3"))
		}, 401, ""},
		{"no signature", func() *http.Request {
			r, _ := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(event("EvH4")))
			return r
		}, 401, ""},
		{"good event", func() *http.Request {
			return fakeslack.SignedRequest(endpoint, "application/json", secret, now, event("EvH5"))
		}, 200, ""},
		{"retry of the good event", func() *http.Request {
			r := fakeslack.SignedRequest(endpoint, "application/json", secret, now, event("EvH5"))
			r.Header.Set("X-Slack-Retry-Num", "1")
			r.Header.Set("X-Slack-Retry-Reason", "http_timeout")
			return r
		}, 200, ""},
	}
	dup0 := counter(t, "stancebot_duplicate_deliveries_total")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := do(tt.req())
			if status != tt.status || !strings.Contains(body, tt.body) {
				t.Errorf("got %d %q, want %d %q", status, body, tt.status, tt.body)
			}
		})
	}
	fs.Wait("the retry dropped", func() bool { return counter(t, "stancebot_duplicate_deliveries_total") == dup0+1 })
	posts := fs.WaitCalls("chat.postMessage", 1)
	if len(posts) != 1 || posts[0].Param("channel") != "C0010" {
		t.Errorf("posts: %+v", posts)
	}
	if qs := h.bot.questions(); len(qs) != 1 || qs[0].Text != "Peru attribution" {
		t.Errorf("questions: %+v", qs)
	}

	// A slash command posted to the same URL, form-encoded.
	form := url.Values{}
	for k, v := range fs.SlashPayload(fakeslack.Slash{Channel: "C0011", User: "U0004", Text: "Peru"}) {
		form.Set(k, v)
	}
	status, body := do(fakeslack.SignedRequest(endpoint, "application/x-www-form-urlencoded", secret, now, []byte(form.Encode())))
	if status != 200 || body != "" {
		t.Errorf("slash ack: %d %q, want an empty 200", status, body)
	}
	fs.WaitCalls("response_url", 1)
}

func TestHTTPShutdownRefusesNewEvents(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, func(c *config.Slack) { c.Transport = "http" })
	addr := h.a.HTTPAddr()
	if err := h.shutdown(); err != nil {
		t.Fatal(err)
	}
	if _, err := http.Post("http://"+addr+"/slack/events", "application/json", strings.NewReader("{}")); err == nil {
		t.Error("the events endpoint still takes requests after shutdown")
	}
}

// TestRealBotOnSeeds answers through the real bot on the embedded seeds:
// Peru's attribution statement appears in all five seed files.
func TestRealBotOnSeeds(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fs := fakeslack.New(t)
	cfg := config.Slack{Transport: "socket", BotToken: fakeslack.BotToken, AppToken: fakeslack.AppToken, APIURL: fs.APIURL}
	a, err := New(Options{Config: cfg, Handler: bot.New(c)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	defer func() { cancel(); <-done }()
	fs.Wait("ready", a.Ready)
	fs.SendEvent("EvSEEDS", fakeslack.Mention("C0100", "U0001", "1700010000.000001", "1700009999.000001",
		"<@"+fakeslack.BotUserID+"> what does Peru say on attribution?"), 0)
	p := fs.WaitCalls("chat.postMessage", 1)[0]
	if p.Param("thread_ts") != "1700009999.000001" {
		t.Errorf("thread_ts = %q", p.Param("thread_ts"))
	}
	blocks := blocksJSON(p)
	if !strings.Contains(blocks, "*Peru*") || !strings.Contains(blocks, "difficulty of attribution") {
		t.Errorf("no Peru attribution statement in %s", blocks)
	}
	for _, id := range []string{"000_1ebf36fdb85f7c30", "001_a79107312ff06e8a", "002_b44b26f2b45a15c3", "003_b51f9da9da894e76", "004_a60c58689f941b60"} {
		if !strings.Contains(blocks, "`"+id+"`") {
			t.Errorf("source %s missing from %s", id, blocks)
		}
	}
	// The seeds' citations (seeds/sources.tsv): three, then "2 more".
	if !strings.Contains(blocks, "_Cyber Diplomacy Atlas: Peru, Cuba and South Korea compared_ · EU Cyber Direct · `000_1ebf36fdb85f7c30`") ||
		!strings.Contains(blocks, "2 more: `003_b51f9da9da894e76`, `004_a60c58689f941b60`") {
		t.Errorf("no seed citations in %s", blocks)
	}
}

func TestSlashFallsBackWhenResponseURLFails(t *testing.T) {
	for _, tt := range []struct{ kind, method string }{
		{"ephemeral", "chat.postEphemeral"},
		{"in_channel", "chat.postMessage"},
	} {
		t.Run(tt.kind, func(t *testing.T) {
			fs := fakeslack.New(t)
			start(t, fs, nil, nil, func(c *config.Slack) { c.SlashResponse = tt.kind })
			fs.FailResponses()
			fs.SendSlash(fakeslack.Slash{Channel: "C0020", User: "U0020", Text: "Peru"})
			p := fs.WaitCalls(tt.method, 1)[0]
			if p.Param("channel") != "C0020" || (tt.kind == "ephemeral" && p.Param("user") != "U0020") {
				t.Errorf("fallback %s to %q user %q", tt.method, p.Param("channel"), p.Param("user"))
			}
			if !strings.Contains(blocksJSON(p), "*Peru*") {
				t.Errorf("fallback blocks %s", blocksJSON(p))
			}
		})
	}
}

func TestBareMentionAsksForHelp(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, nil)
	fs.SendEvent("EvBARE", fakeslack.Mention("C0021", "U0001", "1700002100.000001", "", "<@"+fakeslack.BotUserID+">"), 0)
	fs.WaitCalls("chat.postMessage", 1)
	if qs := h.bot.questions(); qs[0].Text != "help" {
		t.Errorf("bare mention asked %q, want help", qs[0].Text)
	}
}

func TestSocketModeNoticesASilentSocket(t *testing.T) {
	fs := fakeslack.New(t)
	cfg := config.Slack{Transport: "socket", BotToken: fakeslack.BotToken, AppToken: fakeslack.AppToken, APIURL: fs.APIURL}
	a, err := New(Options{Config: cfg, Handler: &fakeBot{}})
	if err != nil {
		t.Fatal(err)
	}
	a.pingInterval, a.readTimeout = 20*time.Millisecond, 300*time.Millisecond
	a.backoffMin, a.backoffMax = 10*time.Millisecond, 50*time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	defer func() { cancel(); <-done }()
	fs.Wait("connected", a.Ready)
	fs.Freeze()
	fs.Wait("a new connection after the silent one", func() bool { return fs.Connects() == 2 })
	fs.Wait("ready again", a.Ready)
}

func TestSlackOutageAtStartIsRetried(t *testing.T) {
	fs := fakeslack.New(t)
	fs.FailAuthTests(2)
	fs.FailOpens(2)
	start(t, fs, nil, nil, nil) // waits until ready
	fs.SendEvent("EvUP", fakeslack.DM("D0030", "U0001", "1700003000.000001", "Peru"), 0)
	fs.WaitCalls("chat.postMessage", 1)
}
