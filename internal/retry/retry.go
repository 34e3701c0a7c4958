// Package retry is stancebot's one retry policy: exponential backoff with
// jitter, a wait the server asked for honoured as given, and a
// per-platform classification deciding what is worth another attempt.
// Adapters and the scheduler use it instead of loops of their own; it
// owns no platform knowledge (each adapter supplies its Classify).
package retry

import (
	"context"
	"math/rand/v2"
	"time"
)

// Backoff is an exponential backoff: Min after the first failure, doubling
// up to Max, each wait spread over [d/2, d] so many clients do not retry
// in step.
type Backoff struct {
	Min, Max time.Duration
}

// Delay is the wait after the attempt-th failure (attempt ≥ 1), jittered.
func (b Backoff) Delay(attempt int) time.Duration { return Jitter(b.Base(attempt)) }

// Base is the wait after the attempt-th failure without jitter: for
// schedules that are recorded and must be reproducible (the digest
// ledger's next attempt).
func (b Backoff) Base(attempt int) time.Duration {
	d := b.Min
	for i := 1; i < attempt && d < b.Max; i++ {
		d *= 2
	}
	if b.Max > 0 && d > b.Max {
		d = b.Max
	}
	return d
}

// Jitter spreads d over [d/2, d].
func Jitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2+1)
}

// Verdict is a classification of one failure.
type Verdict struct {
	Retry bool
	// After, when positive, is the wait the server asked for (Retry-After,
	// retry_after_ms); otherwise the backoff decides.
	After time.Duration
}

// Classify decides whether err is worth another attempt.
type Classify func(err error) Verdict

// Policy retries an operation.
type Policy struct {
	// Attempts bounds the calls (0: until ctx ends).
	Attempts int
	Backoff  Backoff
	// MaxWait caps a wait the server asked for (0: no cap).
	MaxWait  time.Duration
	Classify Classify
	// Sleep waits (nil: Sleep); tests replace it.
	Sleep func(ctx context.Context, d time.Duration) error
	// OnRetry, when set, is told about each failure that will be retried.
	OnRetry func(attempt int, wait time.Duration, err error)
}

// Do calls op until it succeeds, fails for good (Classify says so), runs
// out of attempts or ctx ends, and returns op's last error (or ctx's, if
// the wait was cut short).
func (p Policy) Do(ctx context.Context, op func(ctx context.Context) error) error {
	sleep := p.Sleep
	if sleep == nil {
		sleep = Sleep
	}
	for attempt := 1; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := op(ctx)
		if err == nil {
			return nil
		}
		v := p.Classify(err)
		if !v.Retry || (p.Attempts > 0 && attempt >= p.Attempts) {
			return err
		}
		wait := v.After
		if wait <= 0 {
			wait = p.Backoff.Delay(attempt)
		} else if p.MaxWait > 0 && wait > p.MaxWait {
			wait = p.MaxWait
		}
		if p.OnRetry != nil {
			p.OnRetry(attempt, wait, err)
		}
		if serr := sleep(ctx, wait); serr != nil {
			return err
		}
	}
}

// Sleep waits d, or returns ctx's error if ctx ends first.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
