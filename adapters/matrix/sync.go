package matrix

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/metrics"
)

// syncLoop long-polls /sync until ctx is cancelled. Unlike mautrix's
// Client.Sync, which saves the next batch token before its handlers run
// (so a crash loses that batch), it saves the token only after every
// answer of the batch was sent.
func (a *Adapter) syncLoop(ctx, workCtx context.Context) error {
	since, err := a.getKV(ctx, "next_batch")
	if err != nil {
		return err
	}
	filter, err := a.cli.CreateFilter(ctx, a.syncer.GetFilterJSON(a.userID))
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("matrix: create sync filter: %w", err)
	}
	defer a.syncing.Store(false)
	failures, storeFailures := 0, 0
	for ctx.Err() == nil {
		timeout := a.opts.SyncTimeout
		if since == "" || failures > 0 {
			timeout = 0
		}
		resp, err := a.cli.FullSyncRequest(ctx, mautrix.ReqSync{
			Timeout:  int(timeout / time.Millisecond),
			Since:    since,
			FilterID: filter.FilterID,
		})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			if errors.Is(err, mautrix.MUnknownToken) {
				return fmt.Errorf("matrix: the homeserver rejected the access token: %w", err)
			}
			metrics.AdapterError(platform, "sync")
			a.syncing.Store(false)
			failures++
			wait, _ := retryDelay(err, failures)
			a.log.Warn("sync failed; retrying", "err", err, "retry_in", wait)
			if !sleep(ctx, wait) {
				return nil
			}
			continue
		}
		a.syncing.Store(true)
		if failures > 0 {
			metrics.Reconnect(platform)
			a.log.Info("sync recovered", "after_failures", failures)
			failures = 0
		}
		complete, err := a.processBatch(ctx, workCtx, resp, since)
		if err != nil {
			return err
		}
		if !complete && ctx.Err() != nil {
			// Shutting down with answers unfinished: keep the old token so
			// the next start sees this batch again (answered events are
			// skipped through the ledger).
			return nil
		}
		if !complete {
			// The database cannot record answers or the token: keep the
			// old token and fetch the batch again later, so nothing is
			// answered that could be answered twice after a restart.
			storeFailures++
			if storeFailures == 1 {
				a.log.Warn("the database cannot record answers; leaving events unsynced until it can")
			}
			if !sleep(ctx, min(storeRetryMin<<min(storeFailures-1, 6), storeRetryMax)) {
				return nil
			}
			continue
		}
		if storeFailures > 0 {
			a.log.Info("the database records answers again; syncing", "after_retries", storeFailures)
			storeFailures = 0
		}
		since = resp.NextBatch
	}
	return nil
}

// batch collects the answers one sync response asks for, so they run in
// parallel and the sync token is saved only after all of them.
type batch struct {
	initial bool // the store's first sync (no saved token)

	mu     sync.Mutex
	jobs   []func(context.Context) bool
	closed bool
}

type batchKey struct{}

// add queues job in the batch; once the batch has been run (a late
// decryption), it returns false and the caller runs the job itself.
func (b *batch) add(job func(context.Context) bool) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return false
	}
	b.jobs = append(b.jobs, job)
	return true
}

func (b *batch) take() []func(context.Context) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	return b.jobs
}

