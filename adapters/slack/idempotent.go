package slack

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/slack-go/slack"
)

// Slack has no idempotency key for chat.postMessage, and it commits a
// message when it receives it even if its answer never reaches us (a
// client timeout, a 5xx from a proxy after Slack's own success). Retrying
// such a post blindly posts the answer twice. So every post carries
// message metadata with a key of its own (replyEventType), and before a
// retry the channel (or thread) is searched for that key with
// conversations.history / conversations.replies and include_all_metadata;
// the post is repeated only when the key is absent. The history scopes
// this needs are in manifest.yaml.
const replyEventType = "stancebot_reply"

// messageKey returns a new random key for one message.
func messageKey() string {
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// postOnce posts a message through the channel's queue, with opts plus
// metadata carrying a fresh key, and never twice: a retry first looks for
// the key in the channel's recent history.
func (a *Adapter) postOnce(ctx context.Context, channel, threadTS string, opts []slack.MsgOption) error {
	key := messageKey()
	opts = append(opts[:len(opts):len(opts)], slack.MsgOptionMetadata(slack.SlackMetadata{
		EventType: replyEventType, EventPayload: map[string]any{"key": key},
	}))
	first := time.Now()
	attempt := 0
	return a.out.do(ctx, channel, "chat.postMessage", func(ctx context.Context) error {
		attempt++
		if attempt > 1 {
			found, err := a.posted(ctx, channel, threadTS, key, first)
			if err != nil {
				// Cannot tell: posting again risks a double, not posting
				// risks a lost answer. A lost answer is worse.
				a.log.Warn("slack: cannot check whether a timed-out post went through; posting again",
					"channel", channel, "err", err)
			} else if found {
				a.log.Info("slack: a post that failed on our side had gone through; not posting again",
					"channel", channel, "attempt", attempt)
				return nil
			}
		}
		_, _, err := a.api.PostMessageContext(ctx, channel, opts...)
		return err
	})
}

// posted reports whether a message with metadata key was posted to the
// channel (or thread) since shortly before since.
func (a *Adapter) posted(ctx context.Context, channel, threadTS, key string, since time.Time) (bool, error) {
	oldest := since.Add(-time.Minute) // Slack's clock may be behind ours
	ts := fmt.Sprintf("%d.%06d", oldest.Unix(), oldest.Nanosecond()/1000)
	var msgs []slack.Message
	if threadTS != "" {
		m, _, _, err := a.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
			ChannelID: channel, Timestamp: threadTS, Oldest: ts, Limit: 200, IncludeAllMetadata: true})
		if err != nil {
			return false, fmt.Errorf("conversations.replies: %w", err)
		}
		msgs = m
	} else {
		resp, err := a.api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
			ChannelID: channel, Oldest: ts, Limit: 200, IncludeAllMetadata: true})
		if err != nil {
			return false, fmt.Errorf("conversations.history: %w", err)
		}
		msgs = resp.Messages
	}
	for _, m := range msgs {
		if m.Metadata.EventType == replyEventType && fmt.Sprint(m.Metadata.EventPayload["key"]) == key {
			return true, nil
		}
	}
	return false, nil
}
