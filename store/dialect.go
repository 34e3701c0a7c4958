package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/jmoiron/sqlx"
)

// handle is the store's *sql.DB with its dialect. Every query in the store
// is written once, in SQL both engines accept, with "?" placeholders; the
// handle rewrites them to PostgreSQL's $1, $2, … (sqlx.Rebind) when the
// store is on PostgreSQL. Methods added to Store by later migrations get
// both engines for free, and the shared test suite (backends_test.go)
// runs every store test against both, so SQL only one engine accepts
// fails there.
type handle struct {
	*sql.DB
	pg     bool
	health *writeHealth // SQLite: whether writes succeed (health.go)
}

func (h *handle) rebind(q string) string {
	if !h.pg {
		return q
	}
	return sqlx.Rebind(sqlx.DOLLAR, q)
}

// ExecContext is sql.DB.ExecContext with the placeholders rebound.
func (h *handle) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	res, err := h.DB.ExecContext(ctx, h.rebind(q), args...)
	h.health.observe(err)
	return res, err
}

// QueryContext is sql.DB.QueryContext with the placeholders rebound.
func (h *handle) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return h.DB.QueryContext(ctx, h.rebind(q), args...)
}

// QueryRowContext is sql.DB.QueryRowContext with the placeholders rebound.
func (h *handle) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return h.DB.QueryRowContext(ctx, h.rebind(q), args...)
}

// BeginTx starts a transaction whose statements are rebound too.
func (h *handle) BeginTx(ctx context.Context, opts *sql.TxOptions) (*txn, error) {
	tx, err := h.DB.BeginTx(ctx, opts)
	if err != nil {
		h.health.observe(err)
		return nil, err
	}
	return &txn{Tx: tx, h: h}, nil
}

// txn is a *sql.Tx whose statements are rebound to the store's dialect.
type txn struct {
	*sql.Tx
	h *handle
}

// ExecContext is sql.Tx.ExecContext with the placeholders rebound.
func (t *txn) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	res, err := t.Tx.ExecContext(ctx, t.h.rebind(q), args...)
	if err != nil {
		t.h.health.observe(err) // success is known only at commit
	}
	return res, err
}

// QueryContext is sql.Tx.QueryContext with the placeholders rebound.
func (t *txn) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.h.rebind(q), args...)
}

// QueryRowContext is sql.Tx.QueryRowContext with the placeholders rebound.
func (t *txn) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.h.rebind(q), args...)
}

// PrepareContext is sql.Tx.PrepareContext with the placeholders rebound.
func (t *txn) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	return t.Tx.PrepareContext(ctx, t.h.rebind(q))
}

// serialize makes concurrent transactions named name run one after the
// other. SQLite transactions already do (the store opens them IMMEDIATE);
// on PostgreSQL, whose READ COMMITTED transactions interleave, it takes a
// transaction-scoped advisory lock, released at commit or rollback.
func (t *txn) serialize(ctx context.Context, name string) error {
	if !t.h.pg {
		return nil
	}
	if _, err := t.Tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext($1))`, "stancebot:"+name); err != nil {
		return fmt.Errorf("lock %s: %w", name, err)
	}
	return nil
}

// Engine names the database engine: "sqlite3" or "postgres".
func (s *Store) Engine() string {
	if s.db.pg {
		return "postgres"
	}
	return "sqlite3"
}

// DriverName is the database/sql driver name of DB(), as mautrix's dbutil
// wants it ("sqlite3" or "pgx").
func (s *Store) DriverName() string {
	if s.db.pg {
		return "pgx"
	}
	return "sqlite3"
}

// IsPostgresURL reports whether a store location is a PostgreSQL URL
// (postgres:// or postgresql://) rather than a SQLite file path.
func IsPostgresURL(loc string) bool {
	return strings.HasPrefix(loc, "postgres://") || strings.HasPrefix(loc, "postgresql://")
}

// nowMillis is an SQL expression for the database's current time in Unix
// milliseconds. Leases are judged by it rather than by each replica's
// clock, so replicas whose clocks disagree still agree on who leads.
func (h *handle) nowMillis() string {
	if h.pg {
		return `CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)`
	}
	return `CAST(unixepoch('subsec') * 1000 AS INTEGER)`
}

// SchemaVersion returns the number of the latest migration applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}
