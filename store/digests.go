package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/stancebot/stancebot/delivery"
)

// AddSubscription implements delivery.SubscriptionStore.
func (s *Store) AddSubscription(ctx context.Context, sub delivery.Subscription) (int64, error) {
	themes, _ := json.Marshal(nonNil(sub.Themes))
	countries, _ := json.Marshal(nonNil(sub.Countries))
	created := sub.Created
	if created.IsZero() {
		created = time.Now()
	}
	// RETURNING rather than LastInsertId, which PostgreSQL's driver lacks.
	var id int64
	err := s.db.QueryRowContext(ctx, `INSERT INTO subscriptions(platform, room, themes, countries, cron, timezone, created_by, created_at, lang)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, sub.Platform, sub.Room, string(themes), string(countries), sub.Cron, sub.TZ, sub.CreatedBy, created.Unix(), sub.Lang).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("add subscription %s:%s: %w", sub.Platform, sub.Room, err)
	}
	return id, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// DeleteSubscription implements delivery.SubscriptionStore.
func (s *Store) DeleteSubscription(ctx context.Context, platform, room string, id int64) (bool, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM subscriptions WHERE id = ? AND platform = ? AND room = ?`, id, platform, room)
	if err != nil {
		return false, fmt.Errorf("delete subscription %d: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("delete subscription %d: %w", id, err)
	}
	return n > 0, nil
}

// RoomSubscriptions implements delivery.SubscriptionStore.
func (s *Store) RoomSubscriptions(ctx context.Context, platform, room string) ([]delivery.Subscription, error) {
	return s.querySubscriptions(ctx, `WHERE platform = ? AND room = ?`, platform, room)
}

// AllSubscriptions lists every subscription, by ID, for the scheduler.
func (s *Store) AllSubscriptions(ctx context.Context) ([]delivery.Subscription, error) {
	return s.querySubscriptions(ctx, ``)
}

func (s *Store) querySubscriptions(ctx context.Context, where string, args ...any) ([]delivery.Subscription, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, platform, room, themes, countries, cron, timezone, created_by, created_at, lang
		FROM subscriptions `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	defer rows.Close()
	var out []delivery.Subscription
	for rows.Next() {
		var sub delivery.Subscription
		var themes, countries string
		var created int64
		if err := rows.Scan(&sub.ID, &sub.Platform, &sub.Room, &themes, &countries, &sub.Cron, &sub.TZ, &sub.CreatedBy, &created, &sub.Lang); err != nil {
			return nil, fmt.Errorf("list subscriptions: %w", err)
		}
		if err := json.Unmarshal([]byte(themes), &sub.Themes); err != nil {
			return nil, fmt.Errorf("subscription %d: themes: %w", sub.ID, err)
		}
		if err := json.Unmarshal([]byte(countries), &sub.Countries); err != nil {
			return nil, fmt.Errorf("subscription %d: countries: %w", sub.ID, err)
		}
		if len(sub.Countries) == 0 {
			sub.Countries = nil
		}
		sub.Created = time.Unix(created, 0).UTC()
		out = append(out, sub)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	return out, nil
}

// DigestSince returns when (job, target) was first owed digests: the
// stored cursor, or, the first time, first (which it records).
func (s *Store) DigestSince(ctx context.Context, job, target string, first time.Time) (time.Time, error) {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO digest_cursor(job, target, since) VALUES(?, ?, ?) ON CONFLICT DO NOTHING`, job, target, first.Unix()); err != nil {
		return time.Time{}, fmt.Errorf("digest cursor %s %s: %w", job, target, err)
	}
	var since int64
	if err := s.db.QueryRowContext(ctx, `SELECT since FROM digest_cursor WHERE job = ? AND target = ?`, job, target).Scan(&since); err != nil {
		return time.Time{}, fmt.Errorf("digest cursor %s %s: %w", job, target, err)
	}
	return time.Unix(since, 0).UTC(), nil
}

