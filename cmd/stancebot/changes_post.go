package main

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/changes"
	"github.com/stancebot/stancebot/commands"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/store"
)

// changeStore is what the "what changed" poster keeps in the store.
type changeStore interface {
	RecordCorpus(ctx context.Context, version string, stmts []changes.Statement, now time.Time) (previous string, changed bool, err error)
	CorpusStatements(ctx context.Context, version string) ([]changes.Statement, bool, error)
	ChangeTargets(ctx context.Context, subscribedBy time.Time) ([]delivery.Target, error)
	CorpusHistory(ctx context.Context) ([]changes.Load, error)
	ClaimChangePost(ctx context.Context, target, from, to string, now time.Time) (bool, error)
	MarkChangePost(ctx context.Context, target, from, to string, sent bool, detail string, now time.Time) error
}

// changePoster records every corpus load (at start and on each reload) and,
// when a load changed a statement, posts a short "what changed" to every
// subscribed room: once per (previous version, new version) pair and room,
// claimed in the store before sending like a digest slot. With replicas
// only the leader records and posts (Leading); the claim still keeps a
// brief overlap of two leaders from posting twice. A reload that changes
// nothing records nothing and posts nothing.
type changePoster struct {
	Store   changeStore
	Senders map[string]adapters.Sender // read when posting
	Log     *slog.Logger
	Now     func() time.Time // nil: time.Now
	// Retry is the wait before a failed post is tried again (0: 10s),
	// doubled each time, up to store.MaxChangePostAttempts attempts.
	Retry time.Duration
	// Leading, when set, says whether this replica leads; a follower
	// neither records nor posts.
	Leading func() bool
}

func (p *changePoster) leading() bool { return p.Leading == nil || p.Leading() }

func (p *changePoster) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

// Loaded records a loaded corpus and posts what changed since the
// previous recorded version. It returns the report (zero when there was
// no previous version or no change) for logs and tests.
//
// With resume (at start, and when a replica becomes the leader), a load of
// the version already recorded last finishes that version's posts: rooms
// the previous process or leader had not posted to yet (a crash, a lost
// lease) get it, failed posts are retried, posts already sent are not.
func (p *changePoster) Loaded(ctx context.Context, c *corpus.Corpus, resume bool) changes.Report {
	if !p.leading() {
		return changes.Report{}
	}
	snap := changes.Snapshot(c)
	now := p.now()
	prev, changed, err := p.Store.RecordCorpus(ctx, c.Version, snap, now)
	if err != nil {
		p.Log.Error("what changed: cannot record the corpus version", "version", c.Version, "err", err)
		return changes.Report{}
	}
	if !changed && resume {
		prev, now = p.latestPair(ctx, c.Version)
	} else if !changed {
		return changes.Report{}
	}
	if prev == "" {
		return changes.Report{}
	}
	before, ok, err := p.Store.CorpusStatements(ctx, prev)
	if err != nil || !ok {
		p.Log.Warn("what changed: the previous version's statements are not kept; no report", "previous", prev, "version", c.Version, "err", err)
		return changes.Report{}
	}
	rep := changes.Diff(prev, c.Version, before, snap, p.now())
	if rep.Empty() {
		if changed {
			p.Log.Info("what changed: no statement changed", "previous", prev, "version", c.Version)
		}
		return rep
	}
	if changed {
		added, removed, edited := rep.Counts()
		p.Log.Info("what changed", "previous", prev, "version", c.Version, "added", added, "removed", removed, "changed", edited, "countries", len(rep.Countries))
	}
	p.post(ctx, rep, now)
	return rep
}

// latestPair returns the version the latest recorded load of version
// replaced, and when that load was ("" when version is not the latest).
func (p *changePoster) latestPair(ctx context.Context, version string) (string, time.Time) {
	hist, err := p.Store.CorpusHistory(ctx)
	if err != nil {
		p.Log.Error("what changed: read the corpus history", "err", err)
		return "", time.Time{}
	}
	if len(hist) == 0 || hist[len(hist)-1].Version != version {
		return "", time.Time{}
	}
	last := hist[len(hist)-1]
	return last.Previous, last.LoadedAt
}

