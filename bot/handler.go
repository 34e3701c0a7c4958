package bot

import "context"

// Handler answers one chat message. *Bot implements it; chat commands and
// follow-ups are Middleware around it, the way net/http composes handlers.
type Handler interface {
	Handle(ctx context.Context, q Question) Reply
}

// HandlerFunc adapts a function to a Handler.
type HandlerFunc func(ctx context.Context, q Question) Reply

// Handle calls f(ctx, q).
func (f HandlerFunc) Handle(ctx context.Context, q Question) Reply { return f(ctx, q) }

// Middleware wraps a Handler: it answers what it owns (a chat command, a
// follow-up) and passes everything else to next.
type Middleware func(next Handler) Handler

// Chain wraps h in mw so that mw[0] sees a message first:
// Chain(h, a, b) is a(b(h)).
func Chain(h Handler, mw ...Middleware) Handler {
	for i := len(mw) - 1; i >= 0; i-- {
		h = mw[i](h)
	}
	return h
}
