package matrix_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/seeds"
)

// storeFeedback is the running bot's store's feedback (votes, withdrawals
// and "what was wrong?" offers), looked up at each call because every
// start of the bot opens the store again.
type storeFeedback struct{ e *env }

func (s storeFeedback) Record(ctx context.Context, v feedback.Vote) error {
	return s.e.st.Feedback().Record(ctx, v)
}
func (s storeFeedback) List(ctx context.Context, since time.Time) ([]feedback.Vote, error) {
	return s.e.st.Feedback().List(ctx, since)
}
func (s storeFeedback) Withdraw(ctx context.Context, platform, room, ref string) ([]feedback.Vote, error) {
	return s.e.st.Feedback().Withdraw(ctx, platform, room, ref)
}
func (s storeFeedback) Offer(ctx context.Context, k feedback.OfferKey, v feedback.Vote, expires time.Time) error {
	return s.e.st.Feedback().Offer(ctx, k, v, expires)
}
func (s storeFeedback) Take(ctx context.Context, k feedback.OfferKey, now time.Time) (feedback.Vote, bool, error) {
	return s.e.st.Feedback().Take(ctx, k, now)
}
func (s storeFeedback) Drop(ctx context.Context, platform, room, ref string) error {
	return s.e.st.Feedback().Drop(ctx, platform, room, ref)
}

// The "what was wrong?" offer after a 👎 is kept in the store: the bot is
// restarted between the offer and the voter's answer, and the answer is
// still taken as the 👎's reason (not as a question), once.
func TestWhatWasWrongOfferSurvivesRestart(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	conv := &conversation.Memory{}
	b := bot.New(c)
	e := newEnv(t)
	e.handler = bot.Chain(b, bot.FollowUps(conv, b.Corpus, nil))
	e.opts.Conversations, e.opts.Feedback = conv, storeFeedback{e}
	e.startBot()
	room := e.groupRoom("offer restart")
	ctx := context.Background()
	alice := e.alice.Client
	q := send(t, alice, room, text("!stance what does Cuba say on sovereignty?"))
	reply := waitReply(t, alice, room, e.botUser.ID, q)
	down, err := alice.SendReaction(ctx, room, reply.ID, "👎")
	if err != nil {
		t.Fatal(err)
	}
	offer := waitReply(t, alice, room, e.botUser.ID, reply.ID)
	if !strings.Contains(offer.Content.AsMessage().Body, "What was wrong?") {
		t.Fatalf("offer = %q", offer.Content.AsMessage().Body)
	}

	e.stopBot()
	e.startBot()

	ans := send(t, alice, room, &event.MessageEventContent{MsgType: event.MsgText, Body: "3",
		RelatesTo: (&event.RelatesTo{}).SetThread(reply.ID, offer.ID)})
	thanks := waitReply(t, alice, room, e.botUser.ID, ans)
	if body := thanks.Content.AsMessage().Body; !strings.Contains(body, "Thanks") {
		t.Fatalf("answer to the offer after a restart got %q, want the thanks", body)
	}
	votes, err := e.st.Feedback().List(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(votes) != 2 || votes[1].Reason != "missing_statement" || votes[1].Ref != string(down.EventID) ||
		votes[1].Question != votes[0].Question || votes[1].User != string(e.alice.ID) {
		t.Fatalf("votes after the reason: %+v", votes)
	}
	// The offer was taken: the same answer again is an ordinary message
	// (no second reason recorded).
	again := send(t, alice, room, &event.MessageEventContent{MsgType: event.MsgText, Body: "3",
		RelatesTo: (&event.RelatesTo{}).SetThread(reply.ID, thanks.ID)})
	e.ask(room, "!stance marker")
	for _, r := range repliesTo(t, alice, room, e.botUser.ID, again) {
		if strings.Contains(r.Content.AsMessage().Body, "Thanks, that helps") {
			t.Errorf("a second answer to a taken offer was thanked as a reason")
		}
	}
	if votes, _ := e.st.Feedback().List(ctx, time.Time{}); len(votes) != 2 {
		t.Errorf("%d votes after answering a taken offer again, want 2", len(votes))
	}
}
