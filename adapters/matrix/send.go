package matrix

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/internal/retry"
	"github.com/stancebot/stancebot/metrics"
)

// Retry policy for sends: rate limits wait as long as the homeserver asks
// (capped), other transient failures back off exponentially.
const (
	maxSendAttempts = 6
	maxRetryWait    = 2 * time.Minute
	baseBackoff     = 500 * time.Millisecond
)

// Send posts a reply (a digest) to a room without a question. It
// implements adapters.Sender; it waits until Run has logged in.
func (a *Adapter) Send(ctx context.Context, target string, r bot.Reply) error {
	select {
	case <-a.ready:
	case <-ctx.Done():
		return fmt.Errorf("matrix send to %s: not logged in: %w", target, ctx.Err())
	}
	room := id.RoomID(target)
	if len(target) < 2 || target[0] != '!' {
		return fmt.Errorf("matrix send: target %q is not a room ID (!room:server)", target)
	}
	var content any = render(r)
	raw := map[string]any{}
	if d := digestContent(r); d != nil { // what a reaction on it votes on (digestvotes.go)
		raw[digestField] = d
	}
	var txnID string
	if key, since, ok := adapters.SendKey(ctx); ok {
		// A keyed send (a digest slot): the key goes in the content, so
		// Delivered can find it, and makes the transaction ID, so a retry
		// the homeserver still remembers is harmless; one that may come
		// after it forgot (since is set) looks in the room first.
		if !since.IsZero() {
			found, err := a.Delivered(ctx, target, key, since)
			switch {
			case err != nil:
				a.log.Warn("cannot check the room for an earlier send; sending", "room", room, "key", key, "err", err)
			case found:
				a.log.Info("a send left unconfirmed had gone through; not sending again", "room", room, "key", key)
				return nil
			}
		}
		raw[sendKeyField] = key
		sum := sha256.Sum256([]byte(key))
		txnID = "stancebot.send." + hex.EncodeToString(sum[:16])
	} else {
		b := make([]byte, 12)
		if _, err := rand.Read(b); err != nil {
			return fmt.Errorf("matrix send: transaction ID: %w", err)
		}
		txnID = "stancebot.send." + hex.EncodeToString(b)
	}
	if len(raw) > 0 {
		content = &event.Content{Parsed: content, Raw: raw}
	}
	if err := adapters.CheckSend(ctx); err != nil { // a digest whose sender lost its lease
		return fmt.Errorf("matrix send to %s: %w", target, err)
	}
	if _, err := a.send(ctx, room, content, txnID); err != nil {
		metrics.AdapterError(platform, "send")
		return fmt.Errorf("matrix send to %s: %w", target, err)
	}
	return nil
}

// send posts content to a room under a fixed transaction ID, retrying
// transient failures; the homeserver answers a repeated transaction ID
// with the first event, so a retry never posts twice. In an encrypted
// room the content is encrypted, and without encryption support the send
// is refused rather than leaking plaintext.
func (a *Adapter) send(ctx context.Context, room id.RoomID, content any, txnID string) (id.EventID, error) {
	if a.cli.Crypto == nil {
		enc, err := a.cli.StateStore.IsEncrypted(ctx, room)
		if err != nil {
			return "", fmt.Errorf("check room encryption: %w", err)
		}
		if enc {
			if cryptoAvailable {
				return "", errors.New("room is encrypted and matrix.encryption is false")
			}
			return "", errNoCryptoSend
		}
	}
	var evID id.EventID
	p := retry.Policy{
		Attempts: maxSendAttempts, Backoff: backoff, MaxWait: maxRetryWait, Classify: classify,
		OnRetry: func(attempt int, wait time.Duration, err error) {
			metrics.AdapterError(platform, "send_retry")
			a.log.Warn("send failed; retrying", "room", room, "attempt", attempt, "retry_in", wait, "err", err)
		},
	}
	err := p.Do(ctx, func(ctx context.Context) error {
		resp, err := a.cli.SendMessageEvent(ctx, room, event.EventMessage, content, mautrix.ReqSendEvent{TransactionID: txnID})
		if err == nil {
			evID = resp.EventID
		}
		return err
	})
	if err != nil {
		return "", fmt.Errorf("send to %s: %w", room, err)
	}
	return evID, nil
}

var errNoCryptoSend = errors.New("room is encrypted, but this binary was built without end-to-end encryption; rebuild with -tags goolm")

// backoff is the wait between attempts when the homeserver named none.
var backoff = retry.Backoff{Min: baseBackoff, Max: maxRetryWait}

// classify is Matrix's retry classification: M_LIMIT_EXCEEDED / 429 waits
// retry_after_ms (or Retry-After), or backs off when none is given; 5xx
// and network errors back off; other errors are final.
func classify(err error) retry.Verdict {
	var httpErr mautrix.HTTPError
	if !errors.As(err, &httpErr) {
		return retry.Verdict{Retry: true}
	}
	status := 0
	if httpErr.Response != nil {
		status = httpErr.Response.StatusCode
	}
	if httpErr.RespError != nil && httpErr.RespError.StatusCode != 0 {
		status = httpErr.RespError.StatusCode
	}
	limited := status == http.StatusTooManyRequests ||
		(httpErr.RespError != nil && httpErr.RespError.ErrCode == mautrix.MLimitExceeded.ErrCode)
	switch {
	case limited:
		d, _ := rateLimitWait(httpErr)
		return retry.Verdict{Retry: true, After: d}
	case httpErr.Response == nil || status >= 500:
		return retry.Verdict{Retry: true}
	default:
		return retry.Verdict{}
	}
}

// retryDelay applies classify and the backoff for loops that are not a
// single call to retry (the sync loop, start-up): whether to try again,
// and after how long.
func retryDelay(err error, attempt int) (time.Duration, bool) {
	v := classify(err)
	switch {
	case !v.Retry:
		return 0, false
	case v.After > 0:
		return min(v.After, maxRetryWait), true
	}
	return backoff.Delay(attempt), true
}

// sleep waits d or until ctx is done; it reports whether d elapsed.
func sleep(ctx context.Context, d time.Duration) bool { return retry.Sleep(ctx, d) == nil }

// rateLimitWait reads retry_after_ms from the error body, else the
// Retry-After header (seconds).
func rateLimitWait(e mautrix.HTTPError) (time.Duration, bool) {
	if e.RespError != nil {
		switch v := e.RespError.ExtraData["retry_after_ms"].(type) {
		case float64:
			if v >= 0 {
				return time.Duration(v) * time.Millisecond, true
			}
		case int64:
			if v >= 0 {
				return time.Duration(v) * time.Millisecond, true
			}
		}
	}
	if e.Response != nil {
		if s, err := strconv.Atoi(e.Response.Header.Get("Retry-After")); err == nil && s >= 0 {
			return time.Duration(s) * time.Second, true
		}
	}
	return 0, false
}
