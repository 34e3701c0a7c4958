package matrix

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/metrics"
)

// onMember handles invites (join or refuse) and the bot being kicked or banned.
func (a *Adapter) onMember(ctx context.Context, evt *event.Event) {
	a.dmMu.Lock()
	delete(a.dmCache, evt.RoomID)
	a.dmMu.Unlock()
	if evt.GetStateKey() != string(a.userID) {
		return
	}
	m := evt.Content.AsMember()
	switch {
	case m.Membership == event.MembershipInvite && evt.Mautrix.EventSource&event.SourceInvite != 0:
		// As a job of the batch: the sync token is saved only once the
		// invite was answered, so a failed join is retried, not lost.
		a.enqueue(ctx, func(ctx context.Context) bool { return a.onInvite(ctx, evt) })
	case (m.Membership == event.MembershipLeave || m.Membership == event.MembershipBan) && evt.Sender != a.userID &&
		evt.Mautrix.EventSource&event.SourceLeave != 0:
		// In the "leave" part of a sync the kick may come in the timeline
		// or, when the timeline is cut, only in the state.
		a.log.Info("removed from room", "room", evt.RoomID, "by", evt.Sender, "membership", m.Membership, "reason", m.Reason)
		// The homeserver already took the bot out; forget the room so it
		// no longer shows up in syncs. Failure only costs sync bandwidth.
		if _, err := a.cli.ForgetRoom(ctx, evt.RoomID); err != nil {
			metrics.AdapterError(platform, "forget")
			a.log.Warn("forget room after removal failed", "room", evt.RoomID, "err", err)
			return
		}
		a.log.Info("forgot room after removal", "room", evt.RoomID)
	}
}

// refuseReason is sent to users whose invite the bot declines.
const refuseReason = "stancebot only joins rooms when invited by an allowed user; ask its operator to add you to matrix.allow_invites_from"

// onInvite joins when the inviter is allowed and leaves with a reason
// otherwise, retrying transient failures. It returns false only when
// shutdown interrupted it.
func (a *Adapter) onInvite(ctx context.Context, evt *event.Event) bool {
	allowed := a.allow.allows(evt.Sender)
	op := "join"
	if allowed {
		a.log.Info("joining room", "room", evt.RoomID, "invited_by", evt.Sender)
	} else {
		op = "reject_invite"
		a.log.Info("refusing invite", "room", evt.RoomID, "from", evt.Sender)
	}
	for attempt := 1; ; attempt++ {
		var err error
		if allowed {
			_, err = a.cli.JoinRoomByID(ctx, evt.RoomID)
		} else {
			err = a.refuse(ctx, evt.RoomID)
		}
		if err == nil {
			return true
		}
		if ctx.Err() != nil {
			return false
		}
		metrics.AdapterError(platform, op)
		wait, retry := retryDelay(err, attempt)
		if !retry || attempt >= maxSendAttempts {
			a.log.Warn(op+" failed", "room", evt.RoomID, "attempt", attempt, "err", err)
			return true
		}
		a.log.Warn(op+" failed; retrying", "room", evt.RoomID, "attempt", attempt, "retry_in", wait, "err", err)
		if !sleep(ctx, wait) {
			return false
		}
	}
}

// refuse declines an invite. A membership event with a reason tells the
// inviter why; some homeservers (Dendrite) drop the reason of /leave, so
// it sets the membership directly and falls back to /leave.
func (a *Adapter) refuse(ctx context.Context, room id.RoomID) error {
	_, err := a.cli.SendStateEvent(ctx, room, event.StateMember, string(a.userID),
		&event.MemberEventContent{Membership: event.MembershipLeave, Reason: refuseReason})
	if err == nil {
		return nil
	}
	a.log.Debug("leave with reason failed; plain leave", "room", room, "err", err)
	_, err = a.cli.LeaveRoom(ctx, room, &mautrix.ReqLeave{Reason: refuseReason})
	return err
}

