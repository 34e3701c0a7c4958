package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/stancebot/stancebot/internal/retry"
	"github.com/stancebot/stancebot/metrics"
)

// outbox sends messages one channel at a time: each channel has its own
// queue drained by one goroutine, so replies to a channel keep their order
// even while Slack rate-limits it, and a slow channel never holds up the
// others.
type outbox struct {
	log         *slog.Logger
	maxAttempts int
	sleep       func(ctx context.Context, d time.Duration) error
	// slots bounds the Web API calls in flight across all channels: a
	// burst over thousands of channels keeps a queue per channel but only
	// len(slots) calls (and HTTP connections) at a time.
	slots chan struct{}

	mu      sync.Mutex
	queues  map[string][]*job
	running sync.WaitGroup
}

type job struct {
	op   string // Web API method, for logs and metrics
	send func(ctx context.Context) error
	ctx  context.Context
	done chan error
}

// maxCalls bounds the outbox's Web API calls in flight (and the HTTP
// client's connections to Slack).
const maxCalls = 8

func newOutbox(log *slog.Logger) *outbox {
	return &outbox{log: log, maxAttempts: 5, sleep: retry.Sleep, queues: map[string][]*job{}, slots: make(chan struct{}, maxCalls)}
}

// do queues send for channel and waits for its outcome. Rate limits
// (HTTP 429) are retried after Slack's Retry-After, transient failures
// after a short backoff; an error that remains is logged and counted,
// never dropped silently.
func (o *outbox) do(ctx context.Context, channel, op string, send func(ctx context.Context) error) error {
	j := &job{op: op, send: send, ctx: ctx, done: make(chan error, 1)}
	o.mu.Lock()
	q, busy := o.queues[channel]
	o.queues[channel] = append(q, j)
	if !busy {
		o.running.Add(1)
		go o.drain(channel)
	}
	o.mu.Unlock()
	return <-j.done
}

// drain runs a channel's jobs in order and exits when the queue is empty.
func (o *outbox) drain(channel string) {
	defer o.running.Done()
	for {
		o.mu.Lock()
		q := o.queues[channel]
		if len(q) == 0 {
			delete(o.queues, channel)
			o.mu.Unlock()
			return
		}
		j := q[0]
		o.queues[channel] = q[1:]
		o.mu.Unlock()
		j.done <- o.run(channel, j)
	}
}

func (o *outbox) run(channel string, j *job) error {
	o.slots <- struct{}{} // bound the Web API calls in flight across channels
	defer func() { <-o.slots }()
	p := retry.Policy{
		Attempts: o.maxAttempts,
		Backoff:  retry.Backoff{Min: 500 * time.Millisecond, Max: 30 * time.Second},
		MaxWait:  time.Minute,
		Classify: classify,
		Sleep:    o.sleep,
		OnRetry: func(attempt int, wait time.Duration, err error) {
			o.log.Warn("slack call failed, retrying", "op", j.op, "channel", channel,
				"attempt", attempt, "wait", wait, "err", err)
		},
	}
	err := p.Do(j.ctx, j.send)
	if err == nil {
		return nil
	}
	metrics.AdapterError("slack", j.op)
	o.log.Error("slack call failed, giving up", "op", j.op, "channel", channel, "err", err)
	return fmt.Errorf("slack %s to %s: %w", j.op, channel, err)
}

// classify is Slack's retry classification: a rate limit waits Slack's
// Retry-After, or backs off when Slack sent none (a bare 429, or an
// "ok": false with error ratelimited / message_limit_exceeded); 5xx,
// transient API errors and network failures back off; anything else
// (channel_not_found, invalid_auth, ...) is final.
func classify(err error) retry.Verdict {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return retry.Verdict{Retry: true, After: rl.RetryAfter}
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) {
		return retry.Verdict{Retry: sc.Code == http.StatusTooManyRequests || sc.Code >= 500}
	}
	if code, ok := apiError(err); ok {
		return retry.Verdict{Retry: transientAPIErrors[code]}
	}
	var ne net.Error
	return retry.Verdict{Retry: errors.As(err, &ne)}
}

// wait blocks until every queued message was sent or given up on.
func (o *outbox) wait() { o.running.Wait() }
