// Package schedule sends digests on their cron schedules, exactly once per
// (digest, target, slot), through each platform's adapters.Sender.
//
// # How exactly-once is guaranteed
//
// Every slot a (job, target) owes is a row of the store's digest ledger
// keyed by (job, target, slot time in UTC). The scheduler claims a slot by
// inserting its row in state "pending" (INSERT OR IGNORE, atomic in
// SQLite) BEFORE calling Sender.Send, and only the process whose insert
// created the row sends. After Send returns it records the outcome: "sent"
// (with the corpus version and that version's statement keys, in one
// transaction) or "failed" with a retry time. A failed slot is retried by
// atomically moving it failed→pending again (UPDATE … WHERE state='failed'),
// so a retry too is sent by one worker only. Slots are found from the
// ledger, not from memory: after a restart, the slots owed are those after
// the latest ledger row (or after the job was first seen), so a restart
// never re-sends a slot that has a row.
//
// A crash between the claim and the outcome leaves the row "pending". At
// start (Recover) such rows are turned "unconfirmed": the message may or
// may not have reached the platform. Every send carries the slot's key
// (adapters.WithSendKey, SlotKey). For a platform whose Sender is a
// Confirmer (Slack: the key is in each message's metadata and read back
// from the channel history; Matrix: the key is in the message content and
// the bot's own messages are read back), each pass resolves the unconfirmed slots
// still within the grace window: it claims the row back (unconfirmed →
// pending, atomic, so one worker resolves it), asks the Confirmer whether
// every message of the slot is in the room, and records "sent" if so;
// otherwise it sends the slot again, and the Sender looks for each message
// before posting it, so a digest cut short mid-way is completed, not
// repeated. If the room cannot be read the slot is retried like a failed
// send, and retries (attempt > 1) look first too. So on Slack and Matrix a digest is
// exactly-once across crashes, as far as the history the lookup reads
// (Slack: up to 2,000 messages since the slot, paged). For other platforms an
// unconfirmed slot is not sent again (at-most-once across a crash inside
// the send window), and a "failed" send that in fact reached the platform
// is retried and can duplicate.
//
// An unconfirmed slot whose grace window is over (the bot came back too
// late) is never sent: a digest hours late is not what a subscriber wants.
// It is settled once instead of staying unconfirmed for good: looked for
// in the room where the platform can be read back and recorded "sent" if
// found, otherwise "abandoned" with a log line and
// stancebot_digests_abandoned_total{reason} (not_delivered, lookup_failed,
// cannot_check).
//
// # Leaders and fencing
//
// With replicas on PostgreSQL the scheduler runs on the leader only, with a
// ledger fenced by the leader's lease token (store.Fenced): once another
// replica leads, every claim and outcome this one writes is refused with
// delivery.ErrFenced, and before each message of a send the Sender asks
// the ledger (SlotHolder, through adapters.WithSendGuard) whether the slot
// is still pending and the token current. On a refusal the send stops
// there, nothing is recorded, and Run returns: the new leader resolves
// the slot as above.
//
// # Where it breaks with two replicas without a shared store
//
// Two replicas with separate database files each own a ledger and both
// send every slot. Two replicas sharing one SQLite file on one host stay
// exactly-once for claims (the INSERT is atomic), but a replica that starts
// while the other is mid-send marks that slot "unconfirmed", and the sender
// stops before its next message (the starting replica resolves the slot on
// Slack and Matrix); SQLite over a network filesystem has unreliable
// locking and can grant both claims. Running more than one replica needs
// the PostgreSQL store and its leader lease.
package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/internal/retry"
	"github.com/stancebot/stancebot/metrics"
	"github.com/stancebot/stancebot/schedule/spec"
)

// Clock is the scheduler's time source; tests inject a fake one.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// Job is one schedule: a config digest or a chat subscription.
type Job struct {
	ID        string // ledger key: "digest:<name>" or "sub:<id>"
	Name      string // shown in the digest
	Spec      *spec.Spec
	Themes    []string
	Countries []string
	Targets   []delivery.Target
	// Since is when the job started owing digests; zero means when the
	// scheduler first saw it. Slots before it are never sent.
	Since time.Time
	// Grace overrides Scheduler.Grace for this job when positive.
	Grace time.Duration
	// Lang labels the digest ("" = English): a subscription's language.
	Lang string
}

