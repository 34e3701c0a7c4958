package slack

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/internal/retry"
	"github.com/stancebot/stancebot/metrics"
)

// The adapter follows package inbox's delivery rule: an event is
// recorded (with what is needed to answer it) before it is acknowledged,
// leased by the worker that answers it, and marked answered once Slack
// accepted the reply. A fixed pool of workers answers; an event that finds
// the queue full, or whose process died, stays pending and is picked up
// by the sweep (at start and every sweepInterval) while younger than
// maxPendingAge.
const (
	// workers bounds the questions answered at once.
	workers = 8
	// queueSize bounds the events waiting for a worker; beyond it they
	// wait in the inbox for the next sweep.
	queueSize = 64
	// leaseTTL bounds how long a worker may hold an event before another
	// worker (here or in another replica) may answer it.
	leaseTTL = 2 * time.Minute
	// maxPendingAge: older recorded-but-unanswered events are not
	// answered any more.
	maxPendingAge = 10 * time.Minute
	// sweepInterval is how often pending events are looked for.
	sweepInterval = 30 * time.Second
	// recordTimeout bounds recording an event before it is acknowledged:
	// Slack wants the acknowledgement within 3 seconds.
	recordTimeout = 2 * time.Second
)

// pending is an inbox payload: one event or slash command to answer.
type pending struct {
	Event *messageEvent       `json:"event,omitempty"`
	Slash *slack.SlashCommand `json:"slash,omitempty"`
	// Action is a press of a button under an answer (actions.go).
	Action *actionPending `json:"action,omitempty"`
	// Home is an App Home tab to publish (home.go).
	Home *homePending `json:"home,omitempty"`
}

// task is a recorded event on its way to a worker.
type task struct {
	key string
	p   pending
	// resumed: the event came from the sweep, so an earlier attempt (a
	// process that died after posting) may have answered it already.
	resumed bool
	// received is when the event was recorded (resumed events): no
	// earlier answer can be older, so the history lookup starts there.
	received time.Time
}

// record stores the event in the inbox before it is acknowledged. fresh
// is false for a redelivery; an error means it could not be recorded and
// must not be acknowledged (Slack delivers it again).
func (a *Adapter) record(key string, p pending, src source) (fresh bool, err error) {
	body, err := json.Marshal(p)
	if err != nil {
		return false, fmt.Errorf("encode event %s: %w", key, err)
	}
	ctx, cancel := context.WithTimeout(a.work, recordTimeout)
	defer cancel()
	fresh, err = a.inbox.Record(ctx, inbox.Event{Platform: Platform, ID: key, Received: a.now(), Payload: string(body)})
	if err != nil {
		metrics.AdapterError(Platform, "claim")
		a.log.Warn("slack: cannot record the event; not acknowledging it, so Slack delivers it again", "key", key, "err", err)
		return false, err
	}
	if !fresh {
		metrics.Duplicate(Platform)
		a.log.Info("slack: dropping a redelivered event", "key", key, "retry", src.retry, "transport", src.transport)
	}
	return fresh, nil
}

// enqueue hands a recorded event to the workers without blocking the
// transport; when the queue is full it stays pending in the inbox, and a
// sweep brings it in as soon as the workers have drained half the queue.
func (a *Adapter) enqueue(t task) {
	queued, shut := a.offer(t)
	switch {
	case shut:
		a.log.Info("slack: shutting down; the event stays pending for the next start", "key", t.key)
	case !queued:
		a.log.Warn("slack: all workers busy; the event waits in the inbox until they have room", "key", t.key, "queue", queueSize)
		a.kickSweep()
	}
}

// offer puts t in the queue if there is room and the adapter is not
// stopping.
// An event already queued or being answered here counts as queued.
func (a *Adapter) offer(t task) (queued, shut bool) {
	a.qmu.RLock()
	defer a.qmu.RUnlock()
	if a.queueShut || a.closing.Load() {
		return false, true
	}
	if !a.known.add(t.key) {
		return true, false
	}
	select {
	case a.queue <- t:
		return true, false
	default:
		a.known.remove(t.key)
		return false, false
	}
}

// keySet is a set of event keys safe for concurrent use.
type keySet struct {
	mu sync.Mutex
	m  map[string]struct{}
}

// add adds k and reports whether it was absent.
func (s *keySet) add(k string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.m[k]; ok {
		return false
	}
	if s.m == nil {
		s.m = map[string]struct{}{}
	}
	s.m[k] = struct{}{}
	return true
}

