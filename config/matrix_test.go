package config

import (
	"strings"
	"testing"
	"time"
)

func TestMatrixValidate(t *testing.T) {
	valid := func() Matrix {
		return Matrix{Homeserver: "https://matrix.example.org", UserID: "@stancebot:example.org", AccessToken: "secret"}
	}
	tests := []struct {
		name   string
		mutate func(*Matrix)
		want   []string // substrings of the error; none: valid
	}{
		{"minimal token config", func(*Matrix) {}, nil},
		{"password instead of token", func(m *Matrix) { m.AccessToken = ""; m.Password = "pw" }, nil},
		{"full", func(m *Matrix) {
			m.DeviceID = "ABC"
			m.AllowInvitesFrom = []string{"@alice:example.org", "example.org", ":other.org"}
			m.CommandPrefix = "!pos"
			m.MaxAge = time.Minute
		}, nil},
		{"homeserver missing", func(m *Matrix) { m.Homeserver = "" }, []string{"matrix.homeserver: required"}},
		{"homeserver not a URL", func(m *Matrix) { m.Homeserver = "matrix.example.org" }, []string{"matrix.homeserver:", "not an http(s) URL"}},
		{"user missing", func(m *Matrix) { m.UserID = "" }, []string{"matrix.user_id: required"}},
		{"user malformed", func(m *Matrix) { m.UserID = "stancebot" }, []string{"matrix.user_id:", "not a Matrix user ID"}},
		{"no credentials", func(m *Matrix) { m.AccessToken = "" }, []string{"matrix.access_token: required unless matrix.password is set"}},
		{"device without token", func(m *Matrix) { m.AccessToken = ""; m.Password = "pw"; m.DeviceID = "X" }, []string{"matrix.device_id:"}},
		{"bad allowlist entries", func(m *Matrix) { m.AllowInvitesFrom = []string{"@nope", "", "a b"} }, []string{"matrix.allow_invites_from[0]:", "matrix.allow_invites_from[1]: empty entry", "matrix.allow_invites_from[2]:"}},
		{"prefix with space", func(m *Matrix) { m.CommandPrefix = "! stance" }, []string{"matrix.command_prefix:"}},
		{"max age beyond a day", func(m *Matrix) { m.MaxAge = 48 * time.Hour }, []string{"matrix.max_age: at most 24h0m0s"}},
		{"negative max age", func(m *Matrix) { m.MaxAge = -time.Second }, []string{"matrix.max_age: must not be negative"}},
		{"several errors at once", func(m *Matrix) { m.Homeserver = ""; m.UserID = "" }, []string{"matrix.homeserver", "matrix.user_id"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := valid()
			tc.mutate(&m)
			err := m.Validate()
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Validate() = nil, want error with %q", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Validate() = %q, want it to contain %q", err, w)
				}
			}
		})
	}
}

func TestMatrixDefaults(t *testing.T) {
	var m Matrix
	if !m.EncryptionEnabled() {
		t.Error("encryption must default to on")
	}
	m.ApplyDefaults()
	if m.CommandPrefix != "!stance" || m.MaxAge != 10*time.Minute || m.DeviceName != "stancebot" || m.Encryption == nil || !*m.Encryption {
		t.Errorf("defaults = %+v", m)
	}
	off := false
	m = Matrix{Encryption: &off, CommandPrefix: "!x", MaxAge: time.Minute}
	m.ApplyDefaults()
	if m.EncryptionEnabled() || m.CommandPrefix != "!x" || m.MaxAge != time.Minute {
		t.Errorf("ApplyDefaults overrode set values: %+v", m)
	}
	if got := (&Matrix{UserID: "@bot:example.org"}).ServerName(); got != "example.org" {
		t.Errorf("ServerName = %q", got)
	}
}

func TestMatrixThroughParse(t *testing.T) {
	lookup := env(map[string]string{"MATRIX_PASSWORD": "pw", "MATRIX_PICKLE": "pk"})
	t.Run("valid with defaults", func(t *testing.T) {
		doc := `
matrix:
  homeserver: https://matrix.example.org
  user_id: "@stancebot:example.org"
  password: ${MATRIX_PASSWORD}
  pickle_key: ${MATRIX_PICKLE}
  allow_invites_from: ["@alice:example.org", example.org]
  max_age: 5m
`
		c, err := Parse("config.yaml", []byte(doc), lookup)
		if err != nil {
			t.Fatal(err)
		}
		m := c.Matrix
		if m.Password != "pw" || m.PickleKey != "pk" || m.MaxAge != 5*time.Minute || m.CommandPrefix != "!stance" || !m.EncryptionEnabled() {
			t.Errorf("parsed %+v", m)
		}
	})
	for _, tc := range []struct{ name, doc, want string }{
		{"missing homeserver at its line", "matrix:\n  user_id: \"@b:x\"\n  password: ${MATRIX_PASSWORD}\n", "config.yaml:1: matrix.homeserver: required"},
		{"literal secret refused", "matrix:\n  homeserver: https://x\n  user_id: \"@b:x\"\n  password: hunter2\n", "config.yaml:4: matrix.password: write secrets as an ${ENV_VAR} reference"},
		{"bad user at its line", "matrix:\n  homeserver: https://x\n  user_id: bot\n  password: ${MATRIX_PASSWORD}\n", "config.yaml:3: matrix.user_id:"},
		{"bad allowlist entry", "matrix:\n  homeserver: https://x\n  user_id: \"@b:x\"\n  password: ${MATRIX_PASSWORD}\n  allow_invites_from: [\"@nope\"]\n", "matrix.allow_invites_from[0]:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("config.yaml", []byte(tc.doc), lookup)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Parse = %v, want %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("error leaks the secret: %v", err)
			}
		})
	}
}
