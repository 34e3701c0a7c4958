package slack

import (
	"context"
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/metrics"
)

// actionPending is a button press (or select choice) recorded in the
// inbox until a worker has acted on it.
type actionPending struct {
	ActionID  string    `json:"action_id"`
	Ref       recordRef `json:"ref"`
	Selected  string    `json:"selected,omitempty"` // a select's chosen option
	User      string    `json:"user"`
	Channel   string    `json:"channel"`
	MessageTS string    `json:"message_ts"` // the message the buttons are on
	Ephemeral bool      `json:"ephemeral,omitempty"`
}

// onAction takes block_actions payloads (the buttons under an answer)
// and block_suggestion requests (Compare with… options beyond 100),
// which are answered in the acknowledgement itself. view_submission and
// global shortcuts are acknowledged and otherwise left alone: the bot
// opens no modals and declares no global shortcut.
func (a *Adapter) onAction(cb slack.InteractionCallback, src source) (any, error) {
	switch cb.Type {
	case slack.InteractionTypeBlockSuggestion:
		ref, _ := parseRef(cb.BlockID)
		return slack.OptionsResponse{Options: filterOptions(a.compareCandidates(ref.Themes, nil), cb.Value)}, nil
	case slack.InteractionTypeBlockActions:
	default:
		a.log.Info("slack: interaction acknowledged", "type", cb.Type, "transport", src.transport)
		return nil, nil
	}
	for _, act := range cb.ActionCallback.BlockActions {
		p := actionPending{ActionID: act.ActionID, User: cb.User.ID, Channel: cb.Channel.ID,
			MessageTS: cb.Container.MessageTs, Ephemeral: cb.Container.IsEphemeral}
		if p.Channel == "" {
			p.Channel = cb.Container.ChannelID
		}
		if p.MessageTS == "" {
			p.MessageTS = cb.Message.Timestamp
		}
		if act.ActionID == actUnsubscribe {
			p.Selected = act.Value
			key := "act:" + cb.TriggerID + ":" + act.ActionID
			fresh, err := a.record(key, pending{Action: &p}, src)
			if err != nil {
				return nil, err
			}
			if fresh {
				a.enqueue(task{key: key, p: pending{Action: &p}})
			}
			continue
		}
		v := act.Value
		if v == "" {
			v = act.BlockID
			p.Selected = act.SelectedOption.Value
		}
		ref, ok := parseRef(v)
		if !ok || p.User == "" {
			a.log.Debug("slack: ignoring an action that is not the bot's", "action_id", act.ActionID)
			continue
		}
		p.Ref = ref
		// One act per press: the trigger is unique per interaction.
		key := "act:" + cb.TriggerID + ":" + act.ActionID
		if cb.TriggerID == "" {
			key = "act:" + p.Channel + ":" + p.MessageTS + ":" + p.User + ":" + act.ActionID + ":" + act.ActionTs
		}
		fresh, err := a.record(key, pending{Action: &p}, src)
		if err != nil {
			return nil, err
		}
		if fresh {
			a.enqueue(task{key: key, p: pending{Action: &p}})
		}
	}
	return nil, nil
}

// act carries out one recorded press. More, Sources and Compare ask the
// handler the follow-up the button stands for, in the conversation of
// the record, and post the answer in the answer's thread; 👍 / 👎 record
// a vote and thank the voter in an ephemeral message (an update of the
// answer would change it for everyone).
func (a *Adapter) act(ctx context.Context, p actionPending) error {
	thread := p.Ref.Thread
	if thread == "" && !p.Ephemeral {
		thread = p.MessageTS // the answer was in the channel: continue in its thread
	}
	ask := func(text string) error {
		if err := a.restore(ctx, p.Ref); err != nil {
			return err
		}
		q := bot.Question{Text: text, Platform: Platform, Room: p.Ref.Room, Thread: p.Ref.Thread, User: p.User, Time: a.now()}
		return a.answer(ctx, q, func(ctx context.Context, m message) error { return a.post(ctx, p.Channel, thread, m) })
	}
	switch p.ActionID {
	case actUnsubscribe:
		return a.unsubscribe(ctx, p)
	case actMore:
		return ask("more")
	case actSources:
		return ask("sources")
	case actCompare:
		if p.Selected == "" {
			return nil
		}
		return ask(compareQuestion(p.Ref, p.Selected))
	case actUp, actDown:
		vote := feedback.Up
		if p.ActionID == actDown {
			vote = feedback.Down
		}
		if err := a.vote(ctx, p, vote, ""); err != nil {
			return err
		}
		code := a.recordLang(ctx, p.Ref)
		if vote == feedback.Up {
			thanks := bot.T(code, bot.MsgFeedbackThanks)
			return a.ephemeral(ctx, p, thread, message{Text: thanks, Blocks: []slack.Block{section(thanks)}})
		}
		return a.ephemeral(ctx, p, thread, message{Text: bot.T(code, bot.MsgFeedbackWhatWrong), Blocks: reasonBlocks(reasonRef(p.Ref).value(), code)})
	case actReason:
		if !feedback.ValidReason(p.Selected) {
			return nil
		}
		if err := a.vote(ctx, p, feedback.Down, p.Selected); err != nil {
			return err
		}
		helps := bot.T(a.recordLang(ctx, p.Ref), bot.MsgFeedbackHelps)
		return a.ephemeral(ctx, p, thread, message{Text: helps, Blocks: []slack.Block{section(helps)}})
	}
	return nil
}

