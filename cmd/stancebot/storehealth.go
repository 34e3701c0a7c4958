package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

// storeProbeInterval is how often serve checks that the database takes
// writes, so /readyz and the log follow a file that turns read-only (or
// back) within seconds.
const storeProbeInterval = 2 * time.Second

// writeChecker is the part of the store the watcher and /readyz use.
// *store.Store implements it.
type writeChecker interface {
	// CheckWritable tries a write that changes nothing and returns why
	// it failed, or nil.
	CheckWritable(ctx context.Context) error
	// WriteErr is the last known reason the store cannot write, or nil.
	WriteErr() error
}

// watchStore checks every interval (a fifth of it while failing, so
// recovery is quick) that the store takes writes. A store that stops
// taking writes is logged once at error level, not at every check or
// failed write; its recovery once at info level. Until then /readyz says
// 503 with the reason, and the adapters do not acknowledge events they
// cannot record.
func watchStore(ctx context.Context, st writeChecker, log *slog.Logger, interval time.Duration) {
	var failing error
	for {
		err := st.CheckWritable(ctx)
		if p, ok := st.(interface{ Ping(context.Context) error }); ok && err == nil {
			// PostgreSQL has no read-only file, but a server that went
			// away is the same outage: logged once, and its return.
			pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			if perr := p.Ping(pctx); perr != nil {
				err = fmt.Errorf("the database does not answer: %w", perr)
			}
			cancel()
		}
		if ctx.Err() != nil {
			return
		}
		switch {
		case err != nil && failing == nil:
			log.Error("the database does not take writes: not ready, and events are not acknowledged until it does; checking again until it recovers", "err", err)
		case err == nil && failing != nil:
			log.Info("the database is writable again: ready", "was", failing)
		}
		failing = err
		wait := interval
		if failing != nil {
			wait = max(interval/5, 10*time.Millisecond)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}