func (s *keySet) has(k string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[k]
	return ok
}

func (s *keySet) remove(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, k)
}

// kickSweep asks the sweep loop for a sweep once the queue has room.
func (a *Adapter) kickSweep() {
	select {
	case a.sweepSoon <- struct{}{}:
	default:
	}
}

// work answers queued events until the queue is closed.
func (a *Adapter) worker(holder string) {
	for t := range a.queue {
		a.handle(holder, t)
		a.known.remove(t.key)
	}
}

// handle leases one event, answers it and marks it answered.
func (a *Adapter) handle(holder string, t task) {
	ctx := withReplyKeys(a.work, t.key, t.resumed, t.received) // idempotent.go: each post's metadata key
	now := a.now()
	ok, err := a.inbox.Lease(ctx, Platform, t.key, holder, now, now.Add(a.leaseFor))
	if err != nil {
		// The database is gone for a moment (restarted, failing over):
		// wait for it a little rather than leave the asker to the next
		// sweep, up to sweepInterval away.
		metrics.AdapterError(Platform, "lease")
		b := retry.Backoff{Min: markRetryMin, Max: markRetryMax}
		start := time.Now()
		for attempt := 1; err != nil && a.work.Err() == nil && time.Since(start) < leaseRetryFor; attempt++ {
			select {
			case <-a.work.Done():
			case <-time.After(b.Delay(attempt)):
			}
			now = a.now()
			ok, err = a.inbox.Lease(ctx, Platform, t.key, holder, now, now.Add(a.leaseFor))
		}
		if err != nil {
			a.log.Error("slack: cannot lease the event; it stays pending for the next sweep", "key", t.key, "err", err)
			return
		}
	}
	if !ok {
		return // answered, or being answered by another worker
	}
	var q bot.Question
	var send func(context.Context, message) error
	switch {
	case t.p.Event != nil:
		ev := *t.p.Event
		thread := ev.ThreadTS
		if thread == "" && a.cfg.AlwaysThread {
			thread = ev.TS
		}
		q = bot.Question{Text: orHelp(questionText(ev.Text, a.botUserID)), Platform: Platform, Room: ev.Channel,
			Thread: thread, User: ev.User, Time: slackTime(ev.TS)}
		send = func(ctx context.Context, m message) error { return a.post(ctx, ev.Channel, thread, m) }
	case t.p.Slash != nil && t.resumed:
		// A worker that died held it, perhaps after its reply went out
		// through response_url, which cannot be read back to tell: not
		// answering again keeps slash-command replies at-most-once
		// across crashes, as a double cannot be ruled out.
		a.log.Warn("slack: a slash command was being answered by a process that stopped; not answering it again, since its reply cannot be looked for",
			"key", t.key, "channel", t.p.Slash.ChannelID)
		a.markAnswered(t.key)
		return
	case t.p.Slash != nil:
		cmd := *t.p.Slash
		q = bot.Question{Text: orHelp(questionText(cmd.Text, a.botUserID)), Platform: Platform, Room: cmd.ChannelID, User: cmd.UserID}
		send = func(ctx context.Context, m message) error { return a.respond(ctx, cmd, m) }
	case t.p.Home != nil:
		if err := a.publishHome(ctx, *t.p.Home); err != nil && ctx.Err() == nil {
			a.log.Error("slack: App Home not published", "user", t.p.Home.User, "err", err)
		}
		a.markAnswered(t.key)
		return
	case t.p.Action != nil:
		if err := a.act(ctx, *t.p.Action); err != nil {
			if ctx.Err() != nil {
				a.log.Warn("slack: shutdown interrupted an action; it stays pending", "key", t.key)
				return
			}
			a.log.Error("slack: action failed", "key", t.key, "action", t.p.Action.ActionID, "err", err)
		}
		a.markAnswered(t.key)
		return
	default:
		a.log.Warn("slack: pending event without content; dropping it", "key", t.key)
		a.markAnswered(t.key)
		return
	}
	if err := a.answer(ctx, q, send); err != nil && ctx.Err() != nil {
		// Cut off by shutdown: it stays pending, answered on the next start
		// (or by another replica once the lease ends).
		a.log.Warn("slack: shutdown interrupted a reply; it stays pending", "key", t.key)
		return
	}
	// Answered — or refused by Slack for good (answer logged it): either
	// way it is not to be sent again.
	a.markAnswered(t.key)
}

