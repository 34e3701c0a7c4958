//go:build goolm || libolm

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

// In an encrypted room the key is inside the ciphertext: Delivered
// decrypts the bot's own messages to find it.
func TestMatrixKeyedSendFoundInEncryptedRoom(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	alice := newCryptoClient(t, e)
	ctx := context.Background()
	resp, err := alice.cli.CreateRoom(ctx, &mautrix.ReqCreateRoom{
		Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{e.botUser.ID},
		InitialState: []*event.Event{{Type: event.StateEncryption,
			Content: event.Content{Parsed: &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	room := resp.RoomID
	waitJoined(t, alice.cli, room, e.botUser.ID)
	// The bot must have seen the room's encryption before it sends.
	if _, err := alice.cli.SendMessageEvent(ctx, room, event.EventMessage, text("!stance Peru attribution")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the bot's encrypted reply", func() (bool, error) {
		for _, evt := range roomEvents(t, alice.cli, room) {
			if evt.Sender == e.botUser.ID && evt.Type == event.EventEncrypted {
				return true, nil
			}
		}
		return false, nil
	})
	since := time.Now().Add(-time.Minute)
	key := "digest/digest:weekly/matrix:" + string(room) + "/1775000000"
	if err := e.adapter.Send(adapters.WithSendKey(ctx, key, time.Time{}), string(room), bot.Reply{Message: "Weekly digest"}); err != nil {
		t.Fatal(err)
	}
	// Dendrite's /messages can lag a just-sent event by a moment (a crash
	// and the resend that asks are seconds apart, not milliseconds): the
	// key must be found once the history has it, and never before a
	// timeout fails the test.
	waitFor(t, "Delivered to find the keyed digest", func() (bool, error) {
		return e.adapter.Delivered(ctx, string(room), key, since)
	})
	if got, err := e.adapter.Delivered(ctx, string(room), key+"0", since); err != nil || got {
		t.Errorf("Delivered(%s0) = %v, %v; want false", key, got, err)
	}
	for _, evt := range roomEvents(t, alice.cli, room) {
		if evt.Sender == e.botUser.ID && evt.Type != event.EventEncrypted && evt.Type.Class == event.MessageEventType {
			t.Errorf("the bot sent a %s in the clear in an encrypted room", evt.Type.Type)
		}
	}
}
