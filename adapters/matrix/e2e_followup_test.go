package matrix_test

import (
	"context"
	"strings"
	"testing"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
)

// A message in a thread the bot answered in is a follow-up: no mention
// needed, answered in the same thread; a message in another thread is not.
func TestFollowUpInBotThreadNeedsNoMention(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	conv := &conversation.Memory{}
	b := bot.New(c)
	e := newEnv(t)
	e.handler = bot.Chain(b, bot.FollowUps(conv, b.Corpus, nil))
	e.opts.Conversations = conv
	e.startBot()
	room := e.groupRoom("follow-ups")
	inThread := func(root id.EventID, body string) *event.MessageEventContent {
		return &event.MessageEventContent{MsgType: event.MsgText, Body: body, RelatesTo: (&event.RelatesTo{}).SetThread(root, root)}
	}
	root := send(t, e.alice.Client, room, text("Thread about Peru"))
	q := send(t, e.alice.Client, room, inThread(root, "!stance what does Peru say on attribution?"))
	waitReply(t, e.alice.Client, room, e.botUser.ID, q)

	other := send(t, e.alice.Client, room, text("Another thread"))
	notFollowUp := send(t, e.alice.Client, room, inThread(other, "sources"))
	fu := send(t, e.alice.Client, room, inThread(root, "sources"))
	reply := waitReply(t, e.alice.Client, room, e.botUser.ID, fu)
	msg := reply.Content.AsMessage()
	if rel := msg.RelatesTo; rel.Type != event.RelThread || rel.EventID != root {
		t.Errorf("follow-up reply relation = %+v, want m.thread on %s", rel, root)
	}
	if !strings.Contains(msg.Body, "000_1ebf36fdb85f7c30") {
		t.Errorf("\"sources\" did not list the last reply's citations:\n%s", msg.Body)
	}
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, notFollowUp); len(r) != 0 {
		t.Errorf("answered a message in a thread the bot never answered in")
	}
}