// onUndecryptable reports encrypted messages the bot cannot read because
// encryption is off or not built in; once per room, to keep logs readable.
func (a *Adapter) onUndecryptable(_ context.Context, evt *event.Event) {
	if evt.Sender == a.userID {
		return
	}
	metrics.AdapterError(platform, "decrypt")
	a.warnedMu.Lock()
	seen := a.warned[evt.RoomID]
	a.warned[evt.RoomID] = true
	a.warnedMu.Unlock()
	if seen {
		return
	}
	reason := "end-to-end encryption is disabled by matrix.encryption: false"
	if !cryptoAvailable {
		reason = "built without end-to-end encryption; rebuild with -tags goolm"
	}
	a.log.Error("cannot read encrypted room; its questions are not answered", "room", evt.RoomID, "reason", reason)
}

// onMessage filters a room message and queues an answer when the message
// is a question for the bot. It runs inside the sync loop and does no I/O.
func (a *Adapter) onMessage(ctx context.Context, evt *event.Event) {
	if evt.Sender == a.userID || evt.Mautrix.EventSource&event.SourceTimeline == 0 && evt.Mautrix.EventSource&event.SourceDecrypted == 0 {
		return
	}
	if evt.Unsigned.RedactedBecause != nil {
		return
	}
	content, ok := evt.Content.Parsed.(*event.MessageEventContent)
	if !ok || content == nil {
		return
	}
	switch content.MsgType {
	case event.MsgText, event.MsgEmote:
	default:
		// m.notice is what bots send; answering one could start a bot loop.
		return
	}
	if content.RelatesTo.GetReplaceID() != "" || content.NewContent != nil {
		return // an edit
	}
	asked := time.UnixMilli(evt.Timestamp)
	if age := a.opts.Now().Sub(asked); age > a.cfg.MaxAge {
		a.log.Debug("not answering old message", "room", evt.RoomID, "event_id", evt.ID, "age", age.Round(time.Second))
		return
	}
	initial := fromInitialSync(ctx)
	a.enqueue(ctx, func(ctx context.Context) bool { return a.answer(ctx, evt, content, initial) })
}

