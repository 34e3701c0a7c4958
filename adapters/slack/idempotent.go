package slack

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
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

// replyKeys derives the keys of an event's reply messages from the event's
// inbox key: "<event key>#<n>" for its n-th message. The same event
// answered again after a crash gives the same keys, so the answer already
// posted by the process that died is found and not posted twice.
type replyKeys struct {
	event   string
	resumed bool // answered before, perhaps: look before the first attempt too
	// since, when set, is how far back to look (a digest slot's time);
	// zero: the inbox's window.
	since time.Time
	// parts, when positive, is how many messages the send has; it goes in
	// each message's metadata so Delivered can tell a complete send from
	// one cut short by a crash.
	parts int
	mu    sync.Mutex
	n     int
}

type replyKeysCtx struct{}

func withReplyKeys(ctx context.Context, event string, resumed bool) context.Context {
	return context.WithValue(ctx, replyKeysCtx{}, &replyKeys{event: event, resumed: resumed})
}

// withSendKeys is withReplyKeys for a send named by adapters.WithSendKey
// (a digest slot): its n messages are "<key>#0" … "<key>#n-1", each
// carrying parts = n; with a since, each is looked for from since on
// before it is posted.
func withSendKeys(ctx context.Context, key string, since time.Time, parts int) context.Context {
	return context.WithValue(ctx, replyKeysCtx{}, &replyKeys{event: key, resumed: !since.IsZero(), since: since, parts: parts})
}

// msgKey is what nextKey hands postOnce for one message.
type msgKey struct {
	key       string
	lookFirst bool
	since     time.Time // zero: the default window
	parts     int       // 0: not recorded
}

// nextKey returns the key of the next message and whether to look for it
// before the first attempt: the event's next reply key when ctx carries
// one, else a random key.
func nextKey(ctx context.Context) msgKey {
	rk, ok := ctx.Value(replyKeysCtx{}).(*replyKeys)
	if !ok {
		return msgKey{key: messageKey()}
	}
	rk.mu.Lock()
	defer rk.mu.Unlock()
	k := msgKey{key: fmt.Sprintf("%s#%d", rk.event, rk.n), lookFirst: rk.resumed, since: rk.since, parts: rk.parts}
	rk.n++
	return k
}

// rewindKey makes the next nextKey return the previous key again: the same
// message sent once more in another form (plain text after refused blocks)
// keeps its key, so the message count Delivered checks stays right.
func rewindKey(ctx context.Context) {
	if rk, ok := ctx.Value(replyKeysCtx{}).(*replyKeys); ok {
		rk.mu.Lock()
		rk.n = max(rk.n-1, 0)
		rk.mu.Unlock()
	}
}

// postOnce posts a message through the channel's queue, with opts plus
// metadata carrying the message's key, and never twice: a retry (and the
// first attempt for an event resumed after a crash) first looks for the
// key in the channel's recent history.
func (a *Adapter) postOnce(ctx context.Context, channel, threadTS string, opts []slack.MsgOption) error {
	mk := nextKey(ctx)
	key, lookFirst := mk.key, mk.lookFirst
	payload := map[string]any{"key": key}
	if mk.parts > 0 {
		payload["parts"] = mk.parts
	}
	opts = append(opts[:len(opts):len(opts)], slack.MsgOptionMetadata(slack.SlackMetadata{
		EventType: replyEventType, EventPayload: payload,
	}))
	// How far back to look: since shortly before the first attempt (Slack's
	// clock may be behind ours); for a resumed event, since it can first
	// have been answered (it is resumed while younger than maxPendingAge,
	// after its lease ran out).
	since := time.Now().Add(-time.Minute)
	switch {
	case !mk.since.IsZero():
		since = mk.since.Add(-time.Minute)
	case lookFirst:
		since = since.Add(-maxPendingAge - leaseTTL)
	}
	attempt := 0
	return a.out.do(ctx, channel, "chat.postMessage", func(ctx context.Context) error {
		attempt++
		if attempt > 1 || lookFirst {
			found, err := a.posted(ctx, channel, threadTS, key, since)
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
// channel (or thread) since since (among the latest 200 messages).
func (a *Adapter) posted(ctx context.Context, channel, threadTS, key string, since time.Time) (bool, error) {
	msgs, err := a.history(ctx, channel, threadTS, since)
	if err != nil {
		return false, err
	}
	for _, m := range msgs {
		if m.Metadata.EventType == replyEventType && fmt.Sprint(m.Metadata.EventPayload["key"]) == key {
			return true, nil
		}
	}
	return false, nil
}

// Delivered reports whether every message of a send made under key (with
// adapters.WithSendKey) is in the channel's history since since: the
// scheduler's check of a digest slot left unconfirmed by a crash. A send
// cut short after some of its messages reports false; sending it again
// with a since posts only the missing ones. It implements
// schedule.Confirmer.
func (a *Adapter) Delivered(ctx context.Context, channel, key string, since time.Time) (bool, error) {
	msgs, err := a.history(ctx, channel, "", since.Add(-time.Minute))
	if err != nil {
		return false, fmt.Errorf("slack: look for %s in %s: %w", key, channel, err)
	}
	found := map[string]bool{}
	parts := 0
	for _, m := range msgs {
		if m.Metadata.EventType != replyEventType {
			continue
		}
		k := fmt.Sprint(m.Metadata.EventPayload["key"])
		if !strings.HasPrefix(k, key+"#") {
			continue
		}
		found[k] = true
		if p, ok := m.Metadata.EventPayload["parts"].(float64); ok && int(p) > parts {
			parts = int(p)
		}
	}
	if parts == 0 {
		return false, nil
	}
	for i := range parts {
		if !found[fmt.Sprintf("%s#%d", key, i)] {
			return false, nil
		}
	}
	return true, nil
}

// history returns the channel's (or thread's) latest messages since since
// (at most 200), with their metadata.
func (a *Adapter) history(ctx context.Context, channel, threadTS string, since time.Time) ([]slack.Message, error) {
	ts := fmt.Sprintf("%d.%06d", since.Unix(), since.Nanosecond()/1000)
	var msgs []slack.Message
	if threadTS != "" {
		m, _, _, err := a.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
			ChannelID: channel, Timestamp: threadTS, Oldest: ts, Limit: 200, IncludeAllMetadata: true})
		if err != nil {
			return nil, fmt.Errorf("conversations.replies: %w", err)
		}
		msgs = m
	} else {
		resp, err := a.api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
			ChannelID: channel, Oldest: ts, Limit: 200, IncludeAllMetadata: true})
		if err != nil {
			return nil, fmt.Errorf("conversations.history: %w", err)
		}
		msgs = resp.Messages
	}
	return msgs, nil
}