// Builder builds a digest; *bot.Bot implements it.
type Builder interface {
	Digest(name string, themes, countries []string, previous map[string]bool, now time.Time) (bot.Digest, *corpus.Corpus, error)
}

// Ledger is the durable record of slots; *store.Store implements it.
type Ledger interface {
	DigestSince(ctx context.Context, job, target string, first time.Time) (time.Time, error)
	LastSlot(ctx context.Context, job, target string) (time.Time, bool, error)
	ClaimSlot(ctx context.Context, job, target string, slot, now time.Time) (bool, error)
	SkipSlot(ctx context.Context, job, target string, slot time.Time, reason string, now time.Time) error
	MarkSent(ctx context.Context, job, target string, slot time.Time, version string, keys []string, now time.Time) error
	MarkFailed(ctx context.Context, job, target string, slot time.Time, detail string, retryAt time.Time, final bool, now time.Time) error
	DueRetries(ctx context.Context, now time.Time) ([]delivery.Slot, error)
	NextRetry(ctx context.Context) (time.Time, bool, error)
	ReclaimRetry(ctx context.Context, job, target string, slot, now time.Time) (bool, error)
	MarkUnconfirmed(ctx context.Context, now time.Time) ([]delivery.Slot, error)
	SeenKeysFor(ctx context.Context, job, target string) (map[string]bool, bool, error)
}

// Confirmer is implemented by a Sender that can tell whether a send it made
// under a key (adapters.WithSendKey) reached the room in full, since a
// time: *slack.Adapter reads its message metadata back from the channel
// history, *matrix.Adapter its own messages' content.
type Confirmer interface {
	Delivered(ctx context.Context, room, key string, since time.Time) (bool, error)
}

// Resolver is the part of a ledger that lets unconfirmed slots be
// resolved; *store.Store implements it. A Ledger without it leaves them
// unconfirmed.
type Resolver interface {
	UnconfirmedSlots(ctx context.Context, since time.Time) ([]delivery.Slot, error)
	ClaimUnconfirmed(ctx context.Context, job, target string, slot, now time.Time) (bool, error)
}

// SlotHolder is implemented by a ledger that can tell a sender, before
// each message of a slot, whether the slot is still its own:
// *store.Store, whose fenced view (store.Fenced) also checks that the
// leader lease is still the sender's. An error wrapping delivery.ErrFenced
// stops the send (adapters.WithSendGuard) and the scheduler.
type SlotHolder interface {
	HoldSlot(ctx context.Context, job, target string, slot, now time.Time) error
}

// SlotKey is the key a slot's messages are sent under: the same for every
// attempt of (job, target, slot), so an attempt finds an earlier one's
// messages.
func SlotKey(job, target string, slot time.Time) string {
	return fmt.Sprintf("digest/%s/%s/%d", job, target, slot.Unix())
}

// SubscriptionLister lists chat subscriptions; *store.Store implements it.
type SubscriptionLister interface {
	AllSubscriptions(ctx context.Context) ([]delivery.Subscription, error)
}

// Scheduler sends due digests. Set the exported fields, then call Run (or
// Recover once and Tick, as tests do).
type Scheduler struct {
	Builder Builder
	Ledger  Ledger
	// Senders delivers per platform ("slack", "matrix").
	Senders map[string]adapters.Sender
	// Jobs are the config digests.
	Jobs []Job
	// Subs, if set, adds every chat subscription as a job.
	Subs  SubscriptionLister
	Clock Clock // nil: the real clock
	// Grace is how late a missed slot may still be sent (0: 1 hour).
	Grace time.Duration
	// MaxAttempts bounds sends of one slot to one target (0: 6).
	MaxAttempts int
	// Backoff gives the wait after the n-th failed attempt (nil: 1m·2^(n-1), at most 1h).
	Backoff func(attempt int) time.Duration
	// SendTimeout bounds one Send (0: 30s).
	SendTimeout time.Duration
	// Poll bounds the sleep between passes, so new subscriptions are seen (0: 1 minute).
	Poll time.Duration
	// Concurrency bounds parallel sends (0: 8).
	Concurrency int
	Log         *slog.Logger

	wakeOnce sync.Once
	wake     chan struct{}
}

