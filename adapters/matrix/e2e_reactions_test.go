package matrix_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/metrics"
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

// Withdraw implements feedback.Withdrawer.
func (m *memVotes) Withdraw(_ context.Context, platform, room, ref string) ([]feedback.Vote, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var kept, gone []feedback.Vote
	for _, v := range m.votes {
		if ref != "" && v.Platform == platform && v.Room == room && v.Ref == ref {
			gone = append(gone, v)
			continue
		}
		kept = append(kept, v)
	}
	m.votes = kept
	return gone, nil
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

// Taking a 👍 / 👎 back (redacting the reaction) withdraws the vote; a 👎
// gets a "what was wrong?" notice in the thread, and the voter's reply
// there with a number or the words is stored with the vote (and
// withdrawn with it).
func TestReactionWithdrawnAndWhatWasWrong(t *testing.T) {
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
	room := e.groupRoom("withdraw")
	ctx := context.Background()
	alice := e.alice.Client
	list := func() []feedback.Vote { v, _ := votes.List(ctx, time.Time{}); return v }
	q := send(t, alice, room, text("!stance what does Peru say on human rights?"))
	reply := waitReply(t, alice, room, e.botUser.ID, q)
	withdrawnUp0, withdrawnDown0 := matrixCounter(t, "stancebot_feedback_votes_withdrawn_total", "stance", "up"), matrixCounter(t, "stancebot_feedback_votes_withdrawn_total", "stance", "down")

	// 👍, then taken back.
	up, err := alice.SendReaction(ctx, room, reply.ID, "👍")
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the 👍 vote", func() (bool, error) { return len(list()) == 1, nil })
	if v := list()[0]; v.Vote != feedback.Up || v.Ref != string(up.EventID) {
		t.Fatalf("vote %+v, want 👍 with its reaction %s", v, up.EventID)
	}
	if _, err := alice.RedactEvent(ctx, room, up.EventID); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the 👍 withdrawn", func() (bool, error) { return len(list()) == 0, nil })
	if d := matrixCounter(t, "stancebot_feedback_votes_withdrawn_total", "stance", "up") - withdrawnUp0; d != 1 {
		t.Errorf("withdrawn 👍 counted %v times, want 1", d)
	}

	// 👎: stored, and "what was wrong?" offered in a thread on the reply.
	down, err := alice.SendReaction(ctx, room, reply.ID, "👎")
	if err != nil {
		t.Fatal(err)
	}
	offer := waitReply(t, alice, room, e.botUser.ID, reply.ID)
	oc := offer.Content.AsMessage()
	if !strings.Contains(oc.Body, "What was wrong?") || !strings.Contains(oc.Body, "wrong topic") || oc.RelatesTo.GetThreadParent() != reply.ID {
		t.Fatalf("offer %q in thread %q, want \"What was wrong?\" in a thread on the reply", oc.Body, oc.RelatesTo.GetThreadParent())
	}
	if v := list(); len(v) != 1 || v[0].Vote != feedback.Down || v[0].Question == "" || len(v[0].Keys) == 0 {
		t.Fatalf("votes after 👎: %+v", v)
	}
	ans := send(t, alice, room, &event.MessageEventContent{MsgType: event.MsgText, Body: "Wrong topic",
		RelatesTo: (&event.RelatesTo{}).SetThread(reply.ID, offer.ID)})
	thanks := waitReply(t, alice, room, e.botUser.ID, ans)
	if !strings.Contains(thanks.Content.AsMessage().Body, "Thanks") {
		t.Errorf("answer to the offer thanked with %q", thanks.Content.AsMessage().Body)
	}
	got := list()
	if len(got) != 2 || got[1].Reason != "wrong_topic" || got[1].User != string(e.alice.ID) || got[1].Ref != string(down.EventID) || got[1].Question != got[0].Question {
		t.Fatalf("votes after the reason: %+v", got)
	}
	// Taking the 👎 back withdraws it and its reason.
	if _, err := alice.RedactEvent(ctx, room, down.EventID); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the 👎 and its reason withdrawn", func() (bool, error) { return len(list()) == 0, nil })
	// One vote withdrawn, not two: the reason is not a vote.
	if d := matrixCounter(t, "stancebot_feedback_votes_withdrawn_total", "stance", "down") - withdrawnDown0; d != 1 {
		t.Errorf("withdrawn 👎 (with its reason) counted %v times, want 1", d)
	}
}

// matrixCounter reads a vote counter (name) for matrix, intent and vote.
func matrixCounter(t *testing.T, name, intent, vote string) float64 {
	t.Helper()
	mfs, err := metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			if labels["platform"] == "matrix" && labels["intent"] == intent && labels["vote"] == vote {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}
