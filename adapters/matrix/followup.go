package matrix

import (
	"context"

	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/metrics"
)

// inBotThread reports whether a message in thread (its root event ID)
// continues a conversation the bot answered in: the reply record of
// (matrix, room, thread) tells. Such a message is a follow-up ("and
// Cuba?", "more", "sources") and needs no mention. A store error counts
// as "no": the user can still mention the bot.
func (a *Adapter) inBotThread(ctx context.Context, room id.RoomID, thread id.EventID) bool {
	if a.opts.Conversations == nil || thread == "" {
		return false
	}
	_, ok, err := a.opts.Conversations.Get(ctx, bot.ConversationKey{Platform: platform, Room: string(room), Thread: string(thread)})
	if err != nil {
		metrics.AdapterError(platform, "conversation")
		a.log.Warn("cannot read the thread's reply record; not treating the message as a follow-up",
			"room", room, "thread", thread, "err", err)
		return false
	}
	return ok
}
