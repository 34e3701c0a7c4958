package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
)

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// echoBot answers every question with one fixed statement.
type echoBot struct{}

func (echoBot) Handle(_ context.Context, q bot.Question) bot.Reply {
	return bot.Reply{Query: q.Text, Intent: bot.IntentStance,
		Answers: []bot.Answer{{Country: "Peru", Text: "A statement.", Sources: []string{"000_x"}}}}
}

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestServeConfigErrorsExitBeforeConnecting(t *testing.T) {
	fs := fakeslack.New(t)
	t.Setenv("SLACK_BOT_TOKEN", fakeslack.BotToken)
	t.Setenv("SLACK_APP_TOKEN", fakeslack.AppToken)
	tests := []struct {
		name, body string
		args       []string
		want       string
	}{
		{"unknown key", "listen: 127.0.0.1:0\nslack:\n  bot_token: ${SLACK_BOT_TOKEN}\n  app_token: ${SLACK_APP_TOKEN}\n  api_url: " + fs.APIURL + "\n  signing: x\n", nil,
			"config.yaml:6: slack.signing: unknown key"},
		{"unset variable", "slack:\n  bot_token: ${STANCEBOT_TEST_UNSET}\n  app_token: ${SLACK_APP_TOKEN}\n  api_url: " + fs.APIURL + "\n", nil,
			"config.yaml:2: slack.bot_token: environment variable STANCEBOT_TEST_UNSET is not set"},
		{"http without signing secret", "slack:\n  transport: http\n  bot_token: ${SLACK_BOT_TOKEN}\n  api_url: " + fs.APIURL + "\n", nil,
			"config.yaml:1: slack.signing_secret: required for the http transport"},
		{"missing file", "", []string{"--config", "/nonexistent/stancebot.yaml"}, "read config"},
		{"stray argument", "", []string{"extra"}, "unexpected argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if args == nil {
				args = []string{"--config", writeConfig(t, tt.body)}
			}
			var stderr lockedBuffer
			code := runServe(context.Background(), args, &stderr)
			if code != exitConfig {
				t.Errorf("exit %d, want %d", code, exitConfig)
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.want)
			}
			if n := len(fs.Calls("")); n != 0 || fs.Connects() != 0 {
				t.Errorf("connected to Slack (%d calls) despite a config error", n)
			}
		})
	}
}

