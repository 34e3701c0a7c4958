package matrix

import (
	"context"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/metrics"
)

// reasonTTL is how long a "what was wrong?" offer waits for its answer.
const reasonTTL = 15 * time.Minute

// offersOf is where "what was wrong?" offers are kept: the feedback
// store when it can (package store: they outlive a restart and any
// replica takes the answer), else the process's memory.
func offersOf(fb feedback.Store) feedback.Offers {
	if o, ok := fb.(feedback.Offers); ok {
		return o
	}
	return &feedback.MemoryOffers{}
}

// offerReason answers a 👎 with a short notice in the reply's thread (a
// new thread on the reply when it was not in one) listing the reasons
// curators can use; the voter answers with the reason's number or words
// (takeReason). The offer is kept for reasonTTL under (room, thread,
// voter) in a.offers; a later 👎 by the same voter in the same thread
// replaces it.
func (a *Adapter) offerReason(ctx context.Context, reply *event.Event, v feedback.Vote) {
	thread := id.EventID(v.Thread)
	if thread == "" {
		thread = reply.ID
	}
	msg := &event.MessageEventContent{MsgType: event.MsgNotice,
		Body:      "Thanks — noted. What was wrong? Reply in this thread with a number or the words: " + feedback.ReasonChoices + ".",
		RelatesTo: (&event.RelatesTo{}).SetThread(thread, reply.ID),
		Mentions:  &event.Mentions{UserIDs: []id.UserID{id.UserID(v.User)}}}
	if _, err := a.send(ctx, reply.RoomID, msg, "stancebot.reason."+v.Ref); err != nil {
		a.log.Warn("cannot offer \"what was wrong?\"; the 👎 stays recorded", "room", reply.RoomID, "err", err)
		return
	}
	k := feedback.OfferKey{Platform: platform, Room: string(reply.RoomID), Thread: string(thread), User: v.User}
	if err := a.offers.Offer(ctx, k, v, a.opts.Now().Add(reasonTTL)); err != nil {
		metrics.AdapterError(platform, "feedback")
		a.log.Error("\"what was wrong?\" offer not kept; an answer to it will be an ordinary message", "room", reply.RoomID, "err", err)
	}
}

// takeReason records a message as the answer to a "what was wrong?"
// offer when its sender has one open in the message's thread and the text
// is a reason (feedback.ParseReason); it reports whether it did. The
// reason is stored as a 👎 vote with the reason and the offer's vote's
// Ref and context, as a Slack reason is (a reason is not a second vote in
// /metrics), so that withdrawing the 👎 withdraws it too.
func (a *Adapter) takeReason(ctx context.Context, evt *event.Event, content *event.MessageEventContent) bool {
	reason, ok := feedback.ParseReason(content.Body)
	if !ok || a.opts.Feedback == nil {
		return false
	}
	thread := content.RelatesTo.GetThreadParent()
	if thread == "" {
		return false // offers are made in a thread
	}
	k := feedback.OfferKey{Platform: platform, Room: string(evt.RoomID), Thread: string(thread), User: string(evt.Sender)}
	v, found, err := a.offers.Take(ctx, k, a.opts.Now())
	if err != nil {
		metrics.AdapterError(platform, "feedback")
		a.log.Error("cannot read \"what was wrong?\" offers; the message is answered as a question", "room", evt.RoomID, "err", err)
		return false
	}
	if !found {
		return false
	}
	v.Reason, v.At = reason, time.UnixMilli(evt.Timestamp).UTC()
	if err := a.opts.Feedback.Record(ctx, v); err != nil {
		metrics.AdapterError(platform, "feedback")
		a.log.Error("reason not recorded", "room", evt.RoomID, "err", err)
		return true
	}
	msg := &event.MessageEventContent{MsgType: event.MsgNotice, Body: "Thanks, that helps the curators.",
		RelatesTo: (&event.RelatesTo{}).SetThread(thread, evt.ID)}
	if _, err := a.send(ctx, evt.RoomID, msg, "stancebot.reason.thanks."+string(evt.ID)); err != nil {
		a.log.Warn("reason recorded; thanks not sent", "room", evt.RoomID, "err", err)
	}
	return true
}

// onRedaction queues the withdrawal of the vote a redaction takes back
// (a redacted 👍 / 👎 reaction). Like onReaction it does no I/O.
func (a *Adapter) onRedaction(ctx context.Context, evt *event.Event) {
	if a.opts.Feedback == nil || evt.Sender == a.userID {
		return
	}
	if _, ok := a.opts.Feedback.(feedback.Withdrawer); !ok {
		return
	}
	if evt.Mautrix.EventSource&event.SourceTimeline == 0 && evt.Mautrix.EventSource&event.SourceDecrypted == 0 {
		return
	}
	target := evt.Redacts // room versions before 11
	if c, ok := evt.Content.Parsed.(*event.RedactionEventContent); ok && c != nil && c.Redacts != "" {
		target = c.Redacts
	}
	if target == "" {
		return
	}
	a.enqueue(ctx, func(ctx context.Context) bool { return a.withdraw(ctx, evt.RoomID, target) })
}

// withdraw deletes the vote (and its reason) a redacted reaction cast,
// and its open "what was wrong?" offer. A redaction of anything else
// matches no vote and changes nothing. It returns false when the
// database cannot take the change, so the batch is processed again.
func (a *Adapter) withdraw(ctx context.Context, room id.RoomID, reaction id.EventID) bool {
	gone, err := a.opts.Feedback.(feedback.Withdrawer).Withdraw(ctx, platform, string(room), string(reaction))
	if err != nil {
		metrics.AdapterError(platform, "feedback")
		a.log.Error("vote not withdrawn", "room", room, "reaction", reaction, "err", err)
		return ctx.Err() == nil
	}
	if err := a.offers.Drop(ctx, platform, string(room), string(reaction)); err != nil {
		metrics.AdapterError(platform, "feedback")
		a.log.Error("\"what was wrong?\" offer of a withdrawn vote not dropped", "room", room, "reaction", reaction, "err", err)
		return ctx.Err() == nil
	}
	for _, v := range gone {
		if v.Reason == "" { // a reason is not a second vote (reactions.go counts votes alike)
			metrics.VoteWithdrawn(platform, v.Intent, v.Vote)
		}
	}
	if len(gone) > 0 {
		a.log.Info("vote withdrawn", "room", room, "reaction", reaction)
	}
	return true
}
