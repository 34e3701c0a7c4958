package bot

import (
	"context"

	"github.com/stancebot/stancebot/conversation"
)

// ConversationKey names one conversation: platform, room and thread.
type ConversationKey = conversation.Key

// ReplyRecord is what is kept of the last question answered in a
// conversation (question, language, intent, statement keys shown, offset).
type ReplyRecord = conversation.Record

// Conversations keeps one ReplyRecord per conversation; FollowUps reads
// and writes it. Get reports ok=false when there is none or it expired.
// Implementations: conversation.Memory (console, CLI, tests) and the
// SQLite store (package store), which survives a restart. A chat adapter
// needs nothing beyond filling Question.Platform, Room and Thread (a DM is
// a room; a thread reply carries the thread's root): wrap the question
// handler in FollowUps and the conversation follows.
type Conversations interface {
	Get(ctx context.Context, key ConversationKey) (rec ReplyRecord, ok bool, err error)
	Put(ctx context.Context, key ConversationKey, rec ReplyRecord) error
}

// KeyOf returns the conversation a question belongs to, and false for a
// one-off question with no room (the CLI's ask).
func KeyOf(q Question) (ConversationKey, bool) {
	return ConversationKey{Platform: q.Platform, Room: q.Room, Thread: q.Thread}, q.Room != ""
}
