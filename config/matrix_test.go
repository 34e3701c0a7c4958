package config

import (
	"strings"
	"testing"
	"time"
)

// TestMatrixProblems checks the section's rules through Parse, the one
// place they run.
func TestMatrixProblems(t *testing.T) {
	lookup := env(map[string]string{"MATRIX_TOKEN": "syt_token", "MATRIX_PASSWORD": "pw"})
	base := "matrix:\n  homeserver: https://matrix.example.org\n  user_id: \"@stancebot:example.org\"\n"
	tests := []struct {
		name string
		doc  string
		want []string // substrings of the error; none: valid
		not  []string // must not appear
	}{
		{"minimal token config", base + "  access_token: ${MATRIX_TOKEN}\n", nil, nil},
		{"password instead of token", base + "  password: ${MATRIX_PASSWORD}\n", nil, nil},
		{"full", base + "  access_token: ${MATRIX_TOKEN}\n  device_id: ABC\n  allow_invites_from: [\"@alice:example.org\", example.org, \":other.org\"]\n  command_prefix: \"!pos\"\n  max_age: 1m\n", nil, nil},
		{"homeserver missing", "matrix:\n  user_id: \"@b:x\"\n  access_token: ${MATRIX_TOKEN}\n", []string{"matrix.homeserver: required"}, nil},
		{"homeserver not a URL", "matrix:\n  homeserver: matrix.example.org\n  user_id: \"@b:x\"\n  access_token: ${MATRIX_TOKEN}\n", []string{"config.yaml:2: matrix.homeserver:", "not an http(s) URL"}, nil},
		{"user malformed", "matrix:\n  homeserver: https://x\n  user_id: stancebot\n  access_token: ${MATRIX_TOKEN}\n", []string{"config.yaml:3: matrix.user_id:", "not a Matrix user ID"}, nil},
		{"no credentials", base, []string{"matrix.access_token: required unless matrix.password is set"}, nil},
		{"only the password variable missing", base + "  password: ${MATRIX_PASSWORD_UNSET}\n",
			[]string{"config.yaml:4: matrix.password:", "MATRIX_PASSWORD_UNSET"}, []string{"access_token"}},
		{"device without token", base + "  password: ${MATRIX_PASSWORD}\n  device_id: X\n", []string{"matrix.device_id:"}, nil},
		{"bad allowlist entries", base + "  access_token: ${MATRIX_TOKEN}\n  allow_invites_from: [\"@nope\", \"\", a b]\n",
			[]string{"matrix.allow_invites_from[0]:", "matrix.allow_invites_from[1]: empty entry", "matrix.allow_invites_from[2]:"}, nil},
		{"prefix with space", base + "  access_token: ${MATRIX_TOKEN}\n  command_prefix: \"! stance\"\n", []string{"matrix.command_prefix:"}, nil},
		{"max age beyond a day", base + "  access_token: ${MATRIX_TOKEN}\n  max_age: 48h\n", []string{"matrix.max_age: at most 24h0m0s"}, nil},
		{"negative max age", base + "  access_token: ${MATRIX_TOKEN}\n  max_age: -1s\n", []string{"matrix.max_age: must not be negative"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("config.yaml", []byte(tc.doc), lookup)
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("Parse = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Parse = nil, want error with %q", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Parse = %q, want it to contain %q", err, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(err.Error(), w) {
					t.Errorf("Parse = %q, must not mention %q", err, w)
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