// vote records a vote with what the reply record says of the answer. A
// record that expired still gets the vote, without its question.
func (a *Adapter) vote(ctx context.Context, p actionPending, vote, reason string) error {
	if a.votes == nil {
		return nil
	}
	v := feedback.Vote{Vote: vote, Reason: reason, Platform: Platform, Room: p.Ref.Room, Thread: p.Ref.Thread, User: p.User, At: a.now()}
	if p.Ref.Digest != "" { // a digest part: what it showed is in the value
		v.Question, v.Intent, v.Keys = p.Ref.Digest, bot.IntentDigest, p.Ref.Keys
	} else if a.conv != nil {
		rec, ok, err := a.replyRecord(ctx, p.Ref)
		if err != nil {
			a.log.Warn("slack: cannot read the reply record of a vote; recording it without", "err", err)
		} else if ok {
			v.Question, v.Intent, v.Keys = rec.Question, rec.Intent, rec.Keys
		}
	}
	if err := a.votes.Record(ctx, v); err != nil {
		metrics.AdapterError(Platform, "feedback")
		return fmt.Errorf("record vote: %w", err)
	}
	if reason == "" { // a reason refines a 👎 already counted
		metrics.Vote(Platform, v.Intent, vote)
	}
	return nil
}

// replyRecord is the reply record ref names: the one under its ID when the
// store finds records by ID, else (buttons posted before records had IDs,
// or a store without Finder) the conversation's latest.
func (a *Adapter) replyRecord(ctx context.Context, ref recordRef) (bot.ReplyRecord, bool, error) {
	key := bot.ConversationKey{Platform: Platform, Room: ref.Room, Thread: ref.Thread}
	if f, ok := a.conv.(conversation.Finder); ok && ref.ID != "" {
		k, rec, found, err := f.Find(ctx, ref.ID)
		if err != nil || !found {
			return rec, found, err
		}
		if k != key { // a value naming another room's record is not trusted
			return bot.ReplyRecord{}, false, nil
		}
		return rec, true, nil
	}
	return a.conv.Get(ctx, key)
}

// restore makes the record ref names its conversation's latest again,
// so that More, Sources and Compare (asked as the follow-ups "more",
// "sources", "compare …" through bot.FollowUps, which continues the
// latest record) continue the answer the button sits under rather than
// a newer answer in the same thread. A record that expired is left
// alone: the follow-up then answers as the conversation stands.
func (a *Adapter) restore(ctx context.Context, ref recordRef) error {
	if a.conv == nil || ref.ID == "" {
		return nil
	}
	key := bot.ConversationKey{Platform: Platform, Room: ref.Room, Thread: ref.Thread}
	latest, ok, err := a.conv.Get(ctx, key)
	if err != nil {
		return fmt.Errorf("read conversation: %w", err)
	}
	if ok && latest.ID == ref.ID {
		return nil
	}
	rec, ok, err := a.replyRecord(ctx, ref)
	if err != nil {
		return fmt.Errorf("read reply record %s: %w", ref.ID, err)
	}
	if !ok {
		return nil
	}
	if err := a.conv.Put(ctx, key, rec); err != nil {
		return fmt.Errorf("restore reply record %s: %w", ref.ID, err)
	}
	return nil
}

// ephemeral shows m to the user who acted only.
func (a *Adapter) ephemeral(ctx context.Context, p actionPending, thread string, m message) error {
	opts := []slack.MsgOption{slack.MsgOptionText(m.Text, false), slack.MsgOptionBlocks(m.Blocks...)}
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	return a.out.do(ctx, p.Channel, "chat.postEphemeral", func(ctx context.Context) error {
		_, err := a.api.PostEphemeralContext(ctx, p.Channel, p.User, opts...)
		return err
	})
}

// compareQuestion is the question Compare with… asks: the answer's
// countries and the chosen one, on the answer's themes.
func compareQuestion(ref recordRef, with string) string {
	countries := append(append([]string{}, ref.Countries...), with)
	q := "compare " + strings.Join(countries, " and ")
	if len(ref.Themes) > 0 {
		q += " on " + strings.Join(ref.Themes, " and ")
	}
	return q
}

// recordLang is the language of the answer a button belongs to, from its
// reply record ("" when the record is gone: English).
func (a *Adapter) recordLang(ctx context.Context, ref recordRef) string {
	if ref.Digest != "" { // a digest part has no record; its language rides in the value
		return ref.Lang
	}
	if a.conv == nil {
		return ""
	}
	rec, ok, err := a.replyRecord(ctx, ref)
	if err != nil || !ok {
		return ""
	}
	return rec.Lang
}
