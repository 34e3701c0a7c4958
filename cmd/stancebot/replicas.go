package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/leader"
	"github.com/stancebot/stancebot/schedule"
)

// leaderLease is the name of the lease whose holder runs the Matrix sync
// and the digest scheduler when several replicas share a PostgreSQL store.
const leaderLease = "leader"

// replicaName names this process among the replicas: host, pid and a
// random suffix, so a restarted process is a new holder (its old lease
// must expire or be released, never silently continue).
func replicaName() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "stancebot"
	}
	var b [4]byte
	rand.Read(b[:])
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// leaderStatus answers /leader: this replica's role as JSON. Without an
// elector (SQLite: one replica) the process always leads.
func leaderStatus(e *leader.Elector) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		var out struct {
			leader.Status
			Replicated bool `json:"replicated"`
		}
		if e == nil {
			out.Leader = true
		} else {
			out.Status = e.Status()
			out.Replicated = true
		}
		json.NewEncoder(w).Encode(out)
	}
}

// leaderOnly runs an adapter only while this replica leads: a new one for
// every term (an adapter's Run is called once), stopped when the term
// ends. It is how the Matrix sync runs on one replica at a time. A
// follower is ready (it has nothing to run); a leader is ready when its
// adapter is.
type leaderOnly struct {
	name  string
	el    *leader.Elector
	build func(token int64) (adapters.Adapter, error) // for the term with this fencing token
	log   *slog.Logger

	mu  sync.Mutex
	cur adapters.Adapter // the running adapter, nil between terms
}

// Name implements adapters.Adapter.
func (l *leaderOnly) Name() string { return l.name }

// Run implements adapters.Adapter.
func (l *leaderOnly) Run(ctx context.Context) error {
	l.el.Each(ctx, func(tctx context.Context, token int64) {
		a, err := l.build(token)
		if err != nil {
			l.log.Error("cannot start the leader's adapter", "adapter", l.name, "err", err)
			return
		}
		l.mu.Lock()
		l.cur = a
		l.mu.Unlock()
		l.log.Info("leading: starting", "adapter", l.name, "token", token)
		if err := a.Run(tctx); err != nil {
			l.log.Error("adapter stopped", "adapter", l.name, "err", err)
		}
		l.mu.Lock()
		l.cur = nil
		l.mu.Unlock()
	})
	return nil
}

// Ready implements adapters.Readier.
func (l *leaderOnly) Ready() bool {
	if !l.el.Status().Leader {
		return true
	}
	l.mu.Lock()
	a := l.cur
	l.mu.Unlock()
	if a == nil {
		return false
	}
	if rd, ok := a.(adapters.Readier); ok {
		return rd.Ready()
	}
	return true
}

// A leader's Matrix adapter resolves unconfirmed digests like a lone one.
var _ schedule.Confirmer = (*leaderOnly)(nil)

// errNotLeading is returned by Send on a replica that does not lead.
var errNotLeading = errors.New("this replica does not lead: only the leader sends here")

// Send implements adapters.Sender through the running adapter.
func (l *leaderOnly) Send(ctx context.Context, target string, r bot.Reply) error {
	a, err := l.running(ctx)
	if err != nil {
		return err
	}
	s, ok := a.(adapters.Sender)
	if !ok {
		return fmt.Errorf("%s: cannot send", l.name)
	}
	return s.Send(ctx, target, r)
}

// Delivered implements schedule.Confirmer through the running adapter, so
// that a new leader resolves the digests its predecessor left unconfirmed
// (looks for them in the room) instead of leaving them unsent.
func (l *leaderOnly) Delivered(ctx context.Context, room, key string, since time.Time) (bool, error) {
	a, err := l.running(ctx)
	if err != nil {
		return false, err
	}
	c, ok := a.(schedule.Confirmer)
	if !ok {
		return false, fmt.Errorf("%s: cannot look for earlier sends", l.name)
	}
	return c.Delivered(ctx, room, key, since)
}

// running returns the adapter of the current term. At the start of a term
// the scheduler may ask before the adapter is built: it waits for it
// while this replica leads (bounded by ctx).
func (l *leaderOnly) running(ctx context.Context) (adapters.Adapter, error) {
	for {
		l.mu.Lock()
		a := l.cur
		l.mu.Unlock()
		if a != nil {
			return a, nil
		}
		if !l.el.Status().Leader {
			return nil, fmt.Errorf("%s: %w", l.name, errNotLeading)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%s: the adapter did not start: %w", l.name, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
