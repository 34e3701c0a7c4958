package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/stancebot/stancebot/changes"
	"github.com/stancebot/stancebot/delivery"
)

// KeepCorpusVersions is how many recorded corpus versions keep their
// statements; older history rows stay, their statements are pruned.
const KeepCorpusVersions = 10

// RecordCorpus records a load of version with its statements. When version
// differs from the latest recorded one it adds a history row and returns
// that previous version with changed = true ("" on the first load ever);
// loading the latest version again records nothing (changed = false).
// Replicas loading at the same time record a version once.
func (s *Store) RecordCorpus(ctx context.Context, version string, stmts []changes.Statement, now time.Time) (previous string, changed bool, err error) {
	fail := func(err error) (string, bool, error) {
		return "", false, fmt.Errorf("record corpus %s: %w", version, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback()
	if err := tx.serialize(ctx, "corpus_history"); err != nil {
		return fail(err)
	}
	var seq int64
	err = tx.QueryRowContext(ctx, `SELECT seq, version FROM corpus_history ORDER BY seq DESC LIMIT 1`).Scan(&seq, &previous)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fail(err)
	}
	if err == nil && previous == version {
		return previous, false, nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO corpus_history(seq, version, previous, loaded_at) VALUES(?, ?, ?, ?)`,
		seq+1, version, previous, now.Unix()); err != nil {
		return fail(err)
	}
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM corpus_statements WHERE version = ?`, version).Scan(&have); err != nil {
		return fail(err)
	}
	if have == 0 {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO corpus_statements(version, key, holder, opening, text, sources)
			VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
		if err != nil {
			return fail(err)
		}
		defer stmt.Close()
		for _, st := range stmts {
			srcs, _ := json.Marshal(st.Sources)
			if _, err := stmt.ExecContext(ctx, version, st.Key, st.Country, st.Opening, st.Text, string(srcs)); err != nil {
				return fail(err)
			}
		}
	}
	// Keep the statements of the last KeepCorpusVersions versions.
	if _, err := tx.ExecContext(ctx, `DELETE FROM corpus_statements WHERE version NOT IN (
			SELECT version FROM corpus_history WHERE seq > ?)`, seq+1-KeepCorpusVersions); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return previous, true, nil
}

// CorpusStatements returns a recorded version's statements; ok is false
// when they are not (or no longer) kept.
func (s *Store) CorpusStatements(ctx context.Context, version string) (stmts []changes.Statement, ok bool, err error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key, holder, opening, text, sources FROM corpus_statements WHERE version = ? ORDER BY holder, key`, version)
	if err != nil {
		return nil, false, fmt.Errorf("corpus statements %s: %w", version, err)
	}
	defer rows.Close()
	for rows.Next() {
		var st changes.Statement
		var srcs string
		if err := rows.Scan(&st.Key, &st.Country, &st.Opening, &st.Text, &srcs); err != nil {
			return nil, false, fmt.Errorf("corpus statements %s: %w", version, err)
		}
		if err := json.Unmarshal([]byte(srcs), &st.Sources); err != nil {
			return nil, false, fmt.Errorf("corpus statements %s: sources: %w", version, err)
		}
		stmts = append(stmts, st)
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("corpus statements %s: %w", version, err)
	}
	return stmts, len(stmts) > 0, nil
}

// CorpusHistory lists the recorded loads, oldest first.
func (s *Store) CorpusHistory(ctx context.Context) ([]changes.Load, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT seq, version, previous, loaded_at FROM corpus_history ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("corpus history: %w", err)
	}
	defer rows.Close()
	var out []changes.Load
	for rows.Next() {
		var l changes.Load
		var at int64
		if err := rows.Scan(&l.Seq, &l.Version, &l.Previous, &at); err != nil {
			return nil, fmt.Errorf("corpus history: %w", err)
		}
		l.LoadedAt = time.Unix(at, 0).UTC()
		out = append(out, l)
	}
	return out, rows.Err()
}

// SubscribeChanges makes a room receive "what changed" posts; false when
// it already did.
func (s *Store) SubscribeChanges(ctx context.Context, platform, room, user string, now time.Time) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO change_subscriptions(platform, room, created_by, created_at) VALUES(?, ?, ?, ?)
		ON CONFLICT DO NOTHING`, platform, room, user, now.Unix())
	if err != nil {
		return false, fmt.Errorf("subscribe changes %s:%s: %w", platform, room, err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// UnsubscribeChanges stops a room's "what changed" posts; false when it
// had none.
func (s *Store) UnsubscribeChanges(ctx context.Context, platform, room string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM change_subscriptions WHERE platform = ? AND room = ?`, platform, room)
	if err != nil {
		return false, fmt.Errorf("unsubscribe changes %s:%s: %w", platform, room, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// ChangesSubscribed reports whether a room receives "what changed" posts.
func (s *Store) ChangesSubscribed(ctx context.Context, platform, room string) (bool, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM change_subscriptions WHERE platform = ? AND room = ?`, platform, room).Scan(&n); err != nil {
		return false, fmt.Errorf("changes subscribed %s:%s: %w", platform, room, err)
	}
	return n > 0, nil
}

// ChangeTargets lists the rooms that receive "what changed" posts and
// subscribed at or before the given time (a room subscribed later is not
// owed a report of an earlier change).
func (s *Store) ChangeTargets(ctx context.Context, subscribedBy time.Time) ([]delivery.Target, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT platform, room FROM change_subscriptions WHERE created_at <= ? ORDER BY platform, room`, subscribedBy.Unix())
	if err != nil {
		return nil, fmt.Errorf("change targets: %w", err)
	}
	defer rows.Close()
	var out []delivery.Target
	for rows.Next() {
		var t delivery.Target
		if err := rows.Scan(&t.Platform, &t.Room); err != nil {
			return nil, fmt.Errorf("change targets: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// MaxChangePostAttempts bounds how often a failed "what changed" post is
// tried again.
const MaxChangePostAttempts = 5

// ClaimChangePost claims the post of (from → to) to target: true when this
// caller must send it — a first claim, or a failed post with attempts
// left. A post already sent, or claimed by another replica, is false.
func (s *Store) ClaimChangePost(ctx context.Context, target, from, to string, now time.Time) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO change_posts(target, from_ver, to_ver, state, attempts, updated_at)
		VALUES(?, ?, ?, 'pending', 1, ?) ON CONFLICT DO NOTHING`, target, from, to, now.Unix())
	if err != nil {
		return false, fmt.Errorf("claim change post %s %s..%s: %w", target, from, to, err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return true, nil
	}
	res, err = s.db.ExecContext(ctx, `UPDATE change_posts SET state = 'pending', attempts = attempts + 1, updated_at = ?
		WHERE target = ? AND from_ver = ? AND to_ver = ? AND state = 'failed' AND attempts < ?`, now.Unix(), target, from, to, MaxChangePostAttempts)
	if err != nil {
		return false, fmt.Errorf("reclaim change post %s %s..%s: %w", target, from, to, err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// MarkChangePost records the outcome of a claimed post.
func (s *Store) MarkChangePost(ctx context.Context, target, from, to string, sent bool, detail string, now time.Time) error {
	state := "failed"
	if sent {
		state = "sent"
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE change_posts SET state = ?, detail = ?, updated_at = ?
		WHERE target = ? AND from_ver = ? AND to_ver = ? AND state = 'pending'`, state, detail, now.Unix(), target, from, to); err != nil {
		return fmt.Errorf("mark change post %s %s..%s: %w", target, from, to, err)
	}
	return nil
}
