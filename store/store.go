// Package store keeps stancebot's durable state in one embedded SQLite
// database: which chat events were answered, sync tokens and other small
// values, and (through later migrations) subscriptions and the digest
// ledger. Schema changes are SQL files under migrations/, applied in order.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // the SQLite driver mautrix's crypto store uses too
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is the embedded database. It is safe for concurrent use.
type Store struct {
	db *sql.DB
}

// Open opens (creating if needed) the database file at path and applies
// pending migrations. Use ":memory:" for a throwaway database in tests:
// each such Open is its own database (no shared cache), held on a single
// connection that is never closed while the Store is open.
func Open(path string) (*Store, error) {
	dsn := "file::memory:?_busy_timeout=5000&_foreign_keys=on"
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		dsn = "file:" + path + "?_busy_timeout=5000&_journal_mode=WAL&_foreign_keys=on&_txlock=immediate"
	}
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if path == ":memory:" {
		// A private in-memory database lives as long as its one connection.
		db.SetMaxOpenConns(1)
		db.SetMaxIdleConns(1)
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
	}
	s := &Store{db: db}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// DB exposes the underlying handle for packages that keep their own tables
// in the same file (the Matrix adapter's crypto store).
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := filepath.Base(name)
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with a number", base)
		}
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied_at) VALUES(?, ?)`, v, time.Now().Unix()); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
	}
	return nil
}

// ClaimEvent records the event (platform, id) as answered. It returns
// true the first time and false for every later delivery of the same
// event. It is the claim-before-answer ledger the adapters used before the
// inbox; new code follows the inbox's Record/Lease/MarkAnswered rule.
func (s *Store) ClaimEvent(ctx context.Context, platform, id string) (bool, error) {
	now := time.Now().UnixMilli()
	res, err := s.db.ExecContext(ctx, `INSERT INTO inbox(platform, event_id, received_at, answered_at) VALUES(?, ?, ?, ?)
		ON CONFLICT (platform, event_id) DO NOTHING`, platform, id, now, now)
	if err != nil {
		return false, fmt.Errorf("claim event %s/%s: %w", platform, id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("claim event %s/%s: %w", platform, id, err)
	}
	return n == 1, nil
}

// EventHandled reports whether (platform, id) was answered.
func (s *Store) EventHandled(ctx context.Context, platform, id string) (bool, error) {
	return s.Answered(ctx, platform, id)
}

// PruneEvents forgets events received before the cutoff.
func (s *Store) PruneEvents(ctx context.Context, before time.Time) error {
	return s.Prune(ctx, before)
}

// ErrNotFound is returned by Get for a missing key.
var ErrNotFound = errors.New("not found")

// Get returns the value stored under key, or ErrNotFound.
func (s *Store) Get(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM kv WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("get %s: %w", key, err)
	}
	return v, nil
}

// Put stores value under key, replacing any previous value.
func (s *Store) Put(ctx context.Context, key, value string) error {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO kv(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value); err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	return nil
}
