package config

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Matrix configures the Matrix adapter.
//
// The bot logs in either with an access token (AccessToken, and DeviceID
// when the token belongs to a known device) or with UserID + Password; in
// both cases the device ID and token are kept in the data directory so a
// restart reuses the same device and its encryption keys.
type Matrix struct {
	// Homeserver is the client-server API base URL, e.g. https://matrix.example.org.
	Homeserver string `yaml:"homeserver"`
	// UserID is the bot's full Matrix ID, e.g. @stancebot:example.org.
	UserID string `yaml:"user_id"`
	// AccessToken logs in without a password. Write it as ${MATRIX_ACCESS_TOKEN}.
	AccessToken string `yaml:"access_token"`
	// DeviceID is the device the access token belongs to (optional; asked
	// from the homeserver when empty).
	DeviceID string `yaml:"device_id"`
	// Password logs in with user + password when AccessToken is empty.
	// Write it as ${MATRIX_PASSWORD}.
	Password string `yaml:"password"`
	// DeviceName is the display name of a device created by password login.
	DeviceName string `yaml:"device_name"`
	// AllowInvitesFrom lists who may invite the bot: full user IDs
	// ("@alice:example.org") or whole servers ("example.org" or
	// ":example.org"). Invites from anyone else are refused. Empty: the
	// bot accepts invites only from users on its own server.
	AllowInvitesFrom []string `yaml:"allow_invites_from"`
	// CommandPrefix starts a command addressed to the bot (default "!stance").
	CommandPrefix string `yaml:"command_prefix"`
	// MaxAge is how old a question may be and still be answered, e.g. after
	// the bot was down (default 10m).
	MaxAge time.Duration `yaml:"max_age"`
	// Encryption enables end-to-end encryption (default true). It needs a
	// binary built with -tags goolm.
	Encryption *bool `yaml:"encryption"`
	// PickleKey encrypts the bot's encryption keys at rest. Write it as
	// ${MATRIX_PICKLE_KEY}. Empty: a random key is generated once and kept
	// in the data directory's database.
	PickleKey string `yaml:"pickle_key"`
	// RecoveryKey verifies the bot's device with the account's existing
	// cross-signing keys (stored in secret storage) at start. Write it as
	// ${MATRIX_RECOVERY_KEY}. Empty: on first start the bot generates
	// cross-signing keys (uploading them needs Password) and logs the
	// recovery key once. It also opens the server-side key backup of room
	// keys, which a new device restores from.
	RecoveryKey string `yaml:"recovery_key"`
}

// Defaults for the Matrix section.
const (
	DefaultMatrixCommandPrefix = "!stance"
	DefaultMatrixMaxAge        = 10 * time.Minute
	DefaultMatrixDeviceName    = "stancebot"
	// MaxMatrixMaxAge bounds max_age well inside the event ledger's retention.
	MaxMatrixMaxAge = 24 * time.Hour
)

// ApplyDefaults fills unset optional fields with their defaults.
func (m *Matrix) ApplyDefaults() {
	if m.CommandPrefix == "" {
		m.CommandPrefix = DefaultMatrixCommandPrefix
	}
	if m.MaxAge == 0 {
		m.MaxAge = DefaultMatrixMaxAge
	}
	if m.DeviceName == "" {
		m.DeviceName = DefaultMatrixDeviceName
	}
	if m.Encryption == nil {
		t := true
		m.Encryption = &t
	}
}

// EncryptionEnabled reports whether end-to-end encryption is on (the default).
func (m *Matrix) EncryptionEnabled() bool { return m.Encryption == nil || *m.Encryption }

// ServerName returns the server part of UserID ("example.org" for
// "@bot:example.org"), or "" when UserID is malformed.
func (m *Matrix) ServerName() string {
	_, server, ok := splitMatrixUserID(m.UserID)
	if !ok {
		return ""
	}
	return server
}

// problems reports what is wrong with the section, each at its key and
// line; secrets must be ${ENV_VAR} references.
func (m *Matrix) problems(v *validator, key string) {
	add := func(k, format string, args ...any) { v.errorf(key+"."+k, format, args...) }
	for _, s := range []struct{ name, value string }{
		{"access_token", m.AccessToken}, {"password", m.Password}, {"pickle_key", m.PickleKey},
	} {
		if v.has(key + "." + s.name) {
			v.secret(key+"."+s.name, s.value, "")
		}
	}
	if strings.TrimSpace(m.Homeserver) == "" {
		add("homeserver", "required")
	} else if u, err := url.Parse(m.Homeserver); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		add("homeserver", "%q is not an http(s) URL", m.Homeserver)
	}
	if strings.TrimSpace(m.UserID) == "" {
		add("user_id", "required")
	} else if _, _, ok := splitMatrixUserID(m.UserID); !ok {
		add("user_id", "%q is not a Matrix user ID like @stancebot:example.org", m.UserID)
	}
	// When a credential key is written but its variable is unset, that is
	// the one problem (reported above); "access_token required" would be a
	// second, misleading one.
	if m.AccessToken == "" && m.Password == "" && !v.has(key+".access_token") && !v.has(key+".password") {
		add("access_token", "required unless matrix.password is set")
	}
	if m.DeviceID != "" && m.AccessToken == "" && !v.has(key+".access_token") {
		add("device_id", "only meaningful with matrix.access_token")
	}
	for i, a := range m.AllowInvitesFrom {
		if err := validateInviteEntry(a); err != nil {
			add(fmt.Sprintf("allow_invites_from[%d]", i), "%v", err)
		}
	}
	if m.CommandPrefix != "" && strings.ContainsAny(m.CommandPrefix, " \t\n") {
		add("command_prefix", "%q must not contain spaces", m.CommandPrefix)
	}
	if m.MaxAge < 0 {
		add("max_age", "must not be negative, got %s", m.MaxAge)
	} else if m.MaxAge > MaxMatrixMaxAge {
		// The answered-event ledger is pruned after 7 days; a longer max
		// age could answer a pruned event again.
		add("max_age", "at most %s, got %s", MaxMatrixMaxAge, m.MaxAge)
	}
}

func validateInviteEntry(a string) error {
	switch {
	case strings.TrimSpace(a) == "":
		return errors.New("empty entry")
	case strings.HasPrefix(a, "@"):
		if _, _, ok := splitMatrixUserID(a); !ok {
			return fmt.Errorf("%q is not a Matrix user ID", a)
		}
	default:
		s := strings.TrimPrefix(a, ":")
		if s == "" || strings.ContainsAny(s, "@/ \t") {
			return fmt.Errorf("%q is neither a user ID (@user:server) nor a server name", a)
		}
	}
	return nil
}

// splitMatrixUserID splits "@local:server" into its parts.
func splitMatrixUserID(s string) (local, server string, ok bool) {
	if !strings.HasPrefix(s, "@") {
		return "", "", false
	}
	local, server, ok = strings.Cut(s[1:], ":")
	if !ok || local == "" || server == "" || strings.ContainsAny(s, " \t\n") {
		return "", "", false
	}
	return local, server, true
}