// startServe runs serve in the background and returns its HTTP address.
func startServe(t *testing.T, ctx context.Context, cfg *config.Config, h bot.Handler, logs io.Writer) (string, chan int) {
	t.Helper()
	addr := make(chan string, 1)
	code := make(chan int, 1)
	m := NewMain(cfg, newLogger(cfg, logs))
	m.Answer = h
	m.Ready = func(a string) { addr <- a }
	go func() { code <- serve(ctx, m) }()
	select {
	case a := <-addr:
		return a, code
	case c := <-code:
		t.Fatalf("serve exited with %d before listening", c)
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not start")
	}
	return "", nil
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func slackConfig(t *testing.T, fs *fakeslack.Server) *config.Config {
	t.Setenv("SLACK_BOT_TOKEN", fakeslack.BotToken)
	t.Setenv("SLACK_APP_TOKEN", fakeslack.AppToken)
	cfg, err := config.Load(writeConfig(t, "listen: 127.0.0.1:0\nlog:\n  format: json\n  level: debug\ndata_dir: "+t.TempDir()+
		"\nshutdown_timeout: 5s\nslack:\n  bot_token: ${SLACK_BOT_TOKEN}\n  app_token: ${SLACK_APP_TOKEN}\n  api_url: "+fs.APIURL+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestServeRunsSlackAndStatusEndpoints(t *testing.T) {
	fs := fakeslack.New(t)
	cfg := slackConfig(t, fs)
	var logs lockedBuffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, code := startServe(t, ctx, cfg, echoBot{}, &logs)
	base := "http://" + addr

	if c, body := get(t, base+"/healthz"); c != 200 || body != "ok\n" {
		t.Errorf("/healthz = %d %q", c, body)
	}
	fs.Wait("/readyz 200", func() bool { c, _ := get(t, base+"/readyz"); return c == 200 })
	if _, body := get(t, base+"/readyz"); body != "slack: ready\nstore: ready\n" {
		t.Errorf("/readyz body %q", body)
	}

	fs.SendEvent("EvSERVE", fakeslack.Mention("C1", "U1", "1700000000.000001", "", "<@"+fakeslack.BotUserID+"> Peru"), 0)
	fs.WaitCalls("chat.postMessage", 1)
	fs.Wait("question counted", func() bool {
		_, m := get(t, base+"/metrics")
		return strings.Contains(m, `stancebot_questions_total{intent="stance",platform="slack"}`)
	})
	_, m := get(t, base+"/metrics")
	for _, want := range []string{"stancebot_answer_seconds_bucket", "go_goroutines", "process_"} {
		if !strings.Contains(m, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}

	cancel()
	select {
	case c := <-code:
		if c != exitOK {
			t.Errorf("exit %d after shutdown, want 0", c)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	out := logs.String()
	if !strings.Contains(out, `"msg":"stopped"`) {
		t.Errorf("no clean stop in the log:\n%s", out)
	}
	for _, secret := range []string{fakeslack.BotToken, fakeslack.AppToken} {
		if strings.Contains(out, secret) {
			t.Errorf("log output contains a token")
		}
	}
}

func TestServeBadTokenExitsNonZero(t *testing.T) {
	fs := fakeslack.New(t)
	cfg := slackConfig(t, fs)
	cfg.Slack.BotToken = "xoxb-revoked"
	var logs lockedBuffer
	_, code := startServe(t, context.Background(), cfg, echoBot{}, &logs)
	select {
	case c := <-code:
		if c != exitRuntime {
			t.Errorf("exit %d, want %d", c, exitRuntime)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve kept running with a rejected token")
	}
	if !strings.Contains(logs.String(), "auth.test rejected the bot token") {
		t.Errorf("no clear error in the log:\n%s", logs.String())
	}
}

type stubAdapter struct {
	name  string
	ready bool
}

func (s stubAdapter) Name() string                  { return s.name }
func (s stubAdapter) Run(ctx context.Context) error { <-ctx.Done(); return nil }
func (s stubAdapter) Ready() bool                   { return s.ready }

func TestReadyz(t *testing.T) {
	tests := []struct {
		name     string
		adapters []adapters.Adapter
		stopped  string
		db       error // nil: no store check; errPingOK: the store answers
		code     int
	}{
		{"none", nil, "", nil, 200},
		{"all ready", []adapters.Adapter{stubAdapter{"a", true}, stubAdapter{"b", true}}, "", nil, 200},
		{"one not ready", []adapters.Adapter{stubAdapter{"a", true}, stubAdapter{"b", false}}, "", nil, 503},
		{"one stopped", []adapters.Adapter{stubAdapter{"a", true}}, "a", nil, 503},
		{"store answers", []adapters.Adapter{stubAdapter{"a", true}}, "", errPingOK, 200},
		{"store unreachable", []adapters.Adapter{stubAdapter{"a", true}}, "", errors.New("connection refused"), 503},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStatus(tt.adapters)
			if tt.db != nil {
				s.db = stubPinger{tt.db}
			}
			if tt.stopped != "" {
				s.stopped(tt.stopped)
			}
			rec := &recorder{header: http.Header{}}
			req, _ := http.NewRequest("GET", "/readyz", nil)
			s.mux().ServeHTTP(rec, req)
			if rec.code != tt.code {
				t.Errorf("code %d, want %d (%s)", rec.code, tt.code, rec.body.String())
			}
		})
	}
}

var errPingOK = errors.New("ok")

// stubPinger is a store whose Ping returns err (nil for errPingOK).
type stubPinger struct{ err error }

func (p stubPinger) Ping(context.Context) error {
	if p.err == errPingOK {
		return nil
	}
	return p.err
}

type recorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = 200
	}
	return r.body.Write(b)
}
func (r *recorder) WriteHeader(c int) { r.code = c }

func TestLoggerRedactsSecrets(t *testing.T) {
	t.Setenv("SLACK_BOT_TOKEN", "xoxb-very-secret-token")
	t.Setenv("SLACK_APP_TOKEN", "xapp-very-secret-token")
	cfg, err := config.Load(writeConfig(t, "slack:\n  bot_token: ${SLACK_BOT_TOKEN}\n  app_token: ${SLACK_APP_TOKEN}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "json"} {
		cfg.Log.Format = format
		var buf bytes.Buffer
		log := newLogger(cfg, &buf)
		log.Info("oops xoxb-very-secret-token", "token", "xapp-very-secret-token",
			"err", errors.New("bad xoxb-very-secret-token"), slog.Group("g", "k", "Bearer xapp-very-secret-token"))
		if strings.Contains(buf.String(), "very-secret") || strings.Count(buf.String(), "[REDACTED]") != 4 {
			t.Errorf("%s: not redacted: %s", format, buf.String())
		}
	}
}

// coreReady reports whether the core (corpus loading) has landed; until
// then corpus.Load panics.
func coreReady() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	return err == nil
}

// TestServeBinaryWithExampleConfig builds stancebot, runs `serve` with
// config.example.yaml (pointed at the fake Slack through api_url, with
// dummy tokens in the environment), checks /healthz and /metrics, and
// stops it with SIGTERM.
func TestServeBinaryWithExampleConfig(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if !coreReady() {
		t.Skip("the core (corpus.Load) has not landed on this branch yet")
	}
	example, err := os.ReadFile("../../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fs := fakeslack.New(t)
	dir := t.TempDir()
	cfg := string(example)
	for old, repl := range map[string]string{
		"listen: 127.0.0.1:9090":          "listen: 127.0.0.1:0",
		"  format: text ":                 "  format: json ",
		"data_dir: data":                  "data_dir: " + filepath.Join(dir, "data"),
		"api_url: https://slack.com/api/": "api_url: " + fs.APIURL,
	} {
		if !strings.Contains(cfg, old) {
			t.Fatalf("config.example.yaml no longer has %q", old)
		}
		cfg = strings.Replace(cfg, old, repl, 1)
	}
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "stancebot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "--config", path)
	cmd.Env = append(os.Environ(), "SLACK_BOT_TOKEN="+fakeslack.BotToken, "SLACK_APP_TOKEN="+fakeslack.AppToken)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := make(chan map[string]any, 100)
	var logs lockedBuffer
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			logs.Write(append(sc.Bytes(), '\n'))
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) == nil {
				select {
				case lines <- m:
				default:
				}
			}
		}
		close(lines)
	}()
	var addr string
	for m := range lines {
		if m["msg"] == "stancebot serving" {
			addr, _ = m["addr"].(string)
			break
		}
	}
	if addr == "" {
		t.Fatalf("serve did not start:\n%s", logs.String())
	}
	if c, _ := get(t, "http://"+addr+"/healthz"); c != 200 {
		t.Errorf("/healthz = %d", c)
	}
	if c, m := get(t, "http://"+addr+"/metrics"); c != 200 || !strings.Contains(m, "go_goroutines") {
		t.Errorf("/metrics = %d", c)
	}
	fs.Wait("/readyz 200", func() bool { c, _ := get(t, "http://"+addr+"/readyz"); return c == 200 })

	// The real bot on the embedded seeds, through Socket Mode.
	fs.SendEvent("EvREAL", fakeslack.Mention("C1", "U1", "1700000000.000001", "",
		"<@"+fakeslack.BotUserID+"> what does Peru say on attribution?"), 0)
	post := fs.WaitCalls("chat.postMessage", 1)[0]
	blocks, _ := json.Marshal(post.Blocks())
	if !strings.Contains(string(blocks), "*Peru*") {
		t.Errorf("no Peru answer in %s", blocks)
	}
	for _, id := range []string{"000_1ebf36fdb85f7c30", "001_a79107312ff06e8a", "002_b44b26f2b45a15c3", "003_b51f9da9da894e76", "004_a60c58689f941b60"} {
		if !strings.Contains(string(blocks), "`"+id+"`") {
			t.Errorf("source %s missing from the reply blocks %s", id, blocks)
		}
	}
	fs.Wait("the question in /metrics", func() bool {
		_, m := get(t, "http://"+addr+"/metrics")
		return strings.Contains(m, `stancebot_questions_total{intent="stance",platform="slack"} 1`)
	})
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	go func() {
		for range lines {
		}
	}()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit after SIGTERM: %v\n%s", err, logs.String())
	}
	if strings.Contains(logs.String(), fakeslack.BotToken) || strings.Contains(logs.String(), fakeslack.AppToken) {
		t.Error("a token appears in the log")
	}
}
