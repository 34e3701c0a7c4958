package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/stancebot/stancebot/feedback"
)

// Feedback keeps votes on replies in the store (SQLite or PostgreSQL).
type Feedback struct{ db *handle }

var (
	_ feedback.Store      = Feedback{}
	_ feedback.Withdrawer = Feedback{}
)

// Feedback returns the store's votes.
func (s *Store) Feedback() Feedback { return Feedback{db: s.db} }

// Record implements feedback.Store.
func (f Feedback) Record(ctx context.Context, v feedback.Vote) error {
	if v.Vote != feedback.Up && v.Vote != feedback.Down {
		return fmt.Errorf("record feedback: vote %q is neither %q nor %q", v.Vote, feedback.Up, feedback.Down)
	}
	keys, err := json.Marshal(append([]string{}, v.Keys...))
	if err != nil {
		return fmt.Errorf("record feedback: %w", err)
	}
	if _, err := f.db.ExecContext(ctx, `INSERT INTO feedback(question, intent, statement_keys, vote, reason, platform, room, thread, user_id, voted_at, ref)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		v.Question, v.Intent, string(keys), v.Vote, v.Reason, v.Platform, v.Room, v.Thread, v.User, v.At.UnixMilli(), v.Ref); err != nil {
		return fmt.Errorf("record feedback from %s/%s: %w", v.Platform, v.User, err)
	}
	return nil
}

// List implements feedback.Store.
func (f Feedback) List(ctx context.Context, since time.Time) ([]feedback.Vote, error) {
	rows, err := f.db.QueryContext(ctx, `SELECT question, intent, statement_keys, vote, reason, platform, room, thread, user_id, voted_at, ref
		FROM feedback WHERE voted_at >= ? ORDER BY voted_at, id`, since.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("list feedback: %w", err)
	}
	defer rows.Close()
	var out []feedback.Vote
	for rows.Next() {
		var v feedback.Vote
		var keys string
		var at int64
		if err := rows.Scan(&v.Question, &v.Intent, &keys, &v.Vote, &v.Reason, &v.Platform, &v.Room, &v.Thread, &v.User, &at, &v.Ref); err != nil {
			return nil, fmt.Errorf("list feedback: %w", err)
		}
		if err := json.Unmarshal([]byte(keys), &v.Keys); err != nil {
			return nil, fmt.Errorf("list feedback: statement keys: %w", err)
		}
		v.At = time.UnixMilli(at).UTC()
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list feedback: %w", err)
	}
	return out, nil
}

// Withdraw implements feedback.Withdrawer: one DELETE … RETURNING, so a
// vote withdrawn by two replicas at once is returned (and counted) once.
func (f Feedback) Withdraw(ctx context.Context, platform, room, ref string) ([]feedback.Vote, error) {
	if ref == "" {
		return nil, nil
	}
	rows, err := f.db.QueryContext(ctx, `DELETE FROM feedback WHERE platform = ? AND room = ? AND ref = ?
		RETURNING question, intent, vote, reason, thread, user_id, voted_at`, platform, room, ref)
	if err != nil {
		return nil, fmt.Errorf("withdraw vote %s in %s/%s: %w", ref, platform, room, err)
	}
	defer rows.Close()
	var out []feedback.Vote
	for rows.Next() {
		v := feedback.Vote{Platform: platform, Room: room, Ref: ref}
		var at int64
		if err := rows.Scan(&v.Question, &v.Intent, &v.Vote, &v.Reason, &v.Thread, &v.User, &at); err != nil {
			return nil, fmt.Errorf("withdraw vote %s in %s/%s: %w", ref, platform, room, err)
		}
		v.At = time.UnixMilli(at).UTC()
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("withdraw vote %s in %s/%s: %w", ref, platform, room, err)
	}
	return out, nil
}
