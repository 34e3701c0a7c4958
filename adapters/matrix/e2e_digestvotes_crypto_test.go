//go:build goolm || libolm

package matrix_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"

	"github.com/stancebot/stancebot/feedback"
)

// In an encrypted room the digest's title and keys travel encrypted; the
// bot decrypts its own message to read them when a reaction votes on it.
func TestReactionOnEncryptedDigestIsAVote(t *testing.T) {
	votes := &memVotes{}
	e := newEnv(t)
	e.opts.Feedback = votes
	e.startBot()
	alice := newCryptoClient(t, e)
	room := encryptedDM(t, e, alice)
	ctx := context.Background()
	if err := e.adapter.Send(ctx, string(room), testDigest()); err != nil {
		t.Fatal(err)
	}
	var digest *event.Event
	waitFor(t, "alice's client to decrypt the digest", func() (bool, error) {
		alice.mu.Lock()
		defer alice.mu.Unlock()
		for _, evt := range alice.got {
			if evt.Sender == e.botUser.ID && strings.Contains(evt.Content.AsMessage().Body, "Norway calls for protecting") {
				digest = evt
			}
		}
		return digest != nil, nil
	})
	for _, evt := range roomEvents(t, alice.cli, room) {
		if evt.ID == digest.ID && evt.Type != event.EventEncrypted {
			t.Fatalf("the digest went out as %s, want encrypted", evt.Type)
		}
	}
	if _, err := alice.cli.SendReaction(ctx, room, digest.ID, "👎"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the vote", func() (bool, error) { l, _ := votes.List(ctx, time.Time{}); return len(l) == 1, nil })
	list, _ := votes.List(ctx, time.Time{})
	checkDigestVotes(t, list, feedback.Down)
}
