// Package feedback defines a user's vote on a reply (👍 / 👎 and, for 👎,
// what was wrong) and the Store that keeps votes for curators. It imports
// only the standard library: chat adapters record votes, package store
// implements the Store in SQLite and PostgreSQL, and `stancebot feedback`
// exports them.
package feedback

import (
	"context"
	"time"
)

// Votes a user can give.
const (
	Up   = "up"
	Down = "down"
)

// Reasons a 👎 can give ("what was wrong?").
var Reasons = []string{"wrong_country", "wrong_topic", "missing_statement", "other"}

// ValidReason reports whether r is one of Reasons.
func ValidReason(r string) bool {
	for _, x := range Reasons {
		if x == r {
			return true
		}
	}
	return false
}

// Vote is one user's judgement of one reply.
type Vote struct {
	Question string    `json:"question"`       // the question the reply answered
	Intent   string    `json:"intent"`         // the reply's intent
	Keys     []string  `json:"statement_keys"` // statement keys the reply showed, in order
	Vote     string    `json:"vote"`           // Up or Down
	Reason   string    `json:"reason,omitempty"`
	Platform string    `json:"platform"`
	Room     string    `json:"room"`
	Thread   string    `json:"thread,omitempty"`
	User     string    `json:"user"` // the platform's user ID
	At       time.Time `json:"time"`
}

// Store keeps votes. List returns those at or after since, oldest first.
type Store interface {
	Record(ctx context.Context, v Vote) error
	List(ctx context.Context, since time.Time) ([]Vote, error)
}
