package matrix_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/store"
)

// A Matrix adapter writing through a store fenced by its lease token (how
// a leader runs it) stops syncing once the lease passes to another
// replica: the next batch's sync token is refused, the stored token stays
// as it was (the new leader resumes from it), and Run returns the refusal,
// so the old leader's sync does not run beside the new one's.
func TestSyncStopsWhenFencedOut(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	st, err := store.Open(e.storePath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tok, ok, err := st.AcquireLease(ctx, "leader", "replica-a", time.Minute)
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	a, err := newAdapter(e, st.Fenced("leader", tok))
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- a.Run(runCtx) }()
	select {
	case <-a.Started():
	case err := <-done:
		t.Fatalf("adapter stopped before it was ready: %v", err)
	case <-time.After(waitLimit):
		t.Fatal("adapter not ready")
	}
	room := e.dmRoom()
	q := send(t, e.alice.Client, room, text("!stance while leading"))
	waitReply(t, e.alice.Client, room, e.botUser.ID, q)
	tokenKey := "matrix/" + string(e.botUser.ID) + "/next_batch"
	waitFor(t, "the sync token saved while leading", func() (bool, error) {
		_, err := st.Get(ctx, tokenKey)
		return err == nil, nil
	})

	// A digest whose sender lost its slot (the guard refuses) is not sent.
	gctx := adapters.WithSendGuard(ctx, func(context.Context) error { return fmt.Errorf("hold slot: %w", delivery.ErrFenced) })
	gctx = adapters.WithSendKey(gctx, "digest/digest:fence/matrix:"+string(room)+"/1775000000", time.Time{})
	if err := a.Send(gctx, string(room), fakeReply("a digest that must not go")); !errors.Is(err, delivery.ErrFenced) {
		t.Errorf("Send with a refusing guard = %v, want the refusal", err)
	}

	// The lease passes to replica b (a was paused past it, say).
	if err := st.ReleaseLease(ctx, "leader", "replica-a"); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := st.AcquireLease(ctx, "leader", "replica-b", time.Minute); err != nil || !ok {
		t.Fatal("b could not take the lease", ok, err)
	}
	before, err := st.Get(ctx, tokenKey)
	if err != nil {
		t.Fatal(err)
	}
	send(t, e.alice.Client, room, text("!stance after the lease passed"))
	select {
	case err := <-done:
		if !errors.Is(err, delivery.ErrFenced) {
			t.Errorf("Run = %v, want an error wrapping delivery.ErrFenced", err)
		}
	case <-time.After(waitLimit):
		t.Fatal("the fenced-out adapter kept syncing")
	}
	if after, err := st.Get(ctx, tokenKey); err != nil || after != before {
		t.Errorf("sync token = %q, %v after the fenced-out batch; want it unchanged (%q)", after, err, before)
	}
	for _, evt := range roomEvents(t, e.alice.Client, room) {
		if evt.Sender == e.botUser.ID && strings.Contains(evt.Content.AsMessage().Body, "must not go") {
			t.Error("the refused digest is in the room")
		}
	}
}