// markAnswered records that the event's reply was accepted. The reply is
// out, so a database that is briefly gone (restarted, failed over) is
// waited for: marking fails, is retried with backoff for up to half the
// lease, and succeeds once the database is back, without waiting out
// the lease. If it still fails (or the adapter stops), the event keeps
// its lease until that runs out; then the sweep resumes it, and the
// worker finds the reply in the channel history (idempotent.go) and only
// marks it.
func (a *Adapter) markAnswered(key string) {
	ctx := context.WithoutCancel(a.work)
	start := time.Now()
	b := retry.Backoff{Min: markRetryMin, Max: markRetryMax}
	for attempt := 1; ; attempt++ {
		err := a.inbox.MarkAnswered(ctx, Platform, key, a.now())
		if err == nil {
			if attempt > 1 {
				a.log.Info("slack: event marked answered once the database was back", "key", key, "attempts", attempt,
					"after", time.Since(start).Round(time.Millisecond))
			}
			return
		}
		if attempt == 1 {
			metrics.AdapterError(Platform, "mark_answered")
		}
		wait := b.Delay(attempt)
		if a.work.Err() != nil || time.Since(start)+wait > a.leaseFor/2 {
			a.log.Error("slack: cannot mark the event answered; when its lease runs out it is resumed and its reply found in the channel history",
				"key", key, "attempts", attempt, "err", err)
			return
		}
		if attempt == 1 {
			a.log.Warn("slack: cannot mark the event answered yet; retrying", "key", key, "err", err)
		}
		select {
		case <-a.work.Done():
		case <-time.After(wait):
		}
	}
}

// markRetryMin and markRetryMax bound the waits between attempts to mark
// an answered event (or lease one) while the database is unreachable;
// leaseRetryFor bounds how long a worker waits for the database to lease
// an event before leaving it to the sweep.
const (
	markRetryMin  = 100 * time.Millisecond
	markRetryMax  = 2 * time.Second
	leaseRetryFor = 15 * time.Second
)

func orHelp(text string) string {
	if text == "" { // a bare mention
		return "help"
	}
	return text
}

// sweep queues the inbox's pending events (recorded but not answered,
// younger than maxPendingAge): those left by a crash, a shutdown, a full
// queue or another replica that died holding them.
func (a *Adapter) sweep(ctx context.Context) {
	// More than the queue and the workers can hold, so that past the
	// events known here (queued or being answered) there are new ones.
	limit := 2*queueSize + workers
	evs, err := a.inbox.Pending(ctx, Platform, a.now().Add(-maxPendingAge), limit)
	if err != nil {
		if ctx.Err() == nil {
			a.log.Warn("slack: cannot list pending events", "err", err)
		}
		return
	}
	offered := 0
	for _, e := range evs {
		if a.known.has(e.ID) {
			continue // queued or being answered here already
		}
		var p pending
		if err := json.Unmarshal([]byte(e.Payload), &p); err != nil {
			a.log.Warn("slack: undecodable pending event; dropping it", "key", e.ID, "err", err)
			a.markAnswered(e.ID)
			continue
		}
		// Only an event a worker leased before may have been answered.
		if queued, shut := a.offer(task{key: e.ID, p: p, resumed: e.Leased, received: e.Received}); shut {
			return
		} else if !queued {
			a.kickSweep() // the rest at the next chance
			return
		}
		offered++
	}
	if offered > 0 && len(evs) == limit {
		a.kickSweep() // there may be more behind these
	}
}

// sweepLoop sweeps at start, every sweepInterval, and — after events
// overflowed the queue — as soon as the workers have drained it to half,
// until ctx ends. Without that last, a burst larger than the queue would be
// answered at queueSize events per sweepInterval.
func (a *Adapter) sweepLoop(ctx context.Context) {
	t := time.NewTicker(a.sweepEvery)
	defer t.Stop()
	for {
		a.sweep(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-a.sweepSoon:
			for len(a.queue) > queueSize/2 {
				select {
				case <-ctx.Done():
					return
				case <-time.After(overflowPoll):
				}
			}
		}
	}
}

// overflowPoll is how often a pending sweep checks for room in the queue.
const overflowPoll = 5 * time.Millisecond

// holderID names this process's workers in leases: host, pid and a
// random part, so two replicas (or a restart) never share a name.
func holderID() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b))
}
