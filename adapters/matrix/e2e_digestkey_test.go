package matrix_test

import (
	"context"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
)

// keyedSends counts the bot's messages in room that carry key.
func keyedSends(t *testing.T, e *env, room id.RoomID, key string) int {
	t.Helper()
	n := 0
	for _, evt := range roomEvents(t, e.alice.Client, room) {
		if evt.Sender == e.botUser.ID && evt.Content.Raw["org.stancebot.send_key"] == key {
			n++
		}
	}
	return n
}

// A digest sent to Matrix under a slot's key (adapters.WithSendKey) carries
// the key; Delivered (the scheduler's check of an unconfirmed slot) finds
// it and no other key; a late resend (since set) of a slot whose message is
// in the room under a transaction the homeserver cannot match — posted by
// another device here — is not sent again, and one that is absent is sent.
// Real Dendrite.
func TestMatrixKeyedSendIsLookedUpFirst(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	room := e.groupRoom("digests")
	ctx := context.Background()
	since := time.Now().Add(-time.Minute)
	key := "digest/digest:weekly/matrix:" + string(room) + "/1775000000"
	digest := bot.Reply{Message: "Weekly digest: sovereignty"}

	if err := e.adapter.Send(adapters.WithSendKey(ctx, key, time.Time{}), string(room), digest); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the digest in the room", func() (bool, error) { return keyedSends(t, e, room, key) == 1, nil })
	for _, tc := range []struct {
		key  string
		want bool
	}{{key, true}, {key + "0", false}, {"digest/digest:other/matrix:" + string(room) + "/1775000000", false}} {
		got, err := e.adapter.Delivered(ctx, string(room), tc.key, since)
		if err != nil || got != tc.want {
			t.Errorf("Delivered(%s) = %v, %v; want %v", tc.key, got, err, tc.want)
		}
	}

	// The homeserver forgot the transaction: the message is there under
	// another one. The late resend looks first and sends nothing.
	late := "digest/digest:weekly/matrix:" + string(room) + "/1775604800"
	earlier := &event.Content{Parsed: text("Weekly digest: sovereignty (sent before a crash)"), Raw: map[string]any{"org.stancebot.send_key": late}}
	if _, err := e.botUser.Client.SendMessageEvent(ctx, room, event.EventMessage, earlier, mautrix.ReqSendEvent{TransactionID: "another-device." + late}); err != nil {
		t.Fatal(err)
	}
	// The earlier message must be in the room's history before the resend
	// looks: Dendrite's /messages can lag a just-sent event by a moment (a
	// crash and a resend are seconds apart, not milliseconds).
	waitFor(t, "the earlier message in the history", func() (bool, error) { return keyedSends(t, e, room, late) == 1, nil })
	if err := e.adapter.Send(adapters.WithSendKey(ctx, late, since), string(room), digest); err != nil {
		t.Fatal(err)
	}
	// A late resend of a slot that never went out is sent.
	missing := "digest/digest:weekly/matrix:" + string(room) + "/1776209600"
	if err := e.adapter.Send(adapters.WithSendKey(ctx, missing, since), string(room), digest); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the missing digest sent", func() (bool, error) { return keyedSends(t, e, room, missing) == 1, nil })
	if n := keyedSends(t, e, room, late); n != 1 {
		t.Errorf("%d messages under the late key, want 1 (the resend found the earlier one)", n)
	}
}
