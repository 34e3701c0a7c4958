// Package delivery holds the plain values that say what is delivered
// where and when: a Target (a platform and a room there), a chat
// Subscription, and a Slot of the digest ledger. It imports only the
// standard library, so the chat commands that create subscriptions, the
// scheduler that delivers them and the store that keeps them share these
// types without importing one another. It owns no behaviour beyond
// parsing and printing a target.
package delivery

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Target is where a digest goes: a platform and a channel or room there.
type Target struct {
	Platform string // "slack", "matrix"
	Room     string // Slack channel ID, Matrix room ID
}

// String renders the target as "platform:room".
func (t Target) String() string { return t.Platform + ":" + t.Room }

// ParseTarget reads "slack:C0123" or "matrix:!room:example.org" (the room
// is everything after the first colon). Slack and Matrix rooms are checked
// for the ID form; other platforms ("console") are taken as they are.
func ParseTarget(s string) (Target, error) {
	platform, room, ok := strings.Cut(strings.TrimSpace(s), ":")
	switch {
	case !ok || room == "":
		return Target{}, fmt.Errorf("target %q: want platform:room, e.g. slack:C0123 or matrix:!abc:example.org", s)
	case platform == "slack":
		if strings.ContainsAny(room, " #") || strings.ToUpper(room) != room {
			return Target{}, fmt.Errorf("target %q: a Slack target is a channel ID such as C0123ABCD, not a channel name", s)
		}
	case platform == "matrix":
		if !strings.HasPrefix(room, "!") || !strings.Contains(room, ":") {
			return Target{}, fmt.Errorf("target %q: a Matrix target is a room ID such as !abc:example.org", s)
		}
	case platform == "" || strings.ToLower(platform) != platform || strings.ContainsAny(platform, " /!#@"):
		return Target{}, fmt.Errorf("target %q: %q is not a platform name (slack, matrix)", s, platform)
	}
	return Target{Platform: platform, Room: room}, nil
}

// Subscription is a standing request, made from chat, for a digest of
// themes in one channel or room.
type Subscription struct {
	ID        int64     `json:"id"`
	Platform  string    `json:"platform"`
	Room      string    `json:"room"`
	Themes    []string  `json:"themes"`
	Countries []string  `json:"countries,omitempty"`
	Cron      string    `json:"cron"`     // cron expression, shorthands expanded
	TZ        string    `json:"timezone"` // IANA zone name
	CreatedBy string    `json:"created_by"`
	Created   time.Time `json:"created"`
	// Lang is the language the subscription was made in ("en", "es",
	// "fr"; "" = English): its digests are labelled in it.
	Lang string `json:"lang,omitempty"`
}

// Target returns where the subscription's digests go.
func (s Subscription) Target() Target { return Target{Platform: s.Platform, Room: s.Room} }

// Ledger states of a digest slot.
const (
	SlotPending     = "pending"     // claimed; being sent
	SlotSent        = "sent"        // delivered
	SlotFailed      = "failed"      // last attempt failed; retried at NextAttempt
	SlotSkipped     = "skipped"     // missed beyond the grace window, or superseded
	SlotUnconfirmed = "unconfirmed" // claimed by a process that died before recording the outcome
	SlotAbandoned   = "abandoned"   // failed for good
)

// Slot is one row of the digest ledger: one job's scheduled time for one
// target ("platform:room").
type Slot struct {
	Job           string
	Target        string
	Slot          time.Time
	State         string
	Attempts      int
	NextAttempt   time.Time
	CorpusVersion string
	Detail        string
}

// ErrFenced is what a leader-only write returns when the writer's
// fencing token is no longer the lease's current one (another replica
// leads now), or when the slot it is sending was taken over by another
// sender: the writer must stop, sending nothing more and recording
// nothing. Stores wrap it; test with errors.Is.
var ErrFenced = errors.New("fenced out: another replica holds the leader lease now")