// LastSlot returns the latest slot of (job, target) in the ledger, in any state.
func (s *Store) LastSlot(ctx context.Context, job, target string) (time.Time, bool, error) {
	var slot sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(slot) FROM digest_ledger WHERE job = ? AND target = ?`, job, target).Scan(&slot); err != nil {
		return time.Time{}, false, fmt.Errorf("last slot %s %s: %w", job, target, err)
	}
	if !slot.Valid {
		return time.Time{}, false, nil
	}
	return time.Unix(slot.Int64, 0).UTC(), true, nil
}

// ClaimSlot inserts the slot as pending and returns true, or returns false
// when the slot already has a row (claimed before, by this process or one
// sharing the database). Only the claimer may send the slot.
func (s *Store) ClaimSlot(ctx context.Context, job, target string, slot, now time.Time) (bool, error) {
	cond, fargs := s.fenceCond()
	// INSERT … SELECT … WHERE: the row is inserted only when the fence
	// holds (an unfenced store's condition is WHERE 1 = 1). The casts give
	// PostgreSQL the parameters' types, which a bare SELECT list lacks.
	res, err := s.db.ExecContext(ctx, `INSERT INTO digest_ledger(job, target, slot, state, attempts, updated_at)
		SELECT ?, ?, CAST(? AS BIGINT), 'pending', 1, CAST(? AS BIGINT) WHERE 1 = 1`+cond+` ON CONFLICT DO NOTHING`,
		args([]any{job, target, slot.Unix(), now.Unix()}, fargs)...)
	if err != nil {
		return false, fmt.Errorf("claim slot %s %s %s: %w", job, target, slot.UTC().Format(time.RFC3339), err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("claim slot %s %s: %w", job, target, err)
	}
	if n == 0 {
		return false, s.fenced(ctx, "claim slot "+job+" "+target)
	}
	return true, nil
}

// SkipSlot records a slot that will not be sent (missed beyond the grace
// window); it does nothing when the slot already has a row.
func (s *Store) SkipSlot(ctx context.Context, job, target string, slot time.Time, reason string, now time.Time) error {
	cond, fargs := s.fenceCond()
	res, err := s.db.ExecContext(ctx, `INSERT INTO digest_ledger(job, target, slot, state, detail, updated_at)
		SELECT ?, ?, CAST(? AS BIGINT), 'skipped', ?, CAST(? AS BIGINT) WHERE 1 = 1`+cond+` ON CONFLICT DO NOTHING`,
		args([]any{job, target, slot.Unix(), reason, now.Unix()}, fargs)...)
	if err != nil {
		return fmt.Errorf("skip slot %s %s: %w", job, target, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return s.fenced(ctx, "skip slot "+job+" "+target)
	}
	return nil
}

// MarkSent records a claimed slot as delivered from corpus version, and
// records that version's statement keys (once per version) in the same
// transaction, so the next digest to the target can tell what is new.
func (s *Store) MarkSent(ctx context.Context, job, target string, slot time.Time, version string, keys []string, now time.Time) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("mark sent %s %s: %w", job, target, err)
	}
	defer tx.Rollback()
	// The pruning below must not interleave with another MarkSent that is
	// about to point a slot at a version this one finds unreferenced.
	if err := tx.serialize(ctx, "corpus_keys"); err != nil {
		return fmt.Errorf("mark sent %s %s: %w", job, target, err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO corpus_versions(version, recorded_at) VALUES(?, ?) ON CONFLICT DO NOTHING`, version, now.Unix())
	if err != nil {
		return fmt.Errorf("mark sent %s %s: record corpus %s: %w", job, target, version, err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		if err := insertKeys(ctx, tx, version, keys); err != nil {
			return fmt.Errorf("mark sent %s %s: record keys: %w", job, target, err)
		}
	}
	cond, fargs := s.fenceCond()
	res, err = tx.ExecContext(ctx, `UPDATE digest_ledger SET state = 'sent', corpus_version = ?, detail = '', updated_at = ?, sent_at = ?
		WHERE job = ? AND target = ? AND slot = ? AND state IN ('pending', 'unconfirmed')`+cond,
		args([]any{version, now.Unix(), now.Unix(), job, target, slot.Unix()}, fargs)...)
	if err != nil {
		return fmt.Errorf("mark sent %s %s: %w", job, target, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		tx.Rollback() // before reading the lease: an in-memory SQLite has one connection
		if err := s.fenced(ctx, "mark sent "+job+" "+target); err != nil {
			return err
		}
		return fmt.Errorf("mark sent %s %s %s: slot was not claimed", job, target, slot.UTC().Format(time.RFC3339))
	}
	// Forget the statement keys of versions no (job, target) needs any more:
	// only the latest sent digest of each is ever compared against.
	if _, err := tx.ExecContext(ctx, `DELETE FROM corpus_keys WHERE version NOT IN (
			SELECT l.corpus_version FROM digest_ledger l WHERE l.state = 'sent' AND l.sent_at = (
				SELECT MAX(l2.sent_at) FROM digest_ledger l2 WHERE l2.job = l.job AND l2.target = l.target AND l2.state = 'sent'))`); err != nil {
		return fmt.Errorf("mark sent %s %s: prune corpus keys: %w", job, target, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM corpus_versions WHERE version NOT IN (SELECT DISTINCT version FROM corpus_keys)`); err != nil {
		return fmt.Errorf("mark sent %s %s: prune corpus versions: %w", job, target, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("mark sent %s %s: %w", job, target, err)
	}
	return nil
}

// MarkFailed records a failed attempt of a claimed slot: failed (to be
// retried at retryAt) or, when final, abandoned.
func (s *Store) MarkFailed(ctx context.Context, job, target string, slot time.Time, detail string, retryAt time.Time, final bool, now time.Time) error {
	state := delivery.SlotFailed
	if final {
		state = delivery.SlotAbandoned
	}
	cond, fargs := s.fenceCond()
	res, err := s.db.ExecContext(ctx, `UPDATE digest_ledger SET state = ?, detail = ?, next_attempt = ?, updated_at = ?
		WHERE job = ? AND target = ? AND slot = ? AND state = 'pending'`+cond,
		args([]any{state, detail, retryAt.Unix(), now.Unix(), job, target, slot.Unix()}, fargs)...)
	if err != nil {
		return fmt.Errorf("mark failed %s %s: %w", job, target, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return s.fenced(ctx, "mark failed "+job+" "+target)
	}
	return nil
}

// DueRetries lists failed slots whose retry time has come.
func (s *Store) DueRetries(ctx context.Context, now time.Time) ([]delivery.Slot, error) {
	return s.querySlots(ctx, `WHERE state = 'failed' AND next_attempt <= ? ORDER BY next_attempt`, now.Unix())
}

// NextRetry returns the earliest retry time of a failed slot.
func (s *Store) NextRetry(ctx context.Context) (time.Time, bool, error) {
	var at sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MIN(next_attempt) FROM digest_ledger WHERE state = 'failed'`).Scan(&at); err != nil {
		return time.Time{}, false, fmt.Errorf("next retry: %w", err)
	}
	if !at.Valid {
		return time.Time{}, false, nil
	}
	return time.Unix(at.Int64, 0).UTC(), true, nil
}

// ReclaimRetry moves a failed slot back to pending (one more attempt) and
// returns true, or false if another worker took it first.
func (s *Store) ReclaimRetry(ctx context.Context, job, target string, slot, now time.Time) (bool, error) {
	cond, fargs := s.fenceCond()
	res, err := s.db.ExecContext(ctx, `UPDATE digest_ledger SET state = 'pending', attempts = attempts + 1, updated_at = ?
		WHERE job = ? AND target = ? AND slot = ? AND state = 'failed'`+cond, args([]any{now.Unix(), job, target, slot.Unix()}, fargs)...)
	if err != nil {
		return false, fmt.Errorf("reclaim %s %s: %w", job, target, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("reclaim %s %s: %w", job, target, err)
	}
	if n == 0 {
		return false, s.fenced(ctx, "reclaim "+job+" "+target)
	}
	return true, nil
}

// MarkUnconfirmed turns every pending slot into unconfirmed and returns
// them. Called once at start: a pending row then can only belong to a
// process that died between claiming and recording the outcome, so the
// digest may or may not have been delivered; it is not sent again.
func (s *Store) MarkUnconfirmed(ctx context.Context, now time.Time) ([]delivery.Slot, error) {
	pending, err := s.querySlots(ctx, `WHERE state = 'pending'`)
	if err != nil {
		return nil, err
	}
	cond, fargs := s.fenceCond()
	res, err := s.db.ExecContext(ctx, `UPDATE digest_ledger SET state = 'unconfirmed', updated_at = ? WHERE state = 'pending'`+cond,
		args([]any{now.Unix()}, fargs)...)
	if err != nil {
		return nil, fmt.Errorf("mark unconfirmed: %w", err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		if err := s.fenced(ctx, "mark unconfirmed"); err != nil {
			return nil, err
		}
	}
	return pending, nil
}

// LedgerSlot returns one ledger row.
func (s *Store) LedgerSlot(ctx context.Context, job, target string, slot time.Time) (delivery.Slot, bool, error) {
	out, err := s.querySlots(ctx, `WHERE job = ? AND target = ? AND slot = ?`, job, target, slot.Unix())
	if err != nil || len(out) == 0 {
		return delivery.Slot{}, false, err
	}
	return out[0], true, nil
}

// LedgerSlots lists the ledger rows of (job, target) by slot.
func (s *Store) LedgerSlots(ctx context.Context, job, target string) ([]delivery.Slot, error) {
	return s.querySlots(ctx, `WHERE job = ? AND target = ? ORDER BY slot`, job, target)
}

func (s *Store) querySlots(ctx context.Context, where string, args ...any) ([]delivery.Slot, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT job, target, slot, state, attempts, next_attempt, corpus_version, detail
		FROM digest_ledger `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	defer rows.Close()
	var out []delivery.Slot
	for rows.Next() {
		var sl delivery.Slot
		var slot, next int64
		if err := rows.Scan(&sl.Job, &sl.Target, &slot, &sl.State, &sl.Attempts, &next, &sl.CorpusVersion, &sl.Detail); err != nil {
			return nil, fmt.Errorf("ledger: %w", err)
		}
		sl.Slot = time.Unix(slot, 0).UTC()
		sl.NextAttempt = time.Unix(next, 0).UTC()
		out = append(out, sl)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	return out, nil
}

// SeenKeys implements commands.DigestHistory: the statement keys of the corpus
// the last digest sent to target (by any job) was built from.
func (s *Store) SeenKeys(ctx context.Context, target string) (map[string]bool, bool, error) {
	return s.seenKeys(ctx, `WHERE target = ? AND state = 'sent'`, target)
}

// SeenKeysFor is SeenKeys restricted to one job's digests to target: what
// the previous digest of this schedule showed there.
func (s *Store) SeenKeysFor(ctx context.Context, job, target string) (map[string]bool, bool, error) {
	return s.seenKeys(ctx, `WHERE job = ? AND target = ? AND state = 'sent'`, job, target)
}

func (s *Store) seenKeys(ctx context.Context, where string, args ...any) (map[string]bool, bool, error) {
	var version string
	err := s.db.QueryRowContext(ctx, `SELECT corpus_version FROM digest_ledger `+where+` ORDER BY sent_at DESC, slot DESC LIMIT 1`, args...).Scan(&version)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("seen keys: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT key FROM corpus_keys WHERE version = ?`, version)
	if err != nil {
		return nil, false, fmt.Errorf("seen keys %s: %w", version, err)
	}
	defer rows.Close()
	keys := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, false, fmt.Errorf("seen keys %s: %w", version, err)
		}
		keys[k] = true
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("seen keys %s: %w", version, err)
	}
	return keys, true, nil
}

// insertKeys records a corpus version's statement keys: one statement with
// an array on PostgreSQL (a round trip per key would take seconds for a
// large corpus), a prepared statement per key on SQLite (in-process).
func insertKeys(ctx context.Context, tx *txn, version string, keys []string) error {
	if tx.h.pg {
		_, err := tx.ExecContext(ctx, `INSERT INTO corpus_keys(version, key) SELECT ?, unnest(?::text[]) ON CONFLICT DO NOTHING`, version, keys)
		return err
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO corpus_keys(version, key) VALUES(?, ?) ON CONFLICT DO NOTHING`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, k := range keys {
		if _, err := stmt.ExecContext(ctx, version, k); err != nil {
			return err
		}
	}
	return nil
}

// UnconfirmedSlots lists the slots left unconfirmed (claimed by a process
// that died before recording the outcome) whose slot time is at or after
// since, oldest first: those the scheduler may still resolve.
func (s *Store) UnconfirmedSlots(ctx context.Context, since time.Time) ([]delivery.Slot, error) {
	return s.querySlots(ctx, `WHERE state = 'unconfirmed' AND slot >= ? ORDER BY slot`, since.Unix())
}

// ClaimUnconfirmed moves an unconfirmed slot back to pending (one more
// attempt) and returns true, or false if another worker took it first:
// only the claimer resolves it.
func (s *Store) ClaimUnconfirmed(ctx context.Context, job, target string, slot, now time.Time) (bool, error) {
	cond, fargs := s.fenceCond()
	res, err := s.db.ExecContext(ctx, `UPDATE digest_ledger SET state = 'pending', attempts = attempts + 1, updated_at = ?
		WHERE job = ? AND target = ? AND slot = ? AND state = 'unconfirmed'`+cond, args([]any{now.Unix(), job, target, slot.Unix()}, fargs)...)
	if err != nil {
		return false, fmt.Errorf("claim unconfirmed %s %s: %w", job, target, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("claim unconfirmed %s %s: %w", job, target, err)
	}
	if n == 0 {
		return false, s.fenced(ctx, "claim unconfirmed "+job+" "+target)
	}
	return true, nil
}

// HoldSlot checks, before each message of a slot's send, that the sender
// may go on: the slot is still pending (no other process has turned it
// unconfirmed to resolve it) and, for a fenced store, the lease token is
// still current. It is a write (the row's updated_at), so the check and
// the fence are one statement. Otherwise it returns an error wrapping
// delivery.ErrFenced, and the sender must stop.
func (s *Store) HoldSlot(ctx context.Context, job, target string, slot, now time.Time) error {
	cond, fargs := s.fenceCond()
	res, err := s.db.ExecContext(ctx, `UPDATE digest_ledger SET updated_at = ?
		WHERE job = ? AND target = ? AND slot = ? AND state = 'pending'`+cond, args([]any{now.Unix(), job, target, slot.Unix()}, fargs)...)
	if err != nil {
		return fmt.Errorf("hold slot %s %s: %w", job, target, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		return err
	}
	if err := s.fenced(ctx, "hold slot "+job+" "+target); err != nil {
		return err
	}
	return fmt.Errorf("hold slot %s %s %s: no longer pending (another sender took it over): %w",
		job, target, slot.UTC().Format(time.RFC3339), delivery.ErrFenced)
}