// maxBackfill bounds how far back missed slots are looked for.
const maxBackfill = 40 * 24 * time.Hour

func (s *Scheduler) clock() Clock {
	if s.Clock == nil {
		return realClock{}
	}
	return s.Clock
}

func (s *Scheduler) log() *slog.Logger {
	if s.Log == nil {
		return slog.Default()
	}
	return s.Log
}

func (s *Scheduler) grace() time.Duration {
	if s.Grace > 0 {
		return s.Grace
	}
	return time.Hour
}

func (s *Scheduler) maxAttempts() int {
	if s.MaxAttempts > 0 {
		return s.MaxAttempts
	}
	return 6
}

func (s *Scheduler) backoff(n int) time.Duration {
	if s.Backoff != nil {
		return s.Backoff(n)
	}
	// Unjittered: the next attempt is recorded in the ledger.
	return retry.Backoff{Min: time.Minute, Max: time.Hour}.Base(n)
}

func (s *Scheduler) wakeCh() chan struct{} {
	s.wakeOnce.Do(func() { s.wake = make(chan struct{}, 1) })
	return s.wake
}

// Wake makes a running scheduler look at its jobs now (e.g. after a
// subscription was added). It never blocks.
func (s *Scheduler) Wake() {
	select {
	case s.wakeCh() <- struct{}{}:
	default:
	}
}

// Recover must run once at start, before the first Tick: slots left
// pending by a previous process are marked unconfirmed and not re-sent.
func (s *Scheduler) Recover(ctx context.Context) error {
	un, err := s.Ledger.MarkUnconfirmed(ctx, s.clock().Now())
	if err != nil {
		return fmt.Errorf("recover digest ledger: %w", err)
	}
	for _, sl := range un {
		t, _ := delivery.ParseTarget(sl.Target)
		if _, ok := s.confirmer(t.Platform); ok {
			s.log().Warn("digest slot was being sent when the bot stopped; it will be looked for in the room and sent only if absent",
				"job", sl.Job, "target", sl.Target, "slot", sl.Slot)
			continue
		}
		s.log().Warn("digest slot was being sent when the bot stopped; not resending to avoid a duplicate",
			"job", sl.Job, "target", sl.Target, "slot", sl.Slot)
	}
	return nil
}

// Run recovers the ledger, then sends due digests until ctx is cancelled.
// A ledger that cannot be recovered (the database is read-only, say) is
// retried, with backoff up to recoverRetryMax, rather than stopping
// digests for good; nothing is sent until it succeeds.
func (s *Scheduler) Run(ctx context.Context) error {
	for wait := time.Second; ; wait = min(2*wait, recoverRetryMax) {
		err := s.Recover(ctx)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, delivery.ErrFenced) {
			s.log().Warn("digests stop: this replica no longer leads", "err", err)
			return nil
		}
		if wait == time.Second { // once per outage; the store's own watcher says more
			s.log().Error("digests wait for the ledger", "err", err)
		} else {
			s.log().Debug("digests still wait for the ledger", "err", err, "retry_in", wait)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-s.clock().After(wait):
		}
	}
	poll := s.Poll
	if poll <= 0 {
		poll = time.Minute
	}
	for {
		now := s.clock().Now()
		jobs, err := s.Tick(ctx, now)
		if errors.Is(err, delivery.ErrFenced) {
			// Another replica leads now (or took a slot over): it sends
			// from here; this one must not send or record anything more.
			s.log().Warn("digests stop: this replica no longer leads", "err", err)
			return nil
		}
		if err != nil {
			s.log().Error("digest pass", "err", err)
		}
		wait := poll
		for _, j := range jobs {
			if next := j.Spec.Next(now); !next.IsZero() && next.Sub(now) < wait {
				wait = next.Sub(now)
			}
		}
		if at, ok, err := s.Ledger.NextRetry(ctx); err == nil && ok && at.Sub(now) < wait {
			wait = at.Sub(now)
		}
		wait = max(wait, time.Second)
		select {
		case <-ctx.Done():
			return nil
		case <-s.clock().After(wait):
		case <-s.wakeCh():
		}
	}
}

// recoverRetryMax bounds the wait between attempts to recover the ledger.
const recoverRetryMax = time.Minute

