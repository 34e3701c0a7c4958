package store

import (
	"context"
	"fmt"
	"time"

	"github.com/stancebot/stancebot/inbox"
)

var _ inbox.Inbox = (*Store)(nil)

// Record implements inbox.Inbox.
func (s *Store) Record(ctx context.Context, e inbox.Event) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO inbox(platform, event_id, received_at, payload) VALUES(?, ?, ?, ?)
		ON CONFLICT (platform, event_id) DO NOTHING`, e.Platform, e.ID, e.Received.UnixMilli(), e.Payload)
	if err != nil {
		return false, fmt.Errorf("record event %s/%s: %w", e.Platform, e.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("record event %s/%s: %w", e.Platform, e.ID, err)
	}
	return n == 1, nil
}

// Lease implements inbox.Inbox. The conditional UPDATE is atomic, so of
// two workers racing for one event exactly one changes the row.
func (s *Store) Lease(ctx context.Context, platform, id, holder string, now, until time.Time) (bool, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE inbox SET lease_holder = ?, lease_until = ?
		WHERE platform = ? AND event_id = ? AND answered_at IS NULL
		AND (lease_holder IS NULL OR lease_holder = ? OR lease_until < ?)`,
		holder, until.UnixMilli(), platform, id, holder, now.UnixMilli())
	if err != nil {
		return false, fmt.Errorf("lease event %s/%s: %w", platform, id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("lease event %s/%s: %w", platform, id, err)
	}
	return n == 1, nil
}

// MarkAnswered implements inbox.Inbox.
func (s *Store) MarkAnswered(ctx context.Context, platform, id string, at time.Time) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE inbox SET answered_at = ?, lease_holder = NULL, lease_until = NULL
		WHERE platform = ? AND event_id = ? AND answered_at IS NULL`, at.UnixMilli(), platform, id); err != nil {
		return fmt.Errorf("mark event %s/%s answered: %w", platform, id, err)
	}
	return nil
}

// Answered implements inbox.Inbox.
func (s *Store) Answered(ctx context.Context, platform, id string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM inbox WHERE platform = ? AND event_id = ? AND answered_at IS NOT NULL`,
		platform, id).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("event %s/%s: %w", platform, id, err)
	}
	return n > 0, nil
}

// Pending implements inbox.Inbox.
func (s *Store) Pending(ctx context.Context, platform string, since time.Time, limit int) ([]inbox.Event, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT event_id, received_at, payload,
		CASE WHEN lease_holder IS NULL THEN 0 ELSE 1 END FROM inbox
		WHERE platform = ? AND answered_at IS NULL AND received_at >= ?
		ORDER BY received_at, event_id LIMIT ?`, platform, since.UnixMilli(), limit)
	if err != nil {
		return nil, fmt.Errorf("pending events of %s: %w", platform, err)
	}
	defer rows.Close()
	var out []inbox.Event
	for rows.Next() {
		e := inbox.Event{Platform: platform}
		var ms, leased int64
		if err := rows.Scan(&e.ID, &ms, &e.Payload, &leased); err != nil {
			return nil, fmt.Errorf("pending events of %s: %w", platform, err)
		}
		e.Received = time.UnixMilli(ms).UTC()
		e.Leased = leased == 1
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pending events of %s: %w", platform, err)
	}
	return out, nil
}

// Prune implements inbox.Inbox.
func (s *Store) Prune(ctx context.Context, before time.Time) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM inbox WHERE received_at < ?`, before.UnixMilli()); err != nil {
		return fmt.Errorf("prune events: %w", err)
	}
	return nil
}
