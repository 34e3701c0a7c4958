// Package inbox defines the durable record of incoming chat events and the
// one delivery rule every adapter follows with it. It imports only the
// standard library: adapters use the interface, package store implements
// it (SQLite, and PostgreSQL for replicas), and inboxtest checks any
// implementation against the rule.
//
// The delivery rule, for every event that asks the bot something:
//
//  1. Record the event before acknowledging it to the platform. Record
//     reports whether the event is new; a redelivery (a Slack retry, a
//     Matrix event seen again) is acknowledged and otherwise ignored.
//  2. Lease the event before answering it. Only the lease holder answers;
//     a lease that runs out (its holder died) may be taken by another
//     worker, so an event is never answered by two workers at once.
//  3. Send the reply; MarkAnswered only after the platform accepted it.
//     A crash between the send and MarkAnswered leaves the event pending:
//     the platform's own idempotency (Matrix transaction IDs) or a check
//     of the room's history decides whether to send again.
//  4. On start (and on taking over from another worker), answer Pending
//     events younger than the adapter's max age, each through 2 and 3.
//
// Together: no event acknowledged to the platform is lost by a crash, and
// no event is answered twice by concurrent workers.
package inbox

import (
	"context"
	"time"
)

// Event is one recorded incoming event.
type Event struct {
	Platform string    // "slack", "matrix"
	ID       string    // the platform's event ID, unique per platform
	Received time.Time // when it was recorded
	// Payload is what the adapter needs to answer the event after a
	// restart, in a form of its own choosing (JSON, usually).
	Payload string
	// Leased, set by Pending, is whether a worker ever leased the event.
	// One never leased was never answered (answering needs the lease), so
	// it needs no look in the room for an earlier answer: it only waited
	// for a free worker.
	Leased bool
}

// Inbox is the durable inbox. Implementations are safe for concurrent use
// by several workers (goroutines, or processes sharing one database).
type Inbox interface {
	// Record stores e unless an event with the same Platform and ID is
	// already there. fresh is false for a redelivery.
	Record(ctx context.Context, e Event) (fresh bool, err error)
	// Lease gives holder the right to answer the event until until. It
	// succeeds when the event is recorded, not answered, and either
	// unleased, leased by holder already, or its lease ended before now.
	Lease(ctx context.Context, platform, id, holder string, now, until time.Time) (bool, error)
	// MarkAnswered records that the platform accepted the reply. It is
	// idempotent.
	MarkAnswered(ctx context.Context, platform, id string, at time.Time) error
	// Pending lists up to limit events of platform received at or after
	// since and not answered, oldest first (leased ones included: Lease
	// decides who may answer them).
	Pending(ctx context.Context, platform string, since time.Time, limit int) ([]Event, error)
	// Answered reports whether the event was marked answered.
	Answered(ctx context.Context, platform, id string) (bool, error)
	// Prune forgets events received before the cutoff, answered or not.
	Prune(ctx context.Context, before time.Time) error
}