// jobs returns the config jobs plus one job per valid subscription.
func (s *Scheduler) jobs(ctx context.Context) ([]Job, error) {
	jobs := append([]Job(nil), s.Jobs...)
	if s.Subs == nil {
		return jobs, nil
	}
	subs, err := s.Subs.AllSubscriptions(ctx)
	if err != nil {
		return jobs, fmt.Errorf("list subscriptions: %w", err)
	}
	for _, sub := range subs {
		sp, err := spec.Parse(sub.Cron, sub.TZ)
		if err != nil {
			s.log().Error("subscription has an invalid schedule; skipped", "id", sub.ID, "err", err)
			continue
		}
		jobs = append(jobs, SubscriptionJob(sub, sp))
	}
	return jobs, nil
}

// SubscriptionJob turns a chat subscription into a job.
func SubscriptionJob(sub delivery.Subscription, sp *spec.Spec) Job {
	return Job{
		ID:        fmt.Sprintf("sub:%d", sub.ID),
		Name:      fmt.Sprintf("subscription #%d", sub.ID),
		Spec:      sp,
		Themes:    sub.Themes,
		Countries: sub.Countries,
		Targets:   []delivery.Target{{Platform: sub.Platform, Room: sub.Room}},
		Since:     sub.Created,
		Lang:      sub.Lang,
	}
}

// work is one send to do: a fresh slot or a retry.
type work struct {
	job     Job
	target  delivery.Target
	slot    time.Time
	attempt int
	// resend: the slot may have been (partly) sent before, by a process
	// that died: the Sender looks for each message before posting it.
	resend bool
}

// confirmer returns the platform's Sender as a Confirmer, if it is one.
func (s *Scheduler) confirmer(platform string) (Confirmer, bool) {
	c, ok := s.Senders[platform].(Confirmer)
	return c, ok
}

