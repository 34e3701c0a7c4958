package matrix_test

import (
	"context"
	"fmt"
	"testing"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/adapters/adaptertest"
	"github.com/stancebot/stancebot/adapters/matrix/internal/dendritetest"
	"github.com/stancebot/stancebot/bot"
)

// matrixHarness runs the adapter against the real Dendrite: alice asks
// with the command prefix in a room with the bot and another bot.
type matrixHarness struct {
	e     *env
	room  id.RoomID
	other *dendritetest.User
}

func (h *matrixHarness) Start(t *testing.T, hd bot.Handler) func() error {
	h.e = newEnv(t)
	h.e.handler = hd
	h.e.startBot()
	other, err := h.e.srv.Register(context.Background(), fmt.Sprintf("otherbot%d", userSeq.Add(1)))
	if err != nil {
		t.Fatal(err)
	}
	h.other = other
	h.room = h.e.createRoom(&mautrix.ReqCreateRoom{Name: "adaptertest", Preset: "private_chat",
		Invite: []id.UserID{h.e.botUser.ID, other.ID}})
	if _, err := other.Client.JoinRoomByID(context.Background(), h.room); err != nil {
		t.Fatal(err)
	}
	waitJoined(t, h.e.alice.Client, h.room, h.e.botUser.ID)
	e := h.e
	return func() error {
		e.cancel()
		err := <-e.done
		e.st.Close()
		e.adapter, e.st = nil, nil
		return err
	}
}

func (h *matrixHarness) Ask(t *testing.T, text string) string {
	return string(send(t, h.e.alice.Client, h.room, &event.MessageEventContent{MsgType: event.MsgText, Body: "!stance " + text}))
}

func (h *matrixHarness) Redeliver(*testing.T, string) {}

func (h *matrixHarness) AskAsSelf(t *testing.T, text string) {
	send(t, h.e.botUser.Client, h.room, &event.MessageEventContent{MsgType: event.MsgText, Body: "!stance " + text})
}

// AskAsBot posts as another bot does: an m.notice.
func (h *matrixHarness) AskAsBot(t *testing.T, text string) {
	send(t, h.other.Client, h.room, &event.MessageEventContent{MsgType: event.MsgNotice, Body: "!stance " + text})
}

// Replies are the bot's messages that reply to a question in the room,
// as their plain body followed by their HTML.
func (h *matrixHarness) Replies(t *testing.T) []string {
	var out []string
	for _, evt := range roomEvents(t, h.e.alice.Client, h.room) {
		if evt.Sender != h.e.botUser.ID || evt.Type != event.EventMessage {
			continue
		}
		c := evt.Content.AsMessage()
		if c.RelatesTo.GetReplyTo() == "" {
			continue // not an answer (the bot's own test message)
		}
		out = append(out, c.Body+"\n"+c.FormattedBody)
	}
	return out
}

// Limit keeps body and HTML of one event within Matrix's 64 KiB event
// size, with room for the event's envelope and encryption.
func (h *matrixHarness) Limit() int { return 48 << 10 }

func (h *matrixHarness) Capabilities() adaptertest.Capabilities {
	return adaptertest.Capabilities{NoRedelivery: "the homeserver delivers an event once per sync; " +
		"re-syncs after a restart are covered by TestRestartAnswersQuestionAskedWhileDownExactlyOnce"}
}

func TestAdapterBehaviour(t *testing.T) { adaptertest.Run(t, &matrixHarness{}) }
