package slack

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
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
	// since, when set, is how far back to look (a digest slot's time, a
	// resumed event's arrival); zero: the inbox's window.
	since time.Time
	// parts, when positive, is how many messages the send has; it goes in
	// each message's metadata so Delivered can tell a complete send from
	// one cut short by a crash.
	parts int
	mu    sync.Mutex
	n     int
}

type replyKeysCtx struct{}

// A resumed event's received time (zero when unknown) bounds how far
// back its earlier answer is looked for.
func withReplyKeys(ctx context.Context, event string, resumed bool, received time.Time) context.Context {
	rk := &replyKeys{event: event, resumed: resumed}
	if resumed {
		rk.since = received
	}
	return context.WithValue(ctx, replyKeysCtx{}, rk)
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
			var rl *slack.RateLimitedError
			if errors.As(err, &rl) {
				// Slack asks us to wait: the outbox honours Retry-After
				// and tries again, looking again first.
				return err
			}
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
// channel (or thread) since since, paging back through its history.
func (a *Adapter) posted(ctx context.Context, channel, threadTS, key string, since time.Time) (bool, error) {
	return a.scanHistory(ctx, channel, threadTS, since, func(m slack.Message) bool {
		return m.Metadata.EventType == replyEventType && fmt.Sprint(m.Metadata.EventPayload["key"]) == key
	})
}

// Delivered reports whether every message of a send made under key (with
// adapters.WithSendKey) is in the channel's history since since: the
// scheduler's check of a digest slot left unconfirmed by a crash. A send
// cut short after some of its messages reports false; sending it again
// with a since posts only the missing ones. It implements
// schedule.Confirmer.
func (a *Adapter) Delivered(ctx context.Context, channel, key string, since time.Time) (bool, error) {
	found := map[string]bool{}
	parts := 0
	complete := func() bool {
		if parts == 0 {
			return false
		}
		for i := range parts {
			if !found[fmt.Sprintf("%s#%d", key, i)] {
				return false
			}
		}
		return true
	}
	done, err := a.scanHistory(ctx, channel, "", since.Add(-time.Minute), func(m slack.Message) bool {
		if m.Metadata.EventType != replyEventType {
			return false
		}
		k := fmt.Sprint(m.Metadata.EventPayload["key"])
		if !strings.HasPrefix(k, key+"#") {
			return false
		}
		found[k] = true
		if p, ok := m.Metadata.EventPayload["parts"].(float64); ok && int(p) > parts {
			parts = int(p)
		}
		return complete()
	})
	if err != nil {
		return false, fmt.Errorf("slack: look for %s in %s: %w", key, channel, err)
	}
	return done, nil
}

// Reading the history back is bounded: historyPage messages a call (the
// page size Slack recommends), at most maxHistoryPages calls a lookup.
// The window is [since, now + a minute]: nothing the bot is looking for can
// be older than since (the first attempt, the event's arrival, the digest
// slot, each less a minute of clock skew) or newer than now; a busy
// channel's other messages within it are paged through with the cursor.
const (
	historyPage     = 200
	maxHistoryPages = 10
)

// errHistoryTooLong is a lookup that reached maxHistoryPages with more
// history left in its window: the message may be further back, so whether
// it was posted cannot be told.
var errHistoryTooLong = fmt.Errorf("more than %d messages in the window; not searched further", historyPage*maxHistoryPages)

// scanHistory pages through the channel's (or thread's) messages between
// since and a minute from now, newest first, with their metadata, and calls
// match for each until it returns true (found: true). It stops with
// errHistoryTooLong after maxHistoryPages pages.
func (a *Adapter) scanHistory(ctx context.Context, channel, threadTS string, since time.Time, match func(slack.Message) bool) (bool, error) {
	oldest := slackTS(since)
	latest := slackTS(time.Now().Add(time.Minute))
	cursor := ""
	for page := 0; page < maxHistoryPages; page++ {
		var msgs []slack.Message
		var more bool
		if threadTS != "" {
			m, hasMore, next, err := a.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
				ChannelID: channel, Timestamp: threadTS, Oldest: oldest, Latest: latest, Limit: historyPage,
				Cursor: cursor, IncludeAllMetadata: true})
			if err != nil {
				return false, fmt.Errorf("conversations.replies: %w", err)
			}
			msgs, more, cursor = m, hasMore, next
		} else {
			resp, err := a.api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
				ChannelID: channel, Oldest: oldest, Latest: latest, Limit: historyPage,
				Cursor: cursor, IncludeAllMetadata: true})
			if err != nil {
				return false, fmt.Errorf("conversations.history: %w", err)
			}
			msgs, more, cursor = resp.Messages, resp.HasMore, resp.ResponseMetaData.NextCursor
		}
		for _, m := range msgs {
			if match(m) {
				return true, nil
			}
		}
		if !more || cursor == "" {
			return false, nil
		}
	}
	return false, errHistoryTooLong
}

// slackTS formats t as a Slack timestamp ("1700000000.000100").
func slackTS(t time.Time) string {
	return fmt.Sprintf("%d.%06d", t.Unix(), t.Nanosecond()/1000)
}
