package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/stancebot/stancebot/feedback"
)

var _ feedback.Offers = Feedback{}

// Offer implements feedback.Offers; it also deletes offers that had
// expired when v was cast.
func (f Feedback) Offer(ctx context.Context, k feedback.OfferKey, v feedback.Vote, expires time.Time) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("offer a reason to %s/%s: %w", k.Platform, k.User, err)
	}
	if _, err := f.db.ExecContext(ctx, `DELETE FROM feedback_offers WHERE expires_at < ?`, v.At.UnixMilli()); err != nil {
		return fmt.Errorf("offer a reason to %s/%s: expire: %w", k.Platform, k.User, err)
	}
	if _, err := f.db.ExecContext(ctx, `INSERT INTO feedback_offers(platform, room, thread, user_id, vote, ref, expires_at)
		VALUES(?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (platform, room, thread, user_id) DO UPDATE SET vote = excluded.vote, ref = excluded.ref, expires_at = excluded.expires_at`,
		k.Platform, k.Room, k.Thread, k.User, string(raw), v.Ref, expires.UnixMilli()); err != nil {
		return fmt.Errorf("offer a reason to %s/%s: %w", k.Platform, k.User, err)
	}
	return nil
}

// Take implements feedback.Offers: one DELETE … RETURNING, so of two
// replicas taking the same answer only one gets the offer.
func (f Feedback) Take(ctx context.Context, k feedback.OfferKey, now time.Time) (feedback.Vote, bool, error) {
	var raw string
	var expires int64
	err := f.db.QueryRowContext(ctx, `DELETE FROM feedback_offers WHERE platform = ? AND room = ? AND thread = ? AND user_id = ?
		RETURNING vote, expires_at`, k.Platform, k.Room, k.Thread, k.User).Scan(&raw, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return feedback.Vote{}, false, nil
	}
	if err != nil {
		return feedback.Vote{}, false, fmt.Errorf("take the reason offer of %s/%s: %w", k.Platform, k.User, err)
	}
	if now.UnixMilli() > expires {
		return feedback.Vote{}, false, nil
	}
	var v feedback.Vote
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return feedback.Vote{}, false, fmt.Errorf("take the reason offer of %s/%s: %w", k.Platform, k.User, err)
	}
	return v, true, nil
}

// Drop implements feedback.Offers.
func (f Feedback) Drop(ctx context.Context, platform, room, ref string) error {
	if ref == "" {
		return nil
	}
	if _, err := f.db.ExecContext(ctx, `DELETE FROM feedback_offers WHERE platform = ? AND room = ? AND ref = ?`, platform, room, ref); err != nil {
		return fmt.Errorf("drop the reason offers of vote %s in %s/%s: %w", ref, platform, room, err)
	}
	return nil
}
