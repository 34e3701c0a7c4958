package matrix_test

import (
	"context"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"

	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/store"
)

// TestLateResendChecksTheRoomFirst: a run recorded a question in its inbox
// and died before marking it answered; the homeserver has forgotten the
// reply's transaction (modelled by a reply the bot posted under another
// transaction ID, which Dendrite cannot match to the deterministic one).
// On the next start the question comes back with the re-synced batch; the
// bot looks in the room for its reply to it and answers only when there is
// none: one reply either way.
func TestLateResendChecksTheRoomFirst(t *testing.T) {
	tests := []struct {
		name       string
		postedOnce bool // the dead run's reply reached the room
		wantAsked  int
	}{
		{"answer already in the room", true, 0},
		{"answer never sent", false, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			e.startBot()
			room := e.dmRoom()
			e.ask(room, "!stance before the crash")
			e.stopBot()

			ctx := context.Background()
			q := send(t, e.alice.Client, room, text("!stance asked as the bot died"))
			st, err := store.Open(e.storePath)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := st.Record(ctx, inbox.Event{Platform: "matrix", ID: string(q), Received: time.Now()}); err != nil {
				t.Fatal(err)
			}
			st.Close()
			if tc.postedOnce {
				reply := text("Earlier answer to: asked as the bot died")
				reply.RelatesTo = &event.RelatesTo{InReplyTo: &event.InReplyTo{EventID: q}}
				if _, err := e.botUser.Client.SendMessageEvent(ctx, room, event.EventMessage, reply,
					mautrix.ReqSendEvent{TransactionID: "forgotten." + string(q)}); err != nil {
					t.Fatal(err)
				}
			}

			e.startBot()
			e.ask(room, "!stance after the restart") // the re-synced batch (with q) is handled before this
			waitFor(t, "the question marked answered", func() (bool, error) {
				return e.st.Answered(ctx, "matrix", string(q))
			})
			time.Sleep(300 * time.Millisecond) // a reply sent just before the mark is in the room by now
			if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, q); len(r) != 1 {
				t.Errorf("%d replies to the question, want exactly 1", len(r))
			}
			if n := len(e.h.asked("asked as the bot died")); n != tc.wantAsked {
				t.Errorf("handler asked %d times, want %d", n, tc.wantAsked)
			}
		})
	}
}