// answer decides whether the message is addressed to the bot, asks the
// handler and sends the reply. It returns false when shutdown interrupted
// it before the reply was sent, or when the database cannot record the
// answer: the batch then stays unsynced, to be processed again. initial
// marks a message from the first sync of this store (see fromInitialSync).
func (a *Adapter) answer(ctx context.Context, evt *event.Event, content *event.MessageEventContent, initial bool) bool {
	log := a.log.With("room", evt.RoomID, "event_id", evt.ID)
	if a.takeReason(ctx, evt, content) { // the answer to a 👎's "what was wrong?" (votes.go)
		return true
	}
	text, addressed := a.addressed(ctx, evt, content)
	if !addressed {
		return true
	}
	// An answer the ledger cannot record would be given again after a
	// restart: leave the question until the database takes writes.
	if err := a.opts.Writable(ctx); err != nil {
		log.Debug("not answering: the database cannot record it", "err", err)
		return false
	}
	// The inbox's delivery rule (package inbox): record, lease, answer,
	// mark answered. Matrix has no acknowledgement: the sync token, saved
	// after the batch is handled, plays its part. An event recorded by a
	// run that died before answering comes again with the re-synced batch
	// and is leased again (the holder is this device, so a restart takes
	// its own lease back); an answered one cannot be leased.
	now := a.opts.Now()
	fresh, err := a.st.Record(ctx, inbox.Event{Platform: platform, ID: string(evt.ID), Received: now})
	if err != nil {
		log.Error("event inbox unavailable; not answering", "err", err)
		return ctx.Err() == nil
	}
	leased, err := a.st.Lease(ctx, platform, string(evt.ID), a.holder(), now, now.Add(leaseTTL))
	if err != nil {
		log.Error("event inbox unavailable; not answering", "err", err)
		return ctx.Err() == nil
	}
	if !leased {
		metrics.Duplicate(platform)
		log.Debug("already answered, or being answered elsewhere")
		return true
	}
	// Recorded before and not marked answered: a run (or a leader) that
	// died may have sent the answer already, under a transaction ID the
	// homeserver may have forgotten by now. Look in the room first. So
	// does the first sync of a new store: another device of the bot (a
	// lost database, now restored from the key backup) may have answered.
	if !fresh || initial {
		done, err := a.replied(ctx, evt.RoomID, evt.ID, evt.Timestamp)
		switch {
		case err != nil:
			// Cannot tell: answering again risks a double, not answering
			// a lost question. A lost question is worse.
			log.Warn("cannot check the room for an earlier answer; answering", "err", err)
		case done:
			log.Info("the question was answered before a restart; not answering again")
			if err := a.st.MarkAnswered(context.WithoutCancel(ctx), platform, string(evt.ID), a.opts.Now()); err != nil {
				log.Error("mark the event answered", "err", err)
			}
			return true
		}
	}
	start := time.Now()
	q := bot.Question{
		Text:     text,
		Platform: platform,
		Room:     string(evt.RoomID),
		Thread:   string(content.RelatesTo.GetThreadParent()),
		User:     string(evt.Sender),
		Time:     time.UnixMilli(evt.Timestamp),
	}
	reply := adapters.CapEcho(a.handler.Handle(ctx, q), q.Text)
	msg := render(reply)
	msg.RelatesTo = replyRelation(evt, content)
	msg.Mentions = &event.Mentions{UserIDs: []id.UserID{evt.Sender}}
	if _, err := a.send(ctx, evt.RoomID, msg, replyTxnID(evt.ID)); err != nil {
		if ctx.Err() != nil {
			log.Warn("shutdown interrupted a reply; it is sent on the next start", "err", err)
			return false
		}
		metrics.AdapterError(platform, "send")
		log.Error("reply failed", "err", err)
		return true
	}
	if err := a.st.MarkAnswered(context.WithoutCancel(ctx), platform, string(evt.ID), a.opts.Now()); err != nil {
		log.Error("mark the event answered", "err", err)
	}
	metrics.Question(platform, reply.Intent, len(reply.Answers), time.Since(start))
	log.Info("answered", "intent", reply.Intent, "answers", len(reply.Answers))
	return true
}

// leaseTTL bounds how long an answer may hold its event before another
// worker may take it over.
const leaseTTL = 2 * time.Minute

// holder names this bot's device in inbox leases: one device syncs at a
// time, and a restart of the same device takes its own leases back.
func (a *Adapter) holder() string {
	return "matrix/" + string(a.userID) + "/" + string(a.cli.DeviceID)
}

// replyRelation makes the reply a reply to the question, inside its thread
// when it was asked in one.
func replyRelation(evt *event.Event, content *event.MessageEventContent) *event.RelatesTo {
	rel := &event.RelatesTo{}
	if root := content.RelatesTo.GetThreadParent(); root != "" {
		rel.Type = event.RelThread
		rel.EventID = root
	}
	rel.InReplyTo = &event.InReplyTo{EventID: evt.ID}
	return rel
}

// replyTxnID derives the transaction ID of the reply to a question from
// the question's event ID: a retried send (or a resend after a crash, while
// the homeserver remembers the transaction) yields the same event.
func replyTxnID(question id.EventID) string {
	sum := sha256.Sum256([]byte(question))
	return "stancebot.reply." + hex.EncodeToString(sum[:16])
}

