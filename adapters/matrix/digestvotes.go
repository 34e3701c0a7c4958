package matrix

import (
	"context"
	"encoding/json"
	"errors"

	"maunium.net/go/mautrix/event"

	"github.com/stancebot/stancebot/bot"
)

// digestField carries, in a digest message's content, what a 👍 / 👎
// reaction on it votes on: the digest's title and the statement keys it
// shows. A digest is posted by the scheduler, not asked, so it has no
// reply record to take them from (and a record's 30 minutes end long
// before most readers see a weekly digest). In an encrypted room the
// field is encrypted with the rest of the content.
const digestField = "org.stancebot.digest"

// digestInfo is the value of digestField.
type digestInfo struct {
	Title string   `json:"title"`
	Keys  []string `json:"keys"`
}

// digestContent is what Send adds to a digest's content (nil for any
// other reply).
func digestContent(r bot.Reply) *digestInfo {
	if r.Digest == nil {
		return nil
	}
	return &digestInfo{Title: r.Digest.Title(), Keys: r.Digest.Keys()}
}

// digestOf reads digestField from one of the bot's messages, decrypting
// it first when it is encrypted and the bot can.
func (a *Adapter) digestOf(ctx context.Context, evt *event.Event) (digestInfo, bool) {
	var c struct {
		Digest *digestInfo `json:"org.stancebot.digest"`
	}
	if json.Unmarshal(a.plainContent(ctx, evt), &c) != nil || c.Digest == nil || c.Digest.Title == "" {
		return digestInfo{}, false
	}
	return *c.Digest, true
}

// plainContent is an event's raw content, decrypted first when it is
// encrypted (nil when it cannot be).
func (a *Adapter) plainContent(ctx context.Context, evt *event.Event) json.RawMessage {
	if evt.Type != event.EventEncrypted {
		return evt.Content.VeryRaw
	}
	if a.cli.Crypto == nil {
		return nil
	}
	if err := evt.Content.ParseRaw(evt.Type); err != nil && !errors.Is(err, event.ErrContentAlreadyParsed) {
		return nil
	}
	a.decryptMu.Lock()
	dec, err := a.cli.Crypto.Decrypt(ctx, evt)
	a.decryptMu.Unlock()
	if err != nil {
		a.log.Debug("cannot decrypt an own message", "event_id", evt.ID, "err", err)
		return nil
	}
	return dec.Content.VeryRaw
}
