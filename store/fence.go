package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/stancebot/stancebot/delivery"
)

// A fenced Store (Fenced) is how a leader writes: each write only the
// leader makes (the digest ledger's claims and outcomes, the Matrix sync
// token and the rest of the Matrix adapter's key-value state) carries a
// condition on the lease row in the same statement — the lease's token
// is still the writer's — so a replica that lost its lease while paused
// or partitioned, and does not know it yet, changes nothing: its write
// fails with delivery.ErrFenced and it stops. The condition is checked by
// the database in the statement that writes, so there is no window
// between a check and the write.
type fence struct {
	lease string
	token int64
}

// Fenced returns a view of s whose leader-only writes succeed only while
// token is the current fencing token of lease (store.AcquireLease), and
// fail with delivery.ErrFenced otherwise. Reads and other writes are s's.
// The view shares s's connections: closing it does nothing; close s.
func (s *Store) Fenced(lease string, token int64) *Store {
	return &Store{db: s.db, fence: &fence{lease: lease, token: token}}
}

// fenceCond returns the SQL condition a leader-only write adds to its
// WHERE clause (" AND EXISTS (…)") and its arguments; nothing for an
// unfenced store.
func (s *Store) fenceCond() (string, []any) {
	if s.fence == nil {
		return "", nil
	}
	return ` AND EXISTS (SELECT 1 FROM leases WHERE name = ? AND token = ?)`, []any{s.fence.lease, s.fence.token}
}

// fenced reports, after a leader-only write changed nothing, whether the
// reason is the fence: an error wrapping delivery.ErrFenced when s's token
// is no longer the lease's, nil otherwise (the write's own condition did
// not hold). The write itself decided atomically; this read only names
// the reason.
func (s *Store) fenced(ctx context.Context, what string) error {
	if s.fence == nil {
		return nil
	}
	var token int64
	err := s.db.QueryRowContext(ctx, `SELECT token FROM leases WHERE name = ?`, s.fence.lease).Scan(&token)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s: lease %s was never taken: %w", what, s.fence.lease, delivery.ErrFenced)
	}
	if err != nil {
		return fmt.Errorf("%s: check lease %s: %w", what, s.fence.lease, err)
	}
	if token != s.fence.token {
		return fmt.Errorf("%s: token %d of lease %s is stale (now %d): %w", what, s.fence.token, s.fence.lease, token, delivery.ErrFenced)
	}
	return nil
}

// args appends the fence's arguments to a write's.
func args(a []any, more []any) []any { return append(a[:len(a):len(a)], more...) }
