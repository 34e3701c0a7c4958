package matrix

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/metrics"
)

// A 👍 or 👎 reaction (m.reaction, an m.annotation) on one of the bot's
// replies is a vote on it, stored like a Slack vote: with the question and
// statement keys of the reply record of the reply's conversation (room
// and thread). Other reactions, and reactions on other messages, are not
// votes. Taking a reaction back (redacting it) withdraws the vote, and a
// 👎 is answered with a "what was wrong?" offer in the thread (votes.go).
// A reaction on a digest message votes on the digest: its title and
// statement keys, carried in the message (digestvotes.go).

// voteOf reads a reaction key as a vote: 👍 / 👎 with or without an
// emoji variation selector or a skin tone.
func voteOf(key string) string {
	k := strings.Map(func(r rune) rune {
		if r == 0xFE0F || r == 0xFE0E || (r >= 0x1F3FB && r <= 0x1F3FF) {
			return -1
		}
		return r
	}, strings.TrimSpace(key))
	switch k {
	case "👍", ":+1:", ":thumbsup:":
		return feedback.Up
	case "👎", ":-1:", ":thumbsdown:":
		return feedback.Down
	}
	return ""
}

// onReaction queues a vote when a reaction is one. Like onMessage it runs
// inside the sync loop and does no I/O.
func (a *Adapter) onReaction(ctx context.Context, evt *event.Event) {
	if a.opts.Feedback == nil || evt.Sender == a.userID || evt.Unsigned.RedactedBecause != nil {
		return
	}
	if evt.Mautrix.EventSource&event.SourceTimeline == 0 && evt.Mautrix.EventSource&event.SourceDecrypted == 0 {
		return
	}
	content, ok := evt.Content.Parsed.(*event.ReactionEventContent)
	if !ok || content == nil || content.RelatesTo.Type != event.RelAnnotation || content.RelatesTo.EventID == "" {
		return
	}
	vote := voteOf(content.RelatesTo.Key)
	if vote == "" {
		return
	}
	if age := a.opts.Now().Sub(time.UnixMilli(evt.Timestamp)); age > a.cfg.MaxAge {
		return
	}
	a.enqueue(ctx, func(ctx context.Context) bool { return a.recordVote(ctx, evt, content.RelatesTo.EventID, vote) })
}

// recordVote stores one vote, once (the inbox keeps the reaction's event
// ID), when the reaction is on the bot's own reply. It returns false
// when the database cannot record it, so the batch is processed again.
func (a *Adapter) recordVote(ctx context.Context, evt *event.Event, target id.EventID, vote string) bool {
	log := a.log.With("room", evt.RoomID, "event_id", evt.ID)
	reply, err := a.cli.GetEvent(ctx, evt.RoomID, target)
	if err != nil {
		log.Debug("reaction target not readable; not a vote", "target", target, "err", err)
		return true
	}
	if reply.Sender != a.userID {
		return true // a reaction on someone else's message
	}
	now := a.opts.Now()
	fresh, err := a.st.Record(ctx, inbox.Event{Platform: platform, ID: string(evt.ID), Received: now})
	if err != nil {
		log.Error("event inbox unavailable; vote not recorded", "err", err)
		return ctx.Err() == nil
	}
	if !fresh {
		return true
	}
	thread := threadOf(reply)
	v := feedback.Vote{Vote: vote, Platform: platform, Room: string(evt.RoomID), Thread: string(thread),
		User: string(evt.Sender), At: time.UnixMilli(evt.Timestamp).UTC(), Ref: string(evt.ID)}
	if d, ok := a.digestOf(ctx, reply); ok { // a digest: what it showed is in its content
		v.Question, v.Intent, v.Keys = d.Title, bot.IntentDigest, d.Keys
	} else if a.opts.Conversations != nil {
		rec, ok, err := a.opts.Conversations.Get(ctx, bot.ConversationKey{Platform: platform, Room: string(evt.RoomID), Thread: string(thread)})
		if err != nil {
			log.Warn("cannot read the reply record of a vote; recording it without", "err", err)
		} else if ok {
			v.Question, v.Intent, v.Keys = rec.Question, rec.Intent, rec.Keys
		}
	}
	if err := a.opts.Feedback.Record(ctx, v); err != nil {
		metrics.AdapterError(platform, "feedback")
		log.Error("vote not recorded", "err", err)
		return ctx.Err() == nil
	}
	metrics.Vote(platform, v.Intent, vote)
	if err := a.st.MarkAnswered(context.WithoutCancel(ctx), platform, string(evt.ID), a.opts.Now()); err != nil {
		log.Error("mark the vote recorded", "err", err)
	}
	log.Info("vote recorded", "vote", vote, "thread", thread)
	if vote == feedback.Down {
		a.offerReason(ctx, reply, v)
	}
	return true
}

// threadOf is the thread root a (possibly still encrypted) event belongs
// to, from its m.relates_to, which encryption leaves in clear.
func threadOf(evt *event.Event) id.EventID {
	var c struct {
		Rel struct {
			Type    string     `json:"rel_type"`
			EventID id.EventID `json:"event_id"`
		} `json:"m.relates_to"`
	}
	if len(evt.Content.VeryRaw) > 0 && json.Unmarshal(evt.Content.VeryRaw, &c) == nil && c.Rel.Type == string(event.RelThread) {
		return c.Rel.EventID
	}
	return ""
}
