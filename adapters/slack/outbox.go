package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/slack-go/slack"

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

func newOutbox(log *slog.Logger) *outbox {
	return &outbox{log: log, maxAttempts: 5, sleep: sleepCtx, queues: map[string][]*job{}}
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
	var err error
	for attempt := 1; attempt <= o.maxAttempts; attempt++ {
		if err = j.ctx.Err(); err != nil {
			break
		}
		err = j.send(j.ctx)
		if err == nil {
			return nil
		}
		wait, retry := retryAfter(err, attempt)
		if !retry || attempt == o.maxAttempts {
			break
		}
		o.log.Warn("slack call failed, retrying", "op", j.op, "channel", channel,
			"attempt", attempt, "wait", wait, "err", err)
		if err = o.sleep(j.ctx, wait); err != nil {
			break
		}
	}
	metrics.AdapterError("slack", j.op)
	o.log.Error("slack call failed, giving up", "op", j.op, "channel", channel, "err", err)
	return fmt.Errorf("slack %s to %s: %w", j.op, channel, err)
}

// retryAfter says whether err is worth another attempt and when.
func retryAfter(err error, attempt int) (time.Duration, bool) {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		if rl.RetryAfter <= 0 {
			return time.Second, true
		}
		return rl.RetryAfter, true
	}
	var sc slack.StatusCodeError
	var ne net.Error
	if (errors.As(err, &sc) && sc.Code >= 500) || errors.As(err, &ne) {
		return time.Duration(attempt) * 500 * time.Millisecond, true
	}
	return 0, false
}

// wait blocks until every queued message was sent or given up on.
func (o *outbox) wait() { o.running.Wait() }

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
