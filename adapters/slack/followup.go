package slack

import (
	"context"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/metrics"
)

// inBotThread reports whether a channel message (message.channels,
// message.groups) is a reply in a thread the bot answered in: the reply
// record of (slack, channel, thread) tells. Such a reply is a follow-up
// ("and Cuba?", "more", "sources") and needs no mention; every other
// channel message is left alone. A store error counts as "no": the user
// can still mention the bot.
func (a *Adapter) inBotThread(ev messageEvent) bool {
	if a.conv == nil || ev.ThreadTS == "" || ev.ThreadTS == ev.TS {
		return false
	}
	switch ev.ChannelType {
	case "channel", "group":
	default:
		return false
	}
	ctx, cancel := context.WithTimeout(a.work, recordTimeout/2)
	defer cancel()
	_, ok, err := a.conv.Get(ctx, bot.ConversationKey{Platform: Platform, Room: ev.Channel, Thread: ev.ThreadTS})
	if err != nil {
		metrics.AdapterError(Platform, "conversation")
		a.log.Warn("slack: cannot read the thread's reply record; not treating the message as a follow-up",
			"channel", ev.Channel, "thread", ev.ThreadTS, "err", err)
		return false
	}
	return ok
}
