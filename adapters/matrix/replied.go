package matrix

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// repliedPages bounds how many pages of the bot's own recent messages
// replied looks through (repliedPageSize each).
const (
	repliedPages    = 5
	repliedPageSize = 100
)

// replied reports whether the room already holds a message from the bot
// in reply to question (sent at askedMS, Unix milliseconds). A reply's
// transaction ID makes a resend harmless only while the homeserver
// remembers it (Dendrite: tens of minutes); an event resumed later — after
// an outage, by a new leader — is checked here first, so an answer that
// went out before the crash is not given twice. It reads the bot's own
// messages newest first (/messages filtered to the bot as sender) back to
// the question's time; m.relates_to is in the clear even in encrypted
// rooms (mautrix copies it outside the ciphertext), so no decryption is
// needed.
func (a *Adapter) replied(ctx context.Context, room id.RoomID, question id.EventID, askedMS int64) (bool, error) {
	found, err := a.ownMessageSince(ctx, room, askedMS, func(evt *event.Event) bool { return replyTarget(evt) == question })
	if err != nil {
		return false, fmt.Errorf("read %s for an earlier reply to %s: %w", room, question, err)
	}
	return found, nil
}

// ownMessageSince reports whether one of the bot's own messages in room,
// read newest first (/messages filtered to the bot as sender, at most
// repliedPages pages) back to sinceMS (Unix milliseconds), satisfies match.
func (a *Adapter) ownMessageSince(ctx context.Context, room id.RoomID, sinceMS int64, match func(*event.Event) bool) (bool, error) {
	filter := &mautrix.FilterPart{Senders: []id.UserID{a.userID}, Types: []event.Type{event.EventMessage, event.EventEncrypted}}
	from := ""
	for range repliedPages {
		resp, err := a.cli.Messages(ctx, room, from, "", mautrix.DirectionBackward, filter, repliedPageSize)
		if err != nil {
			return false, err
		}
		for _, evt := range resp.Chunk {
			if evt.Sender == a.userID && match(evt) {
				return true, nil
			}
			if evt.Timestamp != 0 && evt.Timestamp < sinceMS {
				return false, nil // older than sinceMS: nothing further back counts
			}
		}
		if resp.End == "" || len(resp.Chunk) == 0 {
			return false, nil
		}
		from = resp.End
	}
	return false, nil
}

// replyTarget returns the event an event replies to (m.relates_to →
// m.in_reply_to), read from its raw content: plain or encrypted.
func replyTarget(evt *event.Event) id.EventID {
	var c struct {
		RelatesTo struct {
			InReplyTo struct {
				EventID id.EventID `json:"event_id"`
			} `json:"m.in_reply_to"`
		} `json:"m.relates_to"`
	}
	if json.Unmarshal(evt.Content.VeryRaw, &c) != nil {
		return ""
	}
	return c.RelatesTo.InReplyTo.EventID
}

// sendKeyField carries a keyed send's key (adapters.WithSendKey) in the
// message content.
const sendKeyField = "org.stancebot.send_key"

// Delivered reports whether the bot's messages in room since since include
// one sent under key (adapters.WithSendKey): the scheduler's check of a
// digest slot left unconfirmed by a crash, and the check before a late
// resend. Encrypted messages are decrypted with the bot's own session.
// It implements schedule.Confirmer.
func (a *Adapter) Delivered(ctx context.Context, target, key string, since time.Time) (bool, error) {
	select {
	case <-a.ready:
	case <-ctx.Done():
		return false, fmt.Errorf("look for %s in %s: not logged in: %w", key, target, ctx.Err())
	}
	room := id.RoomID(target)
	found, err := a.ownMessageSince(ctx, room, since.Add(-time.Minute).UnixMilli(), func(evt *event.Event) bool { return a.sendKey(ctx, evt) == key })
	if err != nil {
		return false, fmt.Errorf("read %s for a send under %s: %w", room, key, err)
	}
	return found, nil
}

// sendKey returns the send key in an event's content ("" when none),
// decrypting it first when it is encrypted and the bot can.
func (a *Adapter) sendKey(ctx context.Context, evt *event.Event) string {
	var c map[string]any
	if json.Unmarshal(a.plainContent(ctx, evt), &c) != nil {
		return ""
	}
	k, _ := c[sendKeyField].(string)
	return k
}
