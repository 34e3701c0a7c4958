package adapters

import (
	"context"
	"time"
)

type sendKeyCtx struct{}

type sendKey struct {
	key   string
	since time.Time
}

// WithSendKey names what a Sender.Send delivers with a stable key (a
// digest slot's), so that a Sender that can read its own messages back
// (Slack's message metadata) tags each message with it. A non-zero since
// says the same key may have been sent before, from since on (a retry, or
// a send left unconfirmed by a crash): such a Sender then looks for each
// message before posting it and posts only the missing ones. Senders that
// cannot look ignore both.
func WithSendKey(ctx context.Context, key string, since time.Time) context.Context {
	return context.WithValue(ctx, sendKeyCtx{}, sendKey{key: key, since: since})
}

// SendKey returns the key and since set by WithSendKey; ok is false when
// there is none.
func SendKey(ctx context.Context) (key string, since time.Time, ok bool) {
	k, ok := ctx.Value(sendKeyCtx{}).(sendKey)
	return k.key, k.since, ok && k.key != ""
}
