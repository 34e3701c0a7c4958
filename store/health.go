package store

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/mattn/go-sqlite3"

	"github.com/stancebot/stancebot/metrics"
)

// writeHealth remembers whether the database took its last write. Every
// statement that writes goes through handle.ExecContext (or a
// transaction's), which reports here, so a read-only, full or damaged
// file is noticed by the first write that fails, not only by a probe.
type writeHealth struct {
	mu  sync.Mutex
	err error // nil while writable
}

// observe records the outcome of a write: a failure of the database
// file (not a constraint or a cancelled context) marks the store not
// writable and is counted; a success marks it writable again.
func (h *writeHealth) observe(err error) {
	if err != nil && isWriteFailure(err) && h != nil {
		metrics.StoreWriteFailure()
	}
	h.set(err)
}

// set records the outcome of a write or a probe without counting it: a
// probe that fails is not a refused write of the bot's.
func (h *writeHealth) set(err error) {
	if h == nil || (err != nil && !isWriteFailure(err)) {
		return
	}
	h.mu.Lock()
	h.err = err
	h.mu.Unlock()
	metrics.StoreWritable(err == nil)
}

func (h *writeHealth) get() error {
	if h == nil {
		return nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.err
}

// isWriteFailure reports whether err is SQLite failing to write the file
// itself, as opposed to a statement being refused.
func isWriteFailure(err error) bool {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code {
	case sqlite3.ErrReadonly, sqlite3.ErrIoErr, sqlite3.ErrFull, sqlite3.ErrCantOpen,
		sqlite3.ErrCorrupt, sqlite3.ErrNotADB, sqlite3.ErrPerm:
		return true
	}
	return false
}

// WriteErr says why the database does not take writes, or nil when its
// last write (or CheckWritable) succeeded. /readyz reports it.
func (s *Store) WriteErr() error {
	if err := s.db.health.get(); err != nil {
		return fmt.Errorf("cannot write the database: %w", err)
	}
	return nil
}

// CheckWritable tries a write and rolls it back, so nothing changes: a
// transaction with an UPDATE of no row, which SQLite refuses on a file it
// cannot write. While the store is failing, idle connections are closed
// first: SQLite opens a file it may not write read-only and keeps it so,
// so only a new connection notices that the file became writable again.
// On PostgreSQL it returns nil (Ping tells whether the server answers).
func (s *Store) CheckWritable(ctx context.Context) error {
	if s.db.pg {
		return nil
	}
	if s.db.health.get() != nil && s.db.Stats().MaxOpenConnections != 1 { // never for :memory:
		s.db.SetMaxIdleConns(0)
		s.db.SetMaxIdleConns(2)
	}
	err := func() error {
		tx, err := s.db.DB.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		_, err = tx.ExecContext(ctx, `UPDATE schema_migrations SET version = version WHERE 0`)
		return err
	}()
	if err != nil && !isWriteFailure(err) {
		return fmt.Errorf("check the database is writable: %w", err)
	}
	s.db.health.set(err)
	return s.WriteErr()
}
