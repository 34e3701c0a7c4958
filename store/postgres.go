package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"net/url"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver mautrix's dbutil uses too
)

//go:embed migrations/postgres/*.sql
var postgresMigrations embed.FS

// Pool limits for PostgreSQL. Each replica keeps a few connections: the
// store's statements are short, and a managed PostgreSQL often caps
// connections at 100 for all replicas together.
const (
	pgMaxOpen     = 10
	pgMaxIdle     = 4
	pgMaxLifetime = 30 * time.Minute
	// pgMigrateLock is the advisory lock key that makes replicas starting
	// together apply migrations one at a time.
	pgMigrateLock = "stancebot:migrate"
)

// openPostgres opens the store on the PostgreSQL database at rawURL (a
// postgres:// URL; libpq parameters such as sslmode, search_path and
// host=/a/socket/dir are honoured) and applies pending migrations.
func openPostgres(ctx context.Context, rawURL string) (*Store, error) {
	where := redactURL(rawURL)
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		// pgx's parse errors can quote the URL, password included.
		return nil, fmt.Errorf("open store %s: store.url is not a valid PostgreSQL URL", where)
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 10 * time.Second
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(pgMaxOpen)
	db.SetMaxIdleConns(pgMaxIdle)
	db.SetConnMaxLifetime(pgMaxLifetime)
	pctx, cancel := context.WithTimeout(ctx, cfg.ConnectTimeout+5*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s (store.url): cannot connect: %w", where, err)
	}
	s := &Store{db: &handle{DB: db, pg: true}}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", where, err)
	}
	return s, nil
}

// redactURL returns the URL without its password, for messages and logs.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "postgres://…"
	}
	return u.Redacted()
}

// pgMigrateTx locks the migration for the length of tx, so that replicas
// starting at once do not apply the same migration twice.
func pgMigrateTx(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext($1))`, pgMigrateLock); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	return nil
}

// Ping checks that the database answers: for /readyz, which turns 503
// while PostgreSQL is unreachable and 200 again when it is back (the pool
// reconnects by itself; no restart is needed).
func (s *Store) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("store %s: %w", s.Engine(), err)
	}
	return nil
}
