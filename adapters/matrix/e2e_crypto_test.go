//go:build goolm || libolm

package matrix_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto/cryptohelper"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// cryptoClient is alice's own E2EE-capable client: it syncs, decrypts,
// and keeps every decrypted message it sees.
type cryptoClient struct {
	cli    *mautrix.Client
	helper *cryptohelper.CryptoHelper
	mu     sync.Mutex
	got    []*event.Event
}

func newCryptoClient(t *testing.T, e *env) *cryptoClient {
	t.Helper()
	cli, err := e.srv.Login(context.Background(), e.alice, "alice's element")
	if err != nil {
		t.Fatal(err)
	}
	c := &cryptoClient{cli: cli}
	syncer := cli.Syncer.(*mautrix.DefaultSyncer)
	syncer.OnEventType(event.EventMessage, func(_ context.Context, evt *event.Event) {
		if evt.Mautrix.EventSource&event.SourceDecrypted == 0 {
			return
		}
		c.mu.Lock()
		c.got = append(c.got, evt)
		c.mu.Unlock()
	})
	helper, err := cryptohelper.NewCryptoHelper(cli, []byte("alice pickle key"), filepath.Join(t.TempDir(), "alice-crypto.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := helper.Init(context.Background()); err != nil {
		t.Fatalf("alice crypto init: %v", err)
	}
	cli.Crypto = helper
	c.helper = helper
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := cli.SyncWithContext(ctx); err != nil && ctx.Err() == nil {
			t.Errorf("alice sync: %v", err)
		}
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		helper.Close()
	})
	return c
}

// decryptedReplyTo returns the decrypted bot messages replying to question.
func (c *cryptoClient) decryptedRepliesTo(botID id.UserID, question id.EventID) []*event.Event {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*event.Event
	for _, evt := range c.got {
		if evt.Sender == botID && evt.Content.AsMessage().RelatesTo.GetReplyTo() == question {
			out = append(out, evt)
		}
	}
	return out
}

func TestEncryptedRoomQuestionAndReply(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	alice := newCryptoClient(t, e)

	resp, err := alice.cli.CreateRoom(context.Background(), &mautrix.ReqCreateRoom{
		Preset:   "trusted_private_chat",
		IsDirect: true,
		Invite:   []id.UserID{e.botUser.ID},
		InitialState: []*event.Event{{
			Type:    event.StateEncryption,
			Content: event.Content{Parsed: &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1}},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	room := resp.RoomID
	waitJoined(t, alice.cli, room, e.botUser.ID)
	// Alice's client must know the bot joined before it shares its room key.
	waitFor(t, "alice's client to see the bot in the room", func() (bool, error) {
		return alice.cli.StateStore.IsInRoom(context.Background(), room, e.botUser.ID), nil
	})

	question := "what does Peru say on attribution?"
	sent, err := alice.cli.SendMessageEvent(context.Background(), room, event.EventMessage, text(question))
	if err != nil {
		t.Fatalf("send encrypted question: %v", err)
	}
	var replies []*event.Event
	waitFor(t, "a decrypted reply", func() (bool, error) {
		replies = alice.decryptedRepliesTo(e.botUser.ID, sent.EventID)
		return len(replies) > 0, nil
	})
	assertAnswer(t, replies[0], sent.EventID, question)

	// On the wire, the question and the reply were both encrypted.
	for _, evt := range roomEvents(t, alice.cli, room) {
		if evt.Type == event.EventMessage {
			t.Errorf("plaintext m.room.message from %s in an encrypted room: %v", evt.Sender, evt.Content.Raw)
		}
	}
	if n := len(e.h.asked(question)); n != 1 {
		t.Errorf("handler asked %d times, want 1", n)
	}

	// Restart: the bot comes back as the same device with its keys, reads
	// what was asked while it was down and answers encrypted, once.
	device := e.adapter.DeviceID()
	e.stopBot()
	whileDown := "what does Cuba say while you were away?"
	sent2, err := alice.cli.SendMessageEvent(context.Background(), room, event.EventMessage, text("!stance "+whileDown))
	if err != nil {
		t.Fatalf("send encrypted question while the bot is down: %v", err)
	}
	e.startBot()
	if got := e.adapter.DeviceID(); got != device {
		t.Errorf("device after restart = %s, want %s", got, device)
	}
	waitFor(t, "a decrypted reply after restart", func() (bool, error) {
		replies = alice.decryptedRepliesTo(e.botUser.ID, sent2.EventID)
		return len(replies) > 0, nil
	})
	assertAnswer(t, replies[0], sent2.EventID, whileDown)
	marker, err := alice.cli.SendMessageEvent(context.Background(), room, event.EventMessage, text("!stance marker"))
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the marker's reply", func() (bool, error) {
		return len(alice.decryptedRepliesTo(e.botUser.ID, marker.EventID)) > 0, nil
	})
	for q, n := range map[id.EventID]int{sent.EventID: len(alice.decryptedRepliesTo(e.botUser.ID, sent.EventID)), sent2.EventID: len(alice.decryptedRepliesTo(e.botUser.ID, sent2.EventID))} {
		if n != 1 {
			t.Errorf("%d decrypted replies to %s, want exactly 1", n, q)
		}
	}
}
