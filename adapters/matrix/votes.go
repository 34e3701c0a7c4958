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

// reasonKey names an offer: the voter in the thread the offer was posted
// in. A later 👎 by the same voter in the same thread replaces it.
type reasonKey struct {
	room   id.RoomID
	thread id.EventID
	user   id.UserID
}

// offeredReason is the 👎 an offer refines, until it expires.
type offeredReason struct {
	vote    feedback.Vote
	expires time.Time
}

// offerReason answers a 👎 with a short notice in the reply's thread (a
// new thread on the reply when it was not in one) listing the reasons
// curators can use; the voter answers with the reason's number or words
// (takeReason). The offer is kept in memory: after a restart an answer to
// it is an ordinary message, the 👎 itself stays recorded.
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
	a.reasonMu.Lock()
	defer a.reasonMu.Unlock()
	if a.reasons == nil {
		a.reasons = map[reasonKey]offeredReason{}
	}
	now := a.opts.Now()
	for k, o := range a.reasons {
		if now.After(o.expires) {
			delete(a.reasons, k)
		}
	}
	a.reasons[reasonKey{reply.RoomID, thread, id.UserID(v.User)}] = offeredReason{vote: v, expires: now.Add(reasonTTL)}
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
	k := reasonKey{evt.RoomID, content.RelatesTo.GetThreadParent(), evt.Sender}
	a.reasonMu.Lock()
	o, found := a.reasons[k]
	if found {
		delete(a.reasons, k)
	}
	a.reasonMu.Unlock()
	if !found || a.opts.Now().After(o.expires) {
		return false
	}
	v := o.vote
	v.Reason, v.At = reason, time.UnixMilli(evt.Timestamp).UTC()
	if err := a.opts.Feedback.Record(ctx, v); err != nil {
		metrics.AdapterError(platform, "feedback")
		a.log.Error("reason not recorded", "room", evt.RoomID, "err", err)
		return true
	}
	msg := &event.MessageEventContent{MsgType: event.MsgNotice, Body: "Thanks, that helps the curators.",
		RelatesTo: (&event.RelatesTo{}).SetThread(k.thread, evt.ID)}
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
	n, err := a.opts.Feedback.(feedback.Withdrawer).Withdraw(ctx, platform, string(room), string(reaction))
	if err != nil {
		metrics.AdapterError(platform, "feedback")
		a.log.Error("vote not withdrawn", "room", room, "reaction", reaction, "err", err)
		return ctx.Err() == nil
	}
	a.reasonMu.Lock()
	for k, o := range a.reasons {
		if o.vote.Ref == string(reaction) && k.room == room {
			delete(a.reasons, k)
		}
	}
	a.reasonMu.Unlock()
	if n > 0 {
		a.log.Info("vote withdrawn", "room", room, "reaction", reaction)
	}
	return true
}
