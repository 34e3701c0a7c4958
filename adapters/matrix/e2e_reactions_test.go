package matrix_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/seeds"
)

// memVotes is a feedback.Store in memory.
type memVotes struct {
	mu    sync.Mutex
	votes []feedback.Vote
}

func (m *memVotes) Record(_ context.Context, v feedback.Vote) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.votes = append(m.votes, v)
	return nil
}

func (m *memVotes) List(context.Context, time.Time) ([]feedback.Vote, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]feedback.Vote(nil), m.votes...), nil
}

// 👍 / 👎 reactions on the bot's reply are votes with the reply's
// question and statement keys; other reactions and reactions on other
// messages are not. "more" in the thread pages on.
func TestReactionsAreVotesAndMoreInThread(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	conv := &conversation.Memory{}
	votes := &memVotes{}
	b := bot.New(c)
	e := newEnv(t)
	e.handler = bot.Chain(b, bot.FollowUps(conv, b.Corpus, nil))
	e.opts.Conversations, e.opts.Feedback = conv, votes
	e.startBot()
	room := e.groupRoom("votes")
	ctx := context.Background()
	root := send(t, e.alice.Client, room, text("Norms thread"))
	q := send(t, e.alice.Client, room, &event.MessageEventContent{MsgType: event.MsgText, Body: "!stance what does India say on voluntary norms?",
		RelatesTo: (&event.RelatesTo{}).SetThread(root, root)})
	reply := waitReply(t, e.alice.Client, room, e.botUser.ID, q)

	if _, err := e.alice.Client.SendReaction(ctx, room, q, "👍"); err != nil { // her own question: not a vote
		t.Fatal(err)
	}
	if _, err := e.alice.Client.SendReaction(ctx, room, reply.ID, "🎉"); err != nil { // not a vote
		t.Fatal(err)
	}
	if _, err := e.alice.Client.SendReaction(ctx, room, reply.ID, "👍🏽"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.alice.Client.SendReaction(ctx, room, reply.ID, "👎\uFE0F"); err != nil {
		t.Fatal(err)
	}
	// "more" in the thread: answered in the thread (reactions before it
	// are handled by then: the bot handles sync batches in order).
	more := send(t, e.alice.Client, room, &event.MessageEventContent{MsgType: event.MsgText, Body: "more",
		RelatesTo: (&event.RelatesTo{}).SetThread(root, root)})
	mr := waitReply(t, e.alice.Client, room, e.botUser.ID, more)
	if rel := mr.Content.AsMessage().RelatesTo; rel.Type != event.RelThread || rel.EventID != root {
		t.Errorf("\"more\" answered outside the thread: %+v", rel)
	}
	waitFor(t, "two votes", func() (bool, error) { v, _ := votes.List(ctx, time.Time{}); return len(v) >= 2, nil })
	time.Sleep(500 * time.Millisecond)
	got, _ := votes.List(ctx, time.Time{})
	if len(got) != 2 {
		t.Fatalf("%d votes, want 2 (👍🏽 and 👎 on the bot's reply): %+v", len(got), got)
	}
	// Reactions of one sync batch are handled in parallel: any order.
	if got[0].Vote == got[1].Vote {
		t.Errorf("votes %s, %s; want one up and one down", got[0].Vote, got[1].Vote)
	}
	for _, v := range got {
		if v.Platform != "matrix" || v.Room != string(room) || v.Thread != string(root) || v.User != string(e.alice.ID) ||
			v.Question == "" || len(v.Keys) == 0 {
			t.Errorf("vote without its context: %+v", v)
		}
	}
}
