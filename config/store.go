package config

import (
	"net/url"
	"strings"
)

// StoreConfig says where stancebot keeps its state, the `store:` section:
//
//	store:
//	  url: postgres://stancebot:${STANCEBOT_DB_PASSWORD}@db.internal:5432/stancebot?sslmode=verify-full
//
// or, for one replica, an embedded SQLite file (the default):
//
//	store:
//	  path: /var/lib/stancebot/stancebot.db   # default: data_dir/stancebot.db
//
// Several replicas need the PostgreSQL URL: they share one database. A
// password in the URL must come from the environment (${ENV_VAR}); the
// libpq variables PGPASSWORD, PGSSLROOTCERT, … are honoured as well.
type StoreConfig struct {
	URL  string `yaml:"url"`
	Path string `yaml:"path"`
}

// problems reports what is wrong with the section, each at its key and line.
func (s *StoreConfig) problems(v *validator, key string) {
	if s.URL != "" && s.Path != "" {
		v.errorf(key+".url", "set store.url (PostgreSQL) or store.path (SQLite), not both")
		return
	}
	if s.URL == "" {
		return
	}
	if !strings.HasPrefix(s.URL, "postgres://") && !strings.HasPrefix(s.URL, "postgresql://") {
		v.errorf(key+".url", "must be a postgres:// URL (for SQLite, set store.path)")
		return
	}
	u, err := url.Parse(s.URL)
	if err != nil {
		// url's message quotes the URL, which may hold a password.
		v.errorf(key+".url", "not a valid URL")
		return
	}
	if _, has := u.User.Password(); has && !v.secretKeys[key+".url"] {
		v.errorf(key+".url", "write the password as an ${ENV_VAR} reference, not a literal value")
	}
}

// StoreLocation is what store.Open takes: the PostgreSQL URL when
// store.url is set, else the SQLite file (store.path, or
// data_dir/stancebot.db).
func (c *Config) StoreLocation() string {
	switch {
	case c.Store.URL != "":
		return c.Store.URL
	case c.Store.Path != "":
		return c.Store.Path
	}
	return c.DBPath()
}

// Replicated reports whether the state lives in a database several
// replicas can share (PostgreSQL).
func (c *Config) Replicated() bool { return c.Store.URL != "" }