// post sends the report to every room subscribed by the time of the load
// that this replica claims.
func (p *changePoster) post(ctx context.Context, rep changes.Report, loadedAt time.Time) {
	targets, err := p.Store.ChangeTargets(ctx, loadedAt)
	if err != nil {
		p.Log.Error("what changed: cannot list subscribed rooms", "err", err)
		return
	}
	for _, t := range targets {
		p.postTo(ctx, t, rep, 0)
	}
}

func (p *changePoster) postTo(ctx context.Context, t delivery.Target, rep changes.Report, attempt int) {
	sender := p.Senders[t.Platform]
	if sender == nil {
		p.Log.Warn("what changed: no adapter for the subscribed room", "target", t.String())
		return
	}
	ok, err := p.Store.ClaimChangePost(ctx, t.String(), rep.From, rep.To, p.now())
	if err != nil || !ok {
		if err != nil {
			p.Log.Error("what changed: claim", "target", t.String(), "err", err)
		}
		return
	}
	err = sender.Send(ctx, t.Room, bot.ChangesReply(rep))
	detail := ""
	if err != nil {
		detail = err.Error()
	}
	if merr := p.Store.MarkChangePost(context.WithoutCancel(ctx), t.String(), rep.From, rep.To, err == nil, detail, p.now()); merr != nil {
		p.Log.Error("what changed: record the post", "target", t.String(), "err", merr)
	}
	if err == nil {
		return
	}
	wait := p.Retry
	if wait <= 0 {
		wait = 10 * time.Second
	}
	wait <<= attempt
	if !p.leading() {
		p.Log.Warn("what changed: post failed and this replica no longer leads; the leader resumes it", "target", t.String(), "err", err)
		return
	}
	p.Log.Warn("what changed: post failed; will retry", "target", t.String(), "err", err, "in", wait)
	go func() {
		select {
		case <-ctx.Done():
		case <-time.After(wait):
			p.postTo(ctx, t, rep, attempt+1) // the claim stops it after the last attempt
		}
	}()
}

// loadTarget is the reload target: the bot, and the poster told of every
// corpus swapped in, in order, by one goroutine (Run) so that a slow post
// never holds up a reload.
type loadTarget struct {
	*bot.Bot
	loads chan queuedLoad
	// loadedAt is when the corpus in use was swapped in (Unix ns; 0:
	// the corpus serve started with), for the Slack App Home.
	loadedAt atomic.Int64
}

type queuedLoad struct {
	c      *corpus.Corpus
	resume bool
}

func newLoadTarget(b *bot.Bot) *loadTarget {
	return &loadTarget{Bot: b, loads: make(chan queuedLoad, 16)}
}

// SetCorpus swaps the corpus in, then queues it for the poster.
func (t *loadTarget) SetCorpus(c *corpus.Corpus) {
	t.Bot.SetCorpus(c)
	t.loadedAt.Store(time.Now().UnixNano())
	t.loads <- queuedLoad{c: c}
}

// Resume queues the current corpus to finish its posts (see Loaded): when
// this replica becomes the leader.
func (t *loadTarget) Resume() { t.loads <- queuedLoad{c: t.Corpus(), resume: true} }

// Run hands queued loads to p until ctx ends.
func (t *loadTarget) Run(ctx context.Context, p *changePoster) {
	for {
		select {
		case <-ctx.Done():
			return
		case l := <-t.loads:
			p.Loaded(ctx, l.c, l.resume)
		}
	}
}

// startChanges records the corpus the bot starts with, then every corpus
// a reload swaps in, posting what changed; stop waits for the poster.
func startChanges(ctx context.Context, t *loadTarget, p *changePoster) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		p.Loaded(ctx, t.Corpus(), true)
		t.Run(ctx, p)
	}()
	return func() { cancel(); <-done }
}

// changeCommands returns the chat commands `subscribe changes` and
// `unsubscribe changes`, on when subscriptions are.
func changeCommands(cfg *config.Config, b *bot.Bot, st *store.Store, senders map[string]adapters.Sender, log *slog.Logger) *commands.Changes {
	sc := cfg.Subscriptions
	c := &commands.Changes{
		Policy:     commands.SubscribePolicy{Everyone: sc.Everyone(), Admins: sc.Admins},
		CanDeliver: func(p string) bool { return senders[p] != nil },
		Language:   b.LanguageOf,
		Log:        log.With("component", "subscriptions"),
	}
	if sc.On() {
		c.Store = st
	}
	return c
}
