package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/stancebot/stancebot/conversation"
)

// Conversations keeps conversation reply records in the store (SQLite or
// PostgreSQL), so that a
// follow-up still continues its question after a restart. Records older
// than the time to live are neither returned nor kept.
type Conversations struct {
	db  *handle
	ttl time.Duration
	now func() time.Time
}

var _ conversation.Store = (*Conversations)(nil)

// Conversations returns the store's reply records with time to live ttl
// (conversation.DefaultTTL when zero) and clock now (nil: time.Now).
func (s *Store) Conversations(ttl time.Duration, now func() time.Time) *Conversations {
	if ttl <= 0 {
		ttl = conversation.DefaultTTL
	}
	if now == nil {
		now = time.Now
	}
	return &Conversations{db: s.db, ttl: ttl, now: now}
}

// Get implements conversation.Store.
func (c *Conversations) Get(ctx context.Context, k conversation.Key) (conversation.Record, bool, error) {
	var rec conversation.Record
	var keys string
	var at int64
	err := c.db.QueryRowContext(ctx, `SELECT question, lang, intent, statement_keys, page_offset, answered_at FROM conversations
		WHERE platform = ? AND room = ? AND thread = ? AND answered_at >= ?`,
		k.Platform, k.Room, k.Thread, c.now().Add(-c.ttl).UnixMilli()).Scan(&rec.Question, &rec.Lang, &rec.Intent, &keys, &rec.Offset, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return conversation.Record{}, false, nil
	}
	if err != nil {
		return conversation.Record{}, false, fmt.Errorf("get conversation %s/%s/%s: %w", k.Platform, k.Room, k.Thread, err)
	}
	if err := json.Unmarshal([]byte(keys), &rec.Keys); err != nil {
		return conversation.Record{}, false, fmt.Errorf("get conversation %s/%s/%s: keys: %w", k.Platform, k.Room, k.Thread, err)
	}
	rec.At = time.UnixMilli(at).UTC()
	return rec, true, nil
}

// Put implements conversation.Store; it also deletes expired records.
func (c *Conversations) Put(ctx context.Context, k conversation.Key, rec conversation.Record) error {
	keys, err := json.Marshal(append([]string{}, rec.Keys...))
	if err != nil {
		return fmt.Errorf("put conversation %s/%s/%s: %w", k.Platform, k.Room, k.Thread, err)
	}
	if _, err := c.db.ExecContext(ctx, `DELETE FROM conversations WHERE answered_at < ?`, c.now().Add(-c.ttl).UnixMilli()); err != nil {
		return fmt.Errorf("put conversation %s/%s/%s: expire: %w", k.Platform, k.Room, k.Thread, err)
	}
	if _, err := c.db.ExecContext(ctx, `INSERT INTO conversations(platform, room, thread, question, lang, intent, statement_keys, page_offset, answered_at)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (platform, room, thread) DO UPDATE SET question = excluded.question, lang = excluded.lang,
		intent = excluded.intent, statement_keys = excluded.statement_keys, page_offset = excluded.page_offset,
		answered_at = excluded.answered_at`,
		k.Platform, k.Room, k.Thread, rec.Question, rec.Lang, rec.Intent, string(keys), rec.Offset, rec.At.UnixMilli()); err != nil {
		return fmt.Errorf("put conversation %s/%s/%s: %w", k.Platform, k.Room, k.Thread, err)
	}
	return nil
}
