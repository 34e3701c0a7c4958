package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// LeaseInfo is the state of a named lease.
type LeaseInfo struct {
	Holder  string
	Token   int64     // fencing token: grows with every change of holder
	Expires time.Time // by the database's clock; zero once released
	Held    bool      // the lease has not expired (by the database's clock)
}

// AcquireLease takes the lease name for holder for ttl, or renews it when
// holder has it already. It succeeds when the lease is free (never taken,
// released, or expired by the database's clock) or held by holder, and
// returns the fencing token of holder's tenure: the same token across
// renewals, a larger one whenever the lease changed hands. The whole
// decision is one statement (an upsert whose update is conditional), so
// of several replicas racing for a free lease exactly one wins.
func (s *Store) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (token int64, ok bool, err error) {
	now := s.db.nowMillis()
	q := `INSERT INTO leases AS l (name, holder, token, expires_at, acquired_at)
		VALUES (?, ?, 1, ` + now + ` + ?, ` + now + `)
		ON CONFLICT (name) DO UPDATE SET
			token = CASE WHEN l.holder = excluded.holder THEN l.token ELSE l.token + 1 END,
			acquired_at = CASE WHEN l.holder = excluded.holder THEN l.acquired_at ELSE excluded.acquired_at END,
			holder = excluded.holder,
			expires_at = excluded.expires_at
		WHERE l.holder = excluded.holder OR l.expires_at < ` + now + `
		RETURNING token`
	err = s.db.QueryRowContext(ctx, q, name, holder, ttl.Milliseconds()).Scan(&token)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	return token, true, nil
}

// ReleaseLease gives the lease up if holder has it, so another replica can
// take it at once instead of waiting for it to expire. The row stays, so
// the next holder's token is still larger.
func (s *Store) ReleaseLease(ctx context.Context, name, holder string) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE leases SET expires_at = 0 WHERE name = ? AND holder = ?`, name, holder); err != nil {
		return fmt.Errorf("release lease %s: %w", name, err)
	}
	return nil
}

// LeaseState returns the state of the lease name; ok is false when it was never taken.
func (s *Store) LeaseState(ctx context.Context, name string) (info LeaseInfo, ok bool, err error) {
	var expires int64
	var held bool
	err = s.db.QueryRowContext(ctx, `SELECT holder, token, expires_at, expires_at >= `+s.db.nowMillis()+` FROM leases WHERE name = ?`, name).
		Scan(&info.Holder, &info.Token, &expires, &held)
	if errors.Is(err, sql.ErrNoRows) {
		return LeaseInfo{}, false, nil
	}
	if err != nil {
		return LeaseInfo{}, false, fmt.Errorf("lease %s: %w", name, err)
	}
	if expires > 0 {
		info.Expires = time.UnixMilli(expires).UTC()
	}
	info.Held = held
	return info, true, nil
}
