// Package adapters defines what a chat platform plugs into: an Adapter
// runs a transport and answers questions through a bot.Handler; a Sender
// delivers a rendered reply (a digest) to a target unprompted.
package adapters

import (
	"context"

	"github.com/stancebot/stancebot/bot"
)

// Handler answers one question: bot.Handler, named here so an adapter
// needs only this package's vocabulary. *bot.Bot implements it; chat
// commands are bot.Middleware around it.
type Handler = bot.Handler

// Adapter is one chat platform's connection. Run blocks until ctx is
// cancelled or the transport fails for good; on cancellation it stops
// taking new events, finishes replies in flight and returns nil.
type Adapter interface {
	Name() string
	Run(ctx context.Context) error
}

// Sender posts a reply to a target (a Slack channel ID, a Matrix room ID)
// without a question, as the digest scheduler does.
type Sender interface {
	Send(ctx context.Context, target string, r bot.Reply) error
}

// Readier is implemented by adapters that can tell whether they are
// connected and taking events. /readyz answers 200 only when every running
// adapter that implements it is ready.
type Readier interface {
	Ready() bool
}