// processBatch dispatches one sync response, runs the answers it produced
// and then saves the next batch token. complete is false when shutdown
// interrupted an answer; the token is then left unsaved.
func (a *Adapter) processBatch(ctx, workCtx context.Context, resp *mautrix.RespSync, since string) (complete bool, err error) {
	b := &batch{initial: since == ""}
	a.decryptMu.Lock() // the dispatch decrypts (see decryptMu)
	perr := a.syncer.ProcessResponse(context.WithValue(workCtx, batchKey{}, b), resp, since)
	a.decryptMu.Unlock()
	if perr != nil {
		// A panicking handler: log and move on rather than loop on the same batch.
		metrics.AdapterError(platform, "process")
		a.log.Error("processing sync response failed", "err", perr)
	}
	jobs := b.take()
	results := make(chan bool, len(jobs))
	for _, job := range jobs {
		a.inflight.Add(1)
		go func() {
			defer a.inflight.Done()
			results <- a.runJob(workCtx, job)
		}()
	}
	for range jobs {
		select {
		case ok := <-results:
			if !ok {
				return false, nil
			}
		case <-workCtx.Done():
			// The shutdown grace is over and a handler ignores its context:
			// leave it behind, and the batch for the next start.
			a.log.Warn("shutdown grace over with answers still running; they are retried on the next start")
			return false, nil
		}
	}
	if err := a.putKV(workCtx, "next_batch", resp.NextBatch); err != nil {
		if errors.Is(err, delivery.ErrFenced) {
			// Another replica leads and syncs now: stop at once.
			return false, err
		}
		// Answered but the token not saved: the batch comes again and
		// the ledger skips what was answered (when it could be recorded).
		a.log.Warn("saving the sync token failed; the batch will be fetched again", "err", err)
		return false, nil
	}
	return true, nil
}

// How long the sync loop waits before fetching a batch again while the
// database cannot record answers (doubling from min up to max).
const (
	storeRetryMin = 250 * time.Millisecond
	storeRetryMax = 15 * time.Second
)

// runJob runs one answer with bounded parallelism. It reports false when
// the job could not finish because the adapter is shutting down.
func (a *Adapter) runJob(ctx context.Context, job func(context.Context) bool) (ok bool) {
	select {
	case a.sem <- struct{}{}:
	case <-ctx.Done():
		return false
	}
	defer func() { <-a.sem }()
	defer func() {
		// A panicking handler must not take the process down with it; the
		// question stays unanswered and the batch moves on.
		if r := recover(); r != nil {
			metrics.AdapterError(platform, "handler_panic")
			a.log.Error("answering panicked", "panic", r)
			ok = true
		}
	}()
	return job(ctx)
}

// fromInitialSync reports whether ctx is that of a batch from the first
// sync of this store: a new device, whose questions may have been answered
// by an earlier device of the same account.
func fromInitialSync(ctx context.Context) bool {
	b, ok := ctx.Value(batchKey{}).(*batch)
	return ok && b.initial
}

// enqueue schedules an answer in the batch being processed, or runs it now
// when it comes from a decryption that finished after its batch.
func (a *Adapter) enqueue(ctx context.Context, job func(context.Context) bool) {
	if b, ok := ctx.Value(batchKey{}).(*batch); ok && b.add(job) {
		return
	}
	a.inflight.Add(1)
	go func() {
		defer a.inflight.Done()
		a.runJob(ctx, job)
	}()
}

// dropPreJoinMessages removes, from rooms the bot joined in this sync, the
// messages sent before it joined: the homeserver returns the recent history
// with a join, and the bot answers only what was asked after it arrived.
// State events stay, so the room's state (members, encryption) is complete.
func (a *Adapter) dropPreJoinMessages(_ context.Context, resp *mautrix.RespSync, _ string) bool {
	for _, room := range resp.Rooms.Join {
		evs := room.Timeline.Events
		join := -1
		for i := len(evs) - 1; i >= 0; i-- {
			if isOwnJoin(evs[i], a.userID) {
				join = i
				break
			}
		}
		if join <= 0 {
			continue
		}
		kept := make([]*event.Event, 0, len(evs))
		for i, evt := range evs {
			if i < join && evt.StateKey == nil {
				continue
			}
			kept = append(kept, evt)
		}
		room.Timeline.Events = kept
	}
	return true
}

// isOwnJoin reports whether evt is the bot's own membership turning into
// "join" (not a profile change of an existing member).
func isOwnJoin(evt *event.Event, me id.UserID) bool {
	if evt.Type != event.StateMember || evt.StateKey == nil || *evt.StateKey != string(me) {
		return false
	}
	if m, _ := evt.Content.Raw["membership"].(string); m != string(event.MembershipJoin) {
		return false
	}
	if evt.Unsigned.PrevContent != nil {
		if prev, _ := evt.Unsigned.PrevContent.Raw["membership"].(string); prev == string(event.MembershipJoin) {
			return false
		}
	}
	return true
}