// Tick sends every slot due at now, and due retries, then returns the
// jobs it considered. Targets are sent concurrently; one failing or slow
// target does not hold up the others beyond the send timeout.
func (s *Scheduler) Tick(ctx context.Context, now time.Time) ([]Job, error) {
	now = now.UTC()
	jobs, jobsErr := s.jobs(ctx)
	byID := map[string]Job{}
	var todo []work
	var errs []error
	if jobsErr != nil {
		errs = append(errs, jobsErr)
	}
	for _, j := range jobs {
		byID[j.ID] = j
		for _, t := range j.Targets {
			w, ok, err := s.due(ctx, j, t, now)
			if errors.Is(err, delivery.ErrFenced) {
				errs = append(errs, err)
				break
			}
			if err != nil {
				// The ledger failed (a damaged or read-only database): the
				// slot may go unsent, so it counts as a failed digest.
				metrics.DigestFailure(t.Platform)
				errs = append(errs, err)
				continue
			}
			if ok {
				todo = append(todo, w)
			}
		}
	}
	retries, err := s.Ledger.DueRetries(ctx, now)
	if err != nil {
		errs = append(errs, err)
	}
	for _, r := range retries {
		ok, err := s.Ledger.ReclaimRetry(ctx, r.Job, r.Target, r.Slot, now)
		if err != nil || !ok {
			if err != nil {
				errs = append(errs, err)
			}
			continue
		}
		j, known := byID[r.Job]
		t, terr := delivery.ParseTarget(r.Target)
		if !known || terr != nil || !hasTarget(j, t) {
			s.log().Info("dropping retry of a digest that no longer exists", "job", r.Job, "target", r.Target, "slot", r.Slot)
			if err := s.Ledger.MarkFailed(ctx, r.Job, r.Target, r.Slot, "job or target removed", now, true, now); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		todo = append(todo, work{job: j, target: t, slot: r.Slot, attempt: r.Attempts + 1})
	}
	resends, err := s.resolve(ctx, byID, now)
	if err != nil {
		errs = append(errs, err)
	}
	todo = append(todo, resends...)
	if err := errors.Join(errs...); errors.Is(err, delivery.ErrFenced) {
		return jobs, err // fenced out: send nothing, not even what was claimed before
	}
	if err := s.sendAll(ctx, todo, now); err != nil {
		errs = append(errs, err)
	}
	return jobs, errors.Join(errs...)
}

// resolve settles the unconfirmed slots within their grace window whose
// platform's Sender is a Confirmer: each is claimed back, marked sent when
// all its messages are found in the room, and otherwise returned to be
// sent again (looking first for each message). A room that cannot be read
// makes the slot a failed attempt, retried later.
func (s *Scheduler) resolve(ctx context.Context, byID map[string]Job, now time.Time) ([]work, error) {
	res, ok := s.Ledger.(Resolver)
	if !ok {
		return nil, nil
	}
	un, err := res.UnconfirmedSlots(ctx, now.Add(-maxBackfill))
	if err != nil {
		return nil, err
	}
	var errs []error
	var todo []work
	for _, sl := range un {
		j, known := byID[sl.Job]
		t, terr := delivery.ParseTarget(sl.Target)
		if !known || terr != nil || !hasTarget(j, t) {
			continue
		}
		c, ok := s.confirmer(t.Platform)
		grace := s.grace()
		if j.Grace > 0 {
			grace = j.Grace
		}
		if now.Sub(sl.Slot) > grace {
			if err := s.settleLate(ctx, res, c, j, t, sl, now, grace); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		if !ok {
			continue // within grace: left for settleLate once grace is over
		}
		claimed, err := res.ClaimUnconfirmed(ctx, sl.Job, sl.Target, sl.Slot, now)
		if err != nil || !claimed {
			if err != nil {
				errs = append(errs, err)
			}
			continue
		}
		w := work{job: j, target: t, slot: sl.Slot, attempt: sl.Attempts + 1, resend: true}
		log := s.log().With("job", sl.Job, "target", sl.Target, "slot", sl.Slot)
		lctx, cancel := context.WithTimeout(ctx, s.sendTimeout())
		found, err := c.Delivered(lctx, t.Room, SlotKey(sl.Job, sl.Target, sl.Slot), sl.Slot)
		cancel()
		switch {
		case err != nil:
			metrics.DigestFailure(t.Platform)
			retryAt := now.Add(s.backoff(sl.Attempts))
			log.Warn("cannot tell whether an unconfirmed digest was delivered; will retry", "err", err, "retry_at", retryAt)
			if err := s.Ledger.MarkFailed(ctx, sl.Job, sl.Target, sl.Slot, "unconfirmed; lookup failed: "+err.Error(), retryAt, false, now); err != nil {
				errs = append(errs, err)
			}
		case found:
			if err := s.markFound(ctx, j, sl, now); err != nil {
				errs = append(errs, err)
				continue
			}
			log.Info("unconfirmed digest slot was delivered; recorded as sent")
		default:
			log.Info("unconfirmed digest slot was not (fully) delivered; sending it")
			todo = append(todo, w)
		}
	}
	return todo, errors.Join(errs...)
}

// markFound records an unconfirmed slot found delivered as sent. The
// version recorded is the corpus in use now: the one the dead process
// built from is not known. It only decides what the next digest marks as
// new.
func (s *Scheduler) markFound(ctx context.Context, j Job, sl delivery.Slot, now time.Time) error {
	_, cp, err := s.Builder.Digest(j.Name, j.Themes, j.Countries, nil, now)
	if err != nil {
		return fmt.Errorf("resolve %s %s: %w", sl.Job, sl.Target, err)
	}
	keys := make([]string, 0, cp.Len())
	for i := range cp.Len() {
		keys = append(keys, cp.Key(i)) // no text decoded, no source list built
	}
	return s.Ledger.MarkSent(ctx, sl.Job, sl.Target, sl.Slot, cp.Version, keys, now)
}

// settleLate settles an unconfirmed slot whose grace window is over, so no
// slot stays unconfirmed for good. It is never sent any more: a digest
// hours late is not what a subscriber wants, and the ledger must not
// offer it to a retry. Where the room can be read back (c is not nil) it
// is looked for once: found, it is recorded as sent (so the next digest's
// "new" marks are right); not found, or the room unreadable, it is
// abandoned. On a platform that cannot be read back it is abandoned. Each
// abandonment is logged with its reason and counted in
// stancebot_digests_abandoned_total.
func (s *Scheduler) settleLate(ctx context.Context, res Resolver, c Confirmer, j Job, t delivery.Target, sl delivery.Slot, now time.Time, grace time.Duration) error {
	claimed, err := res.ClaimUnconfirmed(ctx, sl.Job, sl.Target, sl.Slot, now)
	if err != nil || !claimed {
		return err
	}
	log := s.log().With("job", sl.Job, "target", sl.Target, "slot", sl.Slot, "late", now.Sub(sl.Slot).Round(time.Second).String(), "grace", grace.String())
	abandon := func(reason, detail string, lerr error) error {
		metrics.DigestAbandoned(t.Platform, reason)
		log.Warn("unconfirmed digest slot is past its grace window and was not found delivered; abandoned, not sent",
			"reason", reason, "err", lerr)
		return s.Ledger.MarkFailed(ctx, sl.Job, sl.Target, sl.Slot, detail, now, true, now)
	}
	if c == nil {
		return abandon("cannot_check", "unconfirmed past the grace window; this platform cannot be read back", nil)
	}
	lctx, cancel := context.WithTimeout(ctx, s.sendTimeout())
	found, err := c.Delivered(lctx, t.Room, SlotKey(sl.Job, sl.Target, sl.Slot), sl.Slot)
	cancel()
	switch {
	case err != nil:
		return abandon("lookup_failed", "unconfirmed past the grace window; lookup failed: "+err.Error(), err)
	case !found:
		return abandon("not_delivered", "unconfirmed past the grace window; not (fully) in the room, too late to send", nil)
	}
	if err := s.markFound(ctx, j, sl, now); err != nil {
		return err
	}
	log.Info("unconfirmed digest slot past its grace window was found delivered; recorded as sent")
	return nil
}

func (s *Scheduler) sendTimeout() time.Duration {
	if s.SendTimeout > 0 {
		return s.SendTimeout
	}
	return 30 * time.Second
}

func hasTarget(j Job, t delivery.Target) bool {
	for _, jt := range j.Targets {
		if jt == t {
			return true
		}
	}
	return false
}

// due finds the slot of (job, target) to send at now, claiming it; slots
// missed beyond the grace window are recorded as skipped.
func (s *Scheduler) due(ctx context.Context, j Job, t delivery.Target, now time.Time) (work, bool, error) {
	target := t.String()
	first := j.Since
	if first.IsZero() || first.After(now) {
		first = now
	}
	from, err := s.Ledger.DigestSince(ctx, j.ID, target, first)
	if err != nil {
		return work{}, false, err
	}
	last, ok, err := s.Ledger.LastSlot(ctx, j.ID, target)
	if err != nil {
		return work{}, false, err
	}
	if ok && last.After(from) {
		from = last
	}
	if lo := now.Add(-maxBackfill); from.Before(lo) {
		from = lo
	}
	var latest time.Time
	missed := 0
	for at := j.Spec.Next(from); !at.IsZero() && !at.After(now); at = j.Spec.Next(at) {
		if !latest.IsZero() {
			missed++
		}
		latest = at
	}
	if latest.IsZero() {
		return work{}, false, nil
	}
	log := s.log().With("job", j.ID, "target", target, "slot", latest)
	if missed > 0 {
		log.Warn("digest slots missed while the bot was down; only the latest is considered", "missed", missed)
	}
	grace := s.grace()
	if j.Grace > 0 {
		grace = j.Grace
	}
	if late := now.Sub(latest); late > grace {
		log.Warn("digest slot missed beyond the grace window; skipped", "late", late.String(), "grace", grace.String())
		return work{}, false, s.Ledger.SkipSlot(ctx, j.ID, target, latest, fmt.Sprintf("missed by %s (grace %s)", late, grace), now)
	}
	claimed, err := s.Ledger.ClaimSlot(ctx, j.ID, target, latest, now)
	if err != nil || !claimed {
		return work{}, false, err
	}
	if late := now.Sub(latest); late > time.Minute {
		log.Info("sending a digest slot missed while the bot was down", "late", late.String())
	}
	return work{job: j, target: t, slot: latest, attempt: 1}, true, nil
}

// sendAll sends the work, a few at a time. Once a send is fenced out
// (delivery.ErrFenced), it starts no more and returns that error.
func (s *Scheduler) sendAll(ctx context.Context, todo []work, now time.Time) error {
	sort.SliceStable(todo, func(a, b int) bool { return todo[a].slot.Before(todo[b].slot) })
	n := s.Concurrency
	if n <= 0 {
		n = 8
	}
	sem := make(chan struct{}, n)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var fenced error
	for _, w := range todo {
		sem <- struct{}{}
		mu.Lock()
		stop := fenced != nil
		mu.Unlock()
		if stop {
			<-sem
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if err := s.send(ctx, w, now); err != nil {
				mu.Lock()
				fenced = err
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return fenced
}

// send delivers one claimed slot and records the outcome. It returns an
// error only when it was fenced out (delivery.ErrFenced): the slot is no
// longer this sender's, and nothing more must be sent.
func (s *Scheduler) send(ctx context.Context, w work, now time.Time) error {
	target := w.target.String()
	log := s.log().With("job", w.job.ID, "target", target, "slot", w.slot, "attempt", w.attempt)
	// The outcome is recorded even if ctx is cancelled mid-send (shutdown).
	rec := context.WithoutCancel(ctx)
	fail := func(err error, final bool) {
		metrics.DigestFailure(w.target.Platform)
		final = final || w.attempt >= s.maxAttempts()
		retryAt := now.Add(s.backoff(w.attempt))
		if final {
			log.Error("digest delivery failed; giving up on this slot", "err", err)
		} else {
			log.Warn("digest delivery failed; will retry", "err", err, "retry_at", retryAt)
		}
		if err := s.Ledger.MarkFailed(rec, w.job.ID, target, w.slot, err.Error(), retryAt, final, now); errors.Is(err, delivery.ErrFenced) {
			log.Warn("digest failure not recorded: this replica no longer leads; the new leader resolves the slot", "err", err)
		} else if err != nil {
			log.Error("record digest failure", "err", err)
		}
	}
	sender := s.Senders[w.target.Platform]
	if sender == nil {
		fail(fmt.Errorf("no sender for platform %q", w.target.Platform), true)
		return nil
	}
	previous, ok, err := s.Ledger.SeenKeysFor(ctx, w.job.ID, target)
	if err != nil {
		fail(fmt.Errorf("read previous digest: %w", err), false)
		return nil
	}
	if !ok {
		previous = nil
	}
	d, c, err := s.Builder.Digest(w.job.Name, w.job.Themes, w.job.Countries, previous, now)
	if err != nil {
		fail(fmt.Errorf("build digest: %w", err), true)
		return nil
	}
	sctx, cancel := context.WithTimeout(ctx, s.sendTimeout())
	// The slot's key goes with every attempt; a retry or a resend looks
	// for it first (Senders that can look: Slack).
	var since time.Time
	if w.resend || w.attempt > 1 {
		since = w.slot
	}
	sctx = adapters.WithSendKey(sctx, SlotKey(w.job.ID, target, w.slot), since)
	if h, ok := s.Ledger.(SlotHolder); ok {
		// Before each message: is the slot still ours (and, for a
		// leader, its lease)? If not, stop mid-digest.
		sctx = adapters.WithSendGuard(sctx, func(ctx context.Context) error {
			return h.HoldSlot(ctx, w.job.ID, target, w.slot, now)
		})
	}
	r := bot.DigestReplyIn("", w.job.Lang, d)
	err = sender.Send(sctx, w.target.Room, r)
	cancel()
	if errors.Is(err, delivery.ErrFenced) {
		log.Warn("digest send stopped: the slot is no longer this sender's (leader lease lost, or taken over)", "err", err)
		return err
	}
	if err != nil {
		fail(fmt.Errorf("send: %w", err), false)
		return nil
	}
	metrics.DigestSent(w.target.Platform)
	keys := make([]string, 0, c.Len())
	for i := range c.Len() {
		keys = append(keys, c.Key(i)) // no text decoded, no source list built
	}
	if err := s.Ledger.MarkSent(rec, w.job.ID, target, w.slot, c.Version, keys, now); err != nil {
		// Delivered but not recorded: the row stays pending and is marked
		// unconfirmed at the next start (or by the next leader), which
		// finds the messages in the room and does not send them twice.
		if errors.Is(err, delivery.ErrFenced) {
			log.Warn("digest sent, but this replica no longer leads: the new leader records it", "err", err)
			return err
		}
		metrics.DigestFailure(w.target.Platform)
		log.Error("digest sent but not recorded", "err", err)
		return nil
	}
	log.Info("digest sent", "corpus_version", c.Version)
	return nil
}
