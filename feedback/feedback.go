// Package feedback defines a user's vote on a reply (👍 / 👎 and, for 👎,
// what was wrong) and the Store that keeps votes for curators. It imports
// only the standard library: chat adapters record votes, package store
// implements the Store in SQLite and PostgreSQL, and `stancebot feedback`
// exports them.
package feedback

import (
	"context"
	"strings"
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
	// Ref is the platform's ID of the vote itself (a Matrix reaction's
	// event ID), so that taking the vote back can withdraw it; empty
	// when the platform has none (a Slack button press).
	Ref string `json:"ref,omitempty"`
}

// Withdrawer is implemented by stores whose votes can be taken back:
// Withdraw deletes the votes (and reasons) of platform and room whose Ref
// is ref, and returns what it deleted (for the withdrawn-votes counter:
// the entries with an empty Reason are the votes themselves).
type Withdrawer interface {
	Withdraw(ctx context.Context, platform, room, ref string) ([]Vote, error)
}

// Store keeps votes. List returns those at or after since, oldest first.
type Store interface {
	Record(ctx context.Context, v Vote) error
	List(ctx context.Context, since time.Time) ([]Vote, error)
}

// ReasonChoices is the "what was wrong?" prompt for platforms without
// menus (Matrix): each reason numbered in the order of Reasons, which
// ParseReason reads back.
const ReasonChoices = "1 wrong country · 2 wrong topic · 3 missing statement · 4 other"

// ParseReason reads a typed answer to the "what was wrong?" prompt: the
// number of a reason (1–4, in the order of Reasons) or its words ("wrong
// topic", "topic", "missing", "wrong_country"…), in any case, with
// surrounding punctuation. ok is false for anything else, which is then
// an ordinary message.
func ParseReason(text string) (reason string, ok bool) {
	t := strings.ToLower(strings.Trim(strings.TrimSpace(text), ".!?\"'`*_ "))
	t = strings.Join(strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '_' || r == '-' || r == '\t' }), " ")
	switch t {
	case "1", "wrong country", "country":
		return "wrong_country", true
	case "2", "wrong topic", "topic", "wrong theme":
		return "wrong_topic", true
	case "3", "missing statement", "missing", "a statement is missing", "statement missing":
		return "missing_statement", true
	case "4", "other", "something else":
		return "other", true
	}
	return "", false
}
