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
	db *handle
	// fence, when set, makes leader-only writes conditional on a lease
	// token (Fenced, fence.go).
	fence *fence
}

// Open opens (creating if needed) the database file at path and applies
// pending migrations. Use ":memory:" for a throwaway database in tests:
// each such Open is its own database (no shared cache), held on a single
// connection that is never closed while the Store is open.
// A postgres:// URL opens the store on PostgreSQL instead (postgres.go).
func Open(path string) (*Store, error) {
	if IsPostgresURL(path) {
		return openPostgres(context.Background(), path)
	}
	dsn := "file::memory:?_busy_timeout=5000&_foreign_keys=on"
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		if err := preflight(path); err != nil {
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
	s := &Store{db: &handle{DB: db, health: &writeHealth{}}}
	if path != ":memory:" {
		if err := quickCheck(context.Background(), db, path); err != nil {
			db.Close()
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// DB exposes the underlying handle for packages that keep their own tables
// in the same file (the Matrix adapter's crypto store).
func (s *Store) DB() *sql.DB { return s.db.DB }

// Close closes the database.
func (s *Store) Close() error {
	if s.fence != nil {
		return nil // a view (Fenced): its Store owns the connections
	}
	return s.db.Close()
}

func (s *Store) migrate(ctx context.Context) error {
	// One file set per engine: migrations/NNN_name.sql for SQLite,
	// migrations/postgres/NNN_name.sql for PostgreSQL, the same numbers
	// (TestMigrationsHaveTwins).
	files, glob := migrations, "migrations/*.sql"
	createTable := `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)`
	if s.db.pg {
		files, glob = postgresMigrations, "migrations/postgres/*.sql"
		createTable = `CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)`
	}
	names, err := fs.Glob(files, glob)
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
		body, err := files.ReadFile(name)
		if err != nil {
			return err
		}
		if err := s.applyMigration(ctx, createTable, v, string(body)); err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
	}
	return nil
}

// applyMigration applies migration v in its own transaction unless it was
// applied before. On PostgreSQL the transaction first takes an advisory
// lock, so replicas starting together apply it once.
func (s *Store) applyMigration(ctx context.Context, createTable string, v int, body string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if s.db.pg {
		if err := pgMigrateTx(ctx, tx.Tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, createTable); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, body); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied_at) VALUES(?, ?)`, v, time.Now().Unix()); err != nil {
		return err
	}
	return tx.Commit()
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
	if s.fence == nil {
		if _, err := s.db.ExecContext(ctx, `INSERT INTO kv(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value); err != nil {
			return fmt.Errorf("put %s: %w", key, err)
		}
		return nil
	}
	// A leader's write (the Matrix adapter's sync token and session):
	// only while its lease token is current.
	cond, fargs := s.fenceCond()
	res, err := s.db.ExecContext(ctx, `INSERT INTO kv(key, value) SELECT ?, ? WHERE 1 = 1`+cond+`
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, args([]any{key, value}, fargs)...)
	if err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return s.fenced(ctx, "put "+key)
	}
	return nil
}
