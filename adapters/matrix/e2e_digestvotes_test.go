package matrix_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/feedback"
)

// testDigest is a small digest whose entries have statement keys.
func testDigest() bot.Reply {
	return bot.Reply{Intent: bot.IntentDigest, Digest: &bot.Digest{Name: "weekly", CorpusVersion: "v3", Themes: []bot.DigestTheme{
		{Theme: "undersea cables", Entries: []bot.DigestEntry{
			{Country: "Norway", Text: "Norway calls for protecting undersea cables.", Sources: []string{"no-1"}, Key: "kc-norway"},
			{Country: "Chile", Text: "Chile notes its dependence on undersea cables.", Sources: []string{"cl-2"}, Key: "kc-chile"}}},
		{Theme: "ransomware", Entries: []bot.DigestEntry{
			{Country: "Ghana", Text: "Ghana reports ransomware on hospitals.", Sources: []string{"gh-3"}, Key: "kr-ghana"}}},
	}}}
}

// ownMessage waits for the bot's message in room whose body contains s.
func ownMessage(t *testing.T, cli *mautrix.Client, room id.RoomID, botID id.UserID, s string) *event.Event {
	t.Helper()
	var got *event.Event
	waitFor(t, "the bot's message with "+s, func() (bool, error) {
		for _, evt := range roomEvents(t, cli, room) {
			if evt.Sender == botID && evt.Type == event.EventMessage && strings.Contains(evt.Content.AsMessage().Body, s) {
				got = evt
			}
		}
		return got != nil, nil
	})
	return got
}

// checkDigestVotes checks the votes reacting on a digest stored: the
// digest's title, intent digest and all its statement keys.
func checkDigestVotes(t *testing.T, votes []feedback.Vote, want ...string) {
	t.Helper()
	if len(votes) != len(want) {
		t.Fatalf("%d votes, want %d: %+v", len(votes), len(want), votes)
	}
	for i, v := range votes {
		if v.Vote != want[i] || v.Intent != bot.IntentDigest || v.Question != "digest weekly: undersea cables, ransomware" ||
			strings.Join(v.Keys, ",") != "kc-norway,kc-chile,kr-ghana" {
			t.Errorf("vote %d on the digest = %+v", i, v)
		}
	}
}

// 👍 / 👎 reactions on a digest message are votes on the digest — its
// title and statement keys, which the message carries — not on whatever
// answer the room's conversation holds; a 👎 gets "what was wrong?" in a
// thread on the digest, and its answer is stored with the digest's keys.
func TestReactionsOnDigestAreVotes(t *testing.T) {
	votes := &memVotes{}
	e := newEnv(t)
	e.opts.Feedback = votes
	e.startBot()
	room := e.groupRoom("digest votes")
	ctx := context.Background()
	// An ordinary answer first, so the room has a conversation a vote
	// could wrongly be attached to.
	e.ask(room, "!stance what does Peru say on attribution?")
	if err := e.adapter.Send(ctx, string(room), testDigest()); err != nil {
		t.Fatal(err)
	}
	digest := ownMessage(t, e.alice.Client, room, e.botUser.ID, "Norway calls for protecting")
	if _, err := e.alice.Client.SendReaction(ctx, room, digest.ID, "👍🏽"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.alice.Client.SendReaction(ctx, room, digest.ID, "👎"); err != nil {
		t.Fatal(err)
	}
	offer := waitReply(t, e.alice.Client, room, e.botUser.ID, digest.ID)
	ans := send(t, e.alice.Client, room, &event.MessageEventContent{MsgType: event.MsgText, Body: "missing",
		RelatesTo: (&event.RelatesTo{}).SetThread(digest.ID, offer.ID)})
	waitReply(t, e.alice.Client, room, e.botUser.ID, ans)
	list, _ := votes.List(ctx, time.Time{})
	checkDigestVotes(t, list, feedback.Up, feedback.Down, feedback.Down)
	if len(list) == 3 && list[2].Reason != "missing_statement" {
		t.Errorf("reason = %q, want missing_statement", list[2].Reason)
	}
}
