// Package leader elects one leader among stancebot replicas that share a
// database, through a lease row (store.AcquireLease): the leader renews it
// every TTL/3; when the leader dies, the lease expires by the database's
// clock and another replica takes it, with a larger fencing token.
//
// Why a lease row and not a session advisory lock: a node that dies
// silently (power, network partition) keeps its TCP session, and so its
// advisory lock, until keepalives give up — hours by default. A lease
// expires after TTL whatever happens to its holder.
//
// A leader that cannot renew stops leading at its own deadline (TTL after
// its last successful renewal began, less a margin), which comes before
// any other replica can take the lease over, so two leaders overlap only
// if a process is paused for longer than the margin. Leader-only work
// (the Matrix sync, the digest scheduler) therefore still claims every
// event and slot in the store: two leaders for a moment send nothing twice.
// It also writes through a store fenced by its term's token (Term, Each;
// store.Fenced), so the writes of a leader that has not yet noticed its
// term ended are refused by the database.
package leader

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/stancebot/stancebot/metrics"
)

// Leases is the lease storage; *store.Store implements it.
type Leases interface {
	AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (token int64, ok bool, err error)
	ReleaseLease(ctx context.Context, name, holder string) error
}

// DefaultTTL is the lease's time to live: a dead leader is replaced within
// TTL plus one renewal interval (TTL/3), under 15 s.
const DefaultTTL = 10 * time.Second

// Elector campaigns for the lease Name on behalf of Holder. Set the
// exported fields, then call Run.
type Elector struct {
	Leases Leases
	Name   string        // the lease's name, e.g. "leader"
	Holder string        // this replica's unique name (host, pid, random)
	TTL    time.Duration // default DefaultTTL
	Log    *slog.Logger

	mu      sync.Mutex
	term    *term
	changed chan struct{} // closed and replaced whenever term changes
	status  Status
}

type term struct {
	ctx    context.Context
	cancel context.CancelFunc
	token  int64
}

// Status is what /leader shows.
type Status struct {
	Holder  string    `json:"holder"`               // this replica
	Leader  bool      `json:"leader"`               // whether it leads now
	Token   int64     `json:"token,omitempty"`      // fencing token of its current term
	Since   time.Time `json:"since,omitzero"`       // start of its current term
	Changes int       `json:"changes"`              // terms started and ended by this replica
	LastErr string    `json:"last_error,omitempty"` // the last failed renewal, if any
}

// Status returns the replica's current role.
func (e *Elector) Status() Status {
	e.mu.Lock()
	defer e.mu.Unlock()
	s := e.status
	s.Holder = e.Holder
	return s
}

func (e *Elector) ttl() time.Duration {
	if e.TTL > 0 {
		return e.TTL
	}
	return DefaultTTL
}

func (e *Elector) log() *slog.Logger {
	if e.Log != nil {
		return e.Log
	}
	return slog.Default()
}

func (e *Elector) init() {
	e.mu.Lock()
	if e.changed == nil {
		e.changed = make(chan struct{})
	}
	e.mu.Unlock()
}

// Run campaigns until ctx ends, then ends the current term and releases
// the lease so another replica takes over at once.
func (e *Elector) Run(ctx context.Context) error {
	if e.Leases == nil || e.Name == "" || e.Holder == "" {
		return fmt.Errorf("leader: Leases, Name and Holder are required")
	}
	e.init()
	ttl := e.ttl()
	every := ttl / 3
	margin := ttl / 5
	metrics.SetLeader(false)

	tick := time.NewTicker(every)
	defer tick.Stop()
	// The step-down timer runs on its own goroutine, so a renewal hung on
	// a half-dead connection cannot keep this replica leading past its
	// deadline.
	stepDown := time.AfterFunc(time.Hour, func() { e.endTerm("could not renew the lease in time") })
	stepDown.Stop()
	defer stepDown.Stop()
	for {
		start := time.Now()
		actx, cancel := context.WithTimeout(ctx, every)
		token, ok, err := e.Leases.AcquireLease(actx, e.Name, e.Holder, ttl)
		cancel()
		switch {
		case ctx.Err() != nil:
		case err != nil:
			e.setErr(err)
			e.log().Warn("lease renewal failed", "lease", e.Name, "err", err)
		case ok:
			e.setErr(nil)
			if cur := e.current(); cur == nil || cur.token != token {
				e.endTerm("lease changed hands")
				e.startTerm(ctx, token)
			}
			// The database set the expiry to its now+TTL, which is no
			// earlier than start+TTL on our clock; stop a margin before.
			stepDown.Reset(time.Until(start.Add(ttl - margin)))
		default:
			e.setErr(nil)
			e.endTerm("another replica holds the lease")
		}
		select {
		case <-ctx.Done():
			stepDown.Stop()
			e.endTerm("shutting down")
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
			if err := e.Leases.ReleaseLease(rctx, e.Name, e.Holder); err != nil {
				e.log().Warn("releasing the lease", "lease", e.Name, "err", err)
			}
			cancel()
			return nil
		case <-tick.C:
		}
	}
}

func (e *Elector) current() *term {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.term
}

func (e *Elector) setErr(err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if err == nil {
		e.status.LastErr = ""
	} else {
		e.status.LastErr = err.Error()
	}
}

func (e *Elector) startTerm(ctx context.Context, token int64) {
	tctx, cancel := context.WithCancel(ctx)
	e.mu.Lock()
	e.term = &term{ctx: tctx, cancel: cancel, token: token}
	e.status.Leader, e.status.Token, e.status.Since = true, token, time.Now().UTC()
	e.status.Changes++
	close(e.changed)
	e.changed = make(chan struct{})
	e.mu.Unlock()
	metrics.SetLeader(true)
	metrics.LeaderChange("acquired")
	e.log().Info("leading", "lease", e.Name, "holder", e.Holder, "token", token)
}

func (e *Elector) endTerm(why string) {
	e.mu.Lock()
	t := e.term
	if t == nil {
		e.mu.Unlock()
		return
	}
	t.cancel() // leader-only work stops sending at once
	e.term = nil
	e.status.Leader, e.status.Token, e.status.Since = false, 0, time.Time{}
	e.status.Changes++
	close(e.changed)
	e.changed = make(chan struct{})
	e.mu.Unlock()
	metrics.SetLeader(false)
	metrics.LeaderChange("lost")
	e.log().Warn("no longer leading", "lease", e.Name, "holder", e.Holder, "token", t.token, "why", why)
}

// Term waits until this replica leads (or ctx ends: ok false) and returns
// a context that is cancelled when the term ends, and the term's fencing
// token.
func (e *Elector) Term(ctx context.Context) (termCtx context.Context, token int64, ok bool) {
	e.init()
	for {
		e.mu.Lock()
		t, ch := e.term, e.changed
		e.mu.Unlock()
		if t != nil && t.ctx.Err() == nil {
			return t.ctx, t.token, true
		}
		select {
		case <-ctx.Done():
			return nil, 0, false
		case <-ch:
		}
	}
}

// Each runs f for every term this replica leads until ctx ends: f gets a
// context cancelled when the term ends and must return soon after.
func (e *Elector) Each(ctx context.Context, f func(ctx context.Context, token int64)) {
	for {
		tctx, token, ok := e.Term(ctx)
		if !ok {
			return
		}
		f(tctx, token)
		<-tctx.Done() // f returned early: wait for the term to end before the next
	}
}