// addressed reports whether a message asks the bot something and returns
// the question with the command prefix or mention removed.
func (a *Adapter) addressed(ctx context.Context, evt *event.Event, content *event.MessageEventContent) (string, bool) {
	// mautrix's own helpers drop a reply's quoted fallback (HTML and
	// text), so a reply to the bot is not read as mentioning it through
	// the quote, and the quote is not read as the question.
	c := *content
	c.RemoveReplyFallback()
	content = &c
	body := event.TrimReplyFallbackText(content.Body)
	trimmed := strings.TrimSpace(body)
	if rest, ok := cutPrefixFold(trimmed, a.cfg.CommandPrefix); ok {
		if rest == "" {
			rest = "help"
		}
		return rest, true
	}
	if a.mentioned(content) {
		text := a.stripMention(trimmed)
		if text == "" {
			text = "help"
		}
		return text, true
	}
	if a.isDM(ctx, evt.RoomID) {
		if trimmed == "" {
			return "", false
		}
		return trimmed, true
	}
	if trimmed != "" && a.inBotThread(ctx, evt.RoomID, content.RelatesTo.GetThreadParent()) {
		return trimmed, true
	}
	return "", false
}

// cutPrefixFold cuts prefix (case-insensitively) when it is followed by
// whitespace or the end of s.
func cutPrefixFold(s, prefix string) (string, bool) {
	if prefix == "" || len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return "", false
	}
	rest := s[len(prefix):]
	if rest != "" && !strings.ContainsAny(rest[:1], " \t\n") {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// mentioned reports an intentional mention: m.mentions, a pill linking to
// the bot, or its display name or user ID in the text.
func (a *Adapter) mentioned(content *event.MessageEventContent) bool {
	if content.Mentions.Has(a.userID) {
		return true
	}
	if content.FormattedBody != "" {
		fb := content.FormattedBody
		if strings.Contains(fb, "matrix.to/#/"+string(a.userID)) ||
			strings.Contains(fb, "matrix.to/#/"+url.PathEscape(string(a.userID))) ||
			strings.Contains(fb, "matrix:u/"+strings.TrimPrefix(string(a.userID), "@")) {
			return true
		}
	}
	return a.mentionRegexp().MatchString(event.TrimReplyFallbackText(content.Body))
}

// mentionRegexp returns the pattern compiled at start, or compiles it.
func (a *Adapter) mentionRegexp() *regexp.Regexp {
	if a.mentionRe != nil {
		return a.mentionRe
	}
	return a.nameRe()
}

// nameRe matches the bot's display name or user ID as a whole word.
func (a *Adapter) nameRe() *regexp.Regexp {
	// The user ID without its "@" (the pattern's "@?" takes it), listed
	// first so "@bot:server" is not matched as the display name "bot".
	alts := []string{regexp.QuoteMeta(strings.TrimPrefix(string(a.userID), "@"))}
	if a.displayName != "" {
		alts = append(alts, regexp.QuoteMeta(a.displayName))
	}
	return regexp.MustCompile(`(?i)(^|[^\pL\pN_])@?(` + strings.Join(alts, "|") + `)($|[^\pL\pN_])`)
}

// stripMention removes the first mention of the bot and the punctuation
// that usually follows it ("stancebot: what ..." → "what ...").
func (a *Adapter) stripMention(s string) string {
	re := a.mentionRegexp()
	loc := re.FindStringSubmatchIndex(s)
	if loc == nil {
		return strings.TrimSpace(s)
	}
	// loc[4]:loc[5] is the name itself; keep the separators around it.
	before, after := s[:loc[4]], s[loc[5]:]
	before = strings.TrimSuffix(before, "@")
	after = strings.TrimLeft(after, ":,;")
	return strings.Join(strings.Fields(before+" "+after), " ")
}

// isDM reports whether the room is a direct chat: the bot and one other member.
func (a *Adapter) isDM(ctx context.Context, room id.RoomID) bool {
	a.dmMu.Lock()
	dm, ok := a.dmCache[room]
	a.dmMu.Unlock()
	if ok {
		return dm
	}
	resp, err := a.cli.JoinedMembers(ctx, room)
	if err != nil {
		metrics.AdapterError(platform, "members")
		a.log.Warn("list room members", "room", room, "err", fmt.Errorf("joined members: %w", err))
		return false
	}
	dm = len(resp.Joined) == 2
	a.dmMu.Lock()
	a.dmCache[room] = dm
	a.dmMu.Unlock()
	return dm
}
