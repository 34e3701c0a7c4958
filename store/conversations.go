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

var (
	_ conversation.Store  = (*Conversations)(nil)
	_ conversation.Finder = (*Conversations)(nil)
)

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
	var keys, earlier, run, counted string
	var at int64
	err := c.db.QueryRowContext(ctx, `SELECT question, lang, intent, statement_keys, page_offset, answered_at, record_id, earlier, run, counted FROM conversations
		WHERE platform = ? AND room = ? AND thread = ? AND answered_at >= ?`,
		k.Platform, k.Room, k.Thread, c.now().Add(-c.ttl).UnixMilli()).Scan(&rec.Question, &rec.Lang, &rec.Intent, &keys, &rec.Offset, &at, &rec.ID, &earlier, &run, &counted)
	if errors.Is(err, sql.ErrNoRows) {
		return conversation.Record{}, false, nil
	}
	if err != nil {
		return conversation.Record{}, false, fmt.Errorf("get conversation %s/%s/%s: %w", k.Platform, k.Room, k.Thread, err)
	}
	if err := json.Unmarshal([]byte(keys), &rec.Keys); err != nil {
		return conversation.Record{}, false, fmt.Errorf("get conversation %s/%s/%s: keys: %w", k.Platform, k.Room, k.Thread, err)
	}
	if err := json.Unmarshal([]byte(earlier), &rec.Earlier); err != nil {
		return conversation.Record{}, false, fmt.Errorf("get conversation %s/%s/%s: earlier: %w", k.Platform, k.Room, k.Thread, err)
	}
	if err := json.Unmarshal([]byte(run), &rec.Run); err != nil {
		return conversation.Record{}, false, fmt.Errorf("get conversation %s/%s/%s: run: %w", k.Platform, k.Room, k.Thread, err)
	}
	if err := json.Unmarshal([]byte(counted), &rec.Counted); err != nil {
		return conversation.Record{}, false, fmt.Errorf("get conversation %s/%s/%s: counted: %w", k.Platform, k.Room, k.Thread, err)
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
	earlier, err := json.Marshal(append([]string{}, rec.Earlier...))
	if err != nil {
		return fmt.Errorf("put conversation %s/%s/%s: earlier: %w", k.Platform, k.Room, k.Thread, err)
	}
	run, err := json.Marshal(append([]string{}, rec.Run...))
	if err != nil {
		return fmt.Errorf("put conversation %s/%s/%s: run: %w", k.Platform, k.Room, k.Thread, err)
	}
	counted, err := json.Marshal(append([]string{}, rec.Counted...))
	if err != nil {
		return fmt.Errorf("put conversation %s/%s/%s: counted: %w", k.Platform, k.Room, k.Thread, err)
	}
	if _, err := c.db.ExecContext(ctx, `DELETE FROM conversations WHERE answered_at < ?`, c.now().Add(-c.ttl).UnixMilli()); err != nil {
		return fmt.Errorf("put conversation %s/%s/%s: expire: %w", k.Platform, k.Room, k.Thread, err)
	}
	if _, err := c.db.ExecContext(ctx, `DELETE FROM reply_records WHERE answered_at < ?`, c.now().Add(-c.ttl).UnixMilli()); err != nil {
		return fmt.Errorf("put conversation %s/%s/%s: expire records: %w", k.Platform, k.Room, k.Thread, err)
	}
	if _, err := c.db.ExecContext(ctx, `INSERT INTO conversations(platform, room, thread, question, lang, intent, statement_keys, page_offset, answered_at, record_id, earlier, run, counted)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (platform, room, thread) DO UPDATE SET question = excluded.question, lang = excluded.lang,
		intent = excluded.intent, statement_keys = excluded.statement_keys, page_offset = excluded.page_offset,
		answered_at = excluded.answered_at, record_id = excluded.record_id, earlier = excluded.earlier, run = excluded.run,
		counted = excluded.counted`,
		k.Platform, k.Room, k.Thread, rec.Question, rec.Lang, rec.Intent, string(keys), rec.Offset, rec.At.UnixMilli(), rec.ID, string(earlier), string(run),
		string(counted)); err != nil {
		return fmt.Errorf("put conversation %s/%s/%s: %w", k.Platform, k.Room, k.Thread, err)
	}
	if rec.ID == "" {
		return nil
	}
	if _, err := c.db.ExecContext(ctx, `INSERT INTO reply_records(id, platform, room, thread, question, lang, intent, statement_keys, page_offset, answered_at, earlier, run, counted)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`,
		rec.ID, k.Platform, k.Room, k.Thread, rec.Question, rec.Lang, rec.Intent, string(keys), rec.Offset, rec.At.UnixMilli(), string(earlier), string(run),
		string(counted)); err != nil {
		return fmt.Errorf("put reply record %s: %w", rec.ID, err)
	}
	return nil
}

// Find implements conversation.Finder.
func (c *Conversations) Find(ctx context.Context, id string) (conversation.Key, conversation.Record, bool, error) {
	if id == "" {
		return conversation.Key{}, conversation.Record{}, false, nil
	}
	var k conversation.Key
	rec := conversation.Record{ID: id}
	var keys, earlier, run, counted string
	var at int64
	err := c.db.QueryRowContext(ctx, `SELECT platform, room, thread, question, lang, intent, statement_keys, page_offset, answered_at, earlier, run, counted FROM reply_records
		WHERE id = ? AND answered_at >= ?`, id, c.now().Add(-c.ttl).UnixMilli()).Scan(&k.Platform, &k.Room, &k.Thread, &rec.Question, &rec.Lang, &rec.Intent, &keys, &rec.Offset, &at, &earlier, &run, &counted)
	if errors.Is(err, sql.ErrNoRows) {
		return conversation.Key{}, conversation.Record{}, false, nil
	}
	if err != nil {
		return conversation.Key{}, conversation.Record{}, false, fmt.Errorf("find reply record %s: %w", id, err)
	}
	if err := json.Unmarshal([]byte(keys), &rec.Keys); err != nil {
		return conversation.Key{}, conversation.Record{}, false, fmt.Errorf("find reply record %s: keys: %w", id, err)
	}
	if err := json.Unmarshal([]byte(earlier), &rec.Earlier); err != nil {
		return conversation.Key{}, conversation.Record{}, false, fmt.Errorf("find reply record %s: earlier: %w", id, err)
	}
	if err := json.Unmarshal([]byte(run), &rec.Run); err != nil {
		return conversation.Key{}, conversation.Record{}, false, fmt.Errorf("find reply record %s: run: %w", id, err)
	}
	if err := json.Unmarshal([]byte(counted), &rec.Counted); err != nil {
		return conversation.Key{}, conversation.Record{}, false, fmt.Errorf("find reply record %s: counted: %w", id, err)
	}
	rec.At = time.UnixMilli(at).UTC()
	return k, rec, true, nil
}
