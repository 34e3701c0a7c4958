package adapters

import "context"

type sendGuardCtx struct{}

// WithSendGuard makes Sender.Send call guard before each message it
// posts; an error stops the send there, and Send returns it. The digest
// scheduler passes a check that its slot is still its own (and its leader
// lease still current), so a replica that lost its lease stops in the
// middle of a digest of several messages rather than finishing a send the
// new leader now owns.
func WithSendGuard(ctx context.Context, guard func(context.Context) error) context.Context {
	return context.WithValue(ctx, sendGuardCtx{}, guard)
}

// CheckSend runs the guard set by WithSendGuard; nil when there is none.
func CheckSend(ctx context.Context) error {
	if g, ok := ctx.Value(sendGuardCtx{}).(func(context.Context) error); ok && g != nil {
		return g(ctx)
	}
	return nil
}
