package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/internal/memlimit"
)

func env(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

var testEnv = env(map[string]string{
	"SLACK_BOT_TOKEN":      "xoxb-test-bot-token",
	"SLACK_APP_TOKEN":      "xapp-test-app-token",
	"SLACK_SIGNING_SECRET": "s3cr3t-signing",
	"EMPTY":                "",
})

func TestParseValid(t *testing.T) {
	doc := `
listen: 127.0.0.1:8081
log:
  format: json
  level: debug
data_dir: /tmp/sb
shutdown_timeout: 3s
slack:
  transport: http
  bot_token: ${SLACK_BOT_TOKEN}
  signing_secret: ${SLACK_SIGNING_SECRET}
  api_url: http://127.0.0.1:1234/api
  slash_response: ephemeral
  always_thread: true
`
	c, err := Parse("config.yaml", []byte(doc), testEnv)
	if err != nil {
		t.Fatal(err)
	}
	if c.Listen != "127.0.0.1:8081" || c.Log.Format != "json" || c.ShutdownTimeout != 3*time.Second {
		t.Errorf("top level: %+v", c)
	}
	s := c.Slack
	if !s.On() || s.BotToken != "xoxb-test-bot-token" || s.SigningSecret != "s3cr3t-signing" {
		t.Errorf("slack secrets not expanded: %+v", s)
	}
	if s.APIURL != "http://127.0.0.1:1234/api/" {
		t.Errorf("api_url = %q, want a trailing slash added", s.APIURL)
	}
	if s.HTTP.Path != "/slack/events" || s.SlashCommand != "/stance" || !s.AlwaysThread {
		t.Errorf("slack defaults: %+v", s)
	}
	if got := strings.Join(c.Secrets(), ","); got != "xoxb-test-bot-token,s3cr3t-signing" {
		t.Errorf("Secrets() = %q", got)
	}
	if c.DBPath() != "/tmp/sb/stancebot.db" {
		t.Errorf("DBPath = %q", c.DBPath())
	}
}

func TestParseDefaults(t *testing.T) {
	for _, doc := range []string{"", "listen: 127.0.0.1:9\n"} {
		c, err := Parse("c.yaml", []byte(doc), testEnv)
		if err != nil {
			t.Fatalf("%q: %v", doc, err)
		}
		if c.Log.Format != "text" || c.Log.Level != "info" || c.DataDir != DefaultDataDir ||
			c.ShutdownTimeout != DefaultShutdownTimeout || c.Slack.On() {
			t.Errorf("%q: defaults not applied: %+v", doc, c)
		}
	}
}

// The serving memory limit is memlimit.DefaultPolicy unless the file sets
// corpus.memory_headroom_percent; 0 turns it off.
func TestMemoryPolicy(t *testing.T) {
	tests := []struct {
		doc  string
		want int64
	}{
		{"", memlimit.DefaultPolicy.HeadroomPercent},
		{"corpus:\n  memory_headroom_percent: 40\n", 40},
		{"corpus:\n  memory_headroom_percent: 0\n", 0},
	}
	for _, tt := range tests {
		c, err := Parse("c.yaml", []byte(tt.doc), testEnv)
		if err != nil {
			t.Fatalf("%q: %v", tt.doc, err)
		}
		p := c.Corpus.MemoryPolicy()
		if p.HeadroomPercent != tt.want || p.Floor != memlimit.DefaultPolicy.Floor {
			t.Errorf("%q: policy %+v, want %d%% over the live heap, floor %d", tt.doc, p, tt.want, memlimit.DefaultPolicy.Floor)
		}
	}
}

func TestParseErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f.txt")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		doc  string
		want []string // substrings, each must appear
	}{
		{"unknown top key", "listen: :1\nlisten_addr: x\n",
			[]string{"config.yaml:2: listen_addr: unknown key"}},
		{"unknown nested key", "slack:\n  enabled: false\n  sigining_secret: x\n",
			[]string{"config.yaml:3: slack.sigining_secret: unknown key", "signing_secret"}},
		{"http needs signing secret", "slack:\n  transport: http\n  bot_token: ${SLACK_BOT_TOKEN}\n",
			[]string{"config.yaml:1: slack.signing_secret: required for the http transport"}},
		{"empty signing secret", "slack:\n  transport: http\n  bot_token: ${SLACK_BOT_TOKEN}\n  signing_secret: ${EMPTY}\n",
			[]string{"config.yaml:4: slack.signing_secret: required for the http transport"}},
		{"socket needs app token", "slack:\n  bot_token: ${SLACK_BOT_TOKEN}\n",
			[]string{"config.yaml:1: slack.app_token: required for the socket transport"}},
		{"unset env var", "slack:\n  bot_token: ${NOPE_TOKEN}\n  app_token: ${SLACK_APP_TOKEN}\n",
			[]string{"config.yaml:2: slack.bot_token: environment variable NOPE_TOKEN is not set"}},
		{"literal secret", "slack:\n  bot_token: xoxb-literal\n  app_token: ${SLACK_APP_TOKEN}\n",
			[]string{"config.yaml:2: slack.bot_token: write secrets as an ${ENV_VAR} reference"}},
		{"wrong token kind", "slack:\n  bot_token: ${SLACK_APP_TOKEN}\n  app_token: ${SLACK_BOT_TOKEN}\n",
			[]string{"config.yaml:2: slack.bot_token: must be a bot token", "config.yaml:3: slack.app_token: must be an app-level token"}},
		{"bad transport", "slack:\n  transport: carrier-pigeon\n  bot_token: ${SLACK_BOT_TOKEN}\n",
			[]string{"config.yaml:2: slack.transport: \"carrier-pigeon\" is not one of socket, http"}},
		{"bad slash response", "slack:\n  enabled: false\n  slash_response: loud\n",
			nil}, // disabled sections are not validated
		{"bad api url", "slack:\n  bot_token: ${SLACK_BOT_TOKEN}\n  app_token: ${SLACK_APP_TOKEN}\n  api_url: ftp://x\n",
			[]string{"config.yaml:4: slack.api_url:"}},
		{"bad duration", "shutdown_timeout: soon\n",
			[]string{`config.yaml:1: shutdown_timeout: "soon": want a duration`}},
		{"bad bool", "slack:\n  enabled: maybe\n", // the section is still checked
			[]string{"config.yaml:2: slack.enabled: cannot unmarshal", "config.yaml:1: slack.bot_token: required",
				"config.yaml:1: slack.app_token: required for the socket transport"}},
		{"bad log format", "log:\n  format: xml\n",
			[]string{"config.yaml:2: log.format: \"xml\" is not one of text, json"}},
		{"bad listen", "listen: nowhere\n",
			[]string{"config.yaml:1: listen: \"nowhere\" is not a host:port"}},
		{"memory headroom negative", "corpus:\n  memory_headroom_percent: -5\n",
			[]string{"config.yaml:2: corpus.memory_headroom_percent: must be between 0 (no limit) and 1000, got -5"}},
		{"memory headroom not a number", "corpus:\n  memory_headroom_percent: lots\n",
			[]string{"config.yaml:2: corpus.memory_headroom_percent:"}},
		{"corpus dir missing", "corpus:\n  dir: " + filepath.Join(dir, "missing") + "\n",
			[]string{"config.yaml:2: corpus.dir:"}},
		{"corpus dir is a file", "corpus:\n  dir: " + file + "\n",
			[]string{"config.yaml:2: corpus.dir:", "is not a directory"}},
		{"malformed reference", "listen: ${1BAD}\n",
			[]string{"config.yaml:1: listen: \"${1BAD}\" is not a valid"}},
		{"unterminated reference", "listen: ${OOPS\n",
			[]string{"config.yaml:1: listen: unterminated"}},
		{"not a mapping", "- a\n- b\n",
			[]string{"config.yaml:1: the document must be a mapping"}},
		{"syntax error", "slack: [\n",
			[]string{"config.yaml: yaml:"}},
		{"every problem at once", "log:\n  format: xml\nslack:\n  transport: http\n  bot_token: ${NOPE_TOKEN}\n  sigining_secret: ${NOPE_SECRET}\n",
			[]string{"config.yaml:2: log.format:", "config.yaml:5: slack.bot_token: environment variable NOPE_TOKEN is not set",
				"config.yaml:6: slack.sigining_secret: unknown key", "config.yaml:3: slack.signing_secret: required for the http transport"}},
		{"duplicate key", "listen: :1\nlisten: :2\n",
			[]string{"config.yaml:2:", "already defined"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("config.yaml", []byte(tt.doc), testEnv)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\n does not contain %q", err, w)
				}
			}
			n := 0 // each want starting with the file name is one error
			for _, w := range tt.want {
				if strings.HasPrefix(w, "config.yaml:") {
					n++
				}
			}
			if got := strings.Count(err.Error(), "\n") + 1; got != n {
				t.Errorf("%d errors, want %d (one per problem):\n%v", got, n, err)
			}
		})
	}
}

func TestSecretsNotInErrors(t *testing.T) {
	// A bad value next to a secret must not echo the secret.
	doc := "slack:\n  transport: http\n  bot_token: ${SLACK_BOT_TOKEN}\n  signing_secret: ${SLACK_SIGNING_SECRET}\n  http:\n    listen: bad\n"
	_, err := Parse("config.yaml", []byte(doc), testEnv)
	if err == nil || !strings.Contains(err.Error(), "slack.http.listen") {
		t.Fatalf("want a listen error, got %v", err)
	}
	for _, s := range []string{"xoxb-test-bot-token", "s3cr3t-signing"} {
		if strings.Contains(err.Error(), s) {
			t.Errorf("error leaks secret %q: %v", s, err)
		}
	}
}

func TestLoadFile(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Fatal("want an error for a missing file")
	}
	p := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(p, []byte("log:\n  level: loud\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Load(p)
	if err == nil || !strings.Contains(err.Error(), p+":2: log.level") {
		t.Fatalf("got %v", err)
	}
}
