//go:build !goolm && !libolm

package matrix_test

import (
	"context"
	"testing"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// In a build without encryption, an encrypted room is a clear logged
// error: no plaintext reply leaks into it.
func TestEncryptedRoomWithoutCryptoBuild(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	resp, err := e.alice.Client.CreateRoom(context.Background(), &mautrix.ReqCreateRoom{
		Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{e.botUser.ID},
		InitialState: []*event.Event{{Type: event.StateEncryption, Content: event.Content{Parsed: &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	room := resp.RoomID
	waitJoined(t, e.alice.Client, room, e.botUser.ID)
	// Ciphertext the bot cannot read (alice's client here has no crypto either).
	if _, err := e.alice.Client.SendMessageEvent(context.Background(), room, event.EventEncrypted, map[string]any{
		"algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgAEn", "device_id": "X", "sender_key": "Y", "session_id": "Z",
	}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the no-encryption error in the log", func() (bool, error) {
		return e.logged("cannot read encrypted room", string(room), "rebuild with -tags goolm"), nil
	})
	// A plaintext question in the encrypted room gets no plaintext answer.
	q := send(t, e.alice.Client, room, text("!stance plaintext in an encrypted room"))
	waitFor(t, "the refused reply in the log", func() (bool, error) {
		return e.logged("reply failed", string(q), "rebuild with -tags goolm"), nil
	})
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, q); len(r) != 0 {
		t.Errorf("bot sent a plaintext reply into an encrypted room")
	}
}
