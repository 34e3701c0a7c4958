package slack

import (
	"encoding/json"
	"net/http"

	"github.com/slack-go/slack"
)

// Interactivity: what Slack sends when a user presses a button, picks from
// a select, submits a modal or runs a shortcut. Over HTTP it arrives on
// the request URL as a form field `payload=` holding JSON; over Socket
// Mode as an `interactive` envelope. Both are routed here by payload type.

// shortcutAsk is the callback_id of the "Ask stancebot" message shortcut
// (declared in manifest.yaml).
const shortcutAsk = "ask_stancebot"

// serveInteraction answers an interactivity request over HTTP: it is
// acknowledged with an empty 200 once recorded (Slack wants it within 3
// seconds), or refused with 503 when it could not be recorded.
func (a *Adapter) serveInteraction(w http.ResponseWriter, payload []byte, src source) {
	var cb slack.InteractionCallback
	if err := json.Unmarshal(payload, &cb); err != nil {
		http.Error(w, "bad interaction payload", http.StatusBadRequest)
		return
	}
	resp, err := a.onInteraction(cb, src)
	if err != nil {
		http.Error(w, "cannot record the interaction now; retry later", http.StatusServiceUnavailable)
		return
	}
	if resp != nil { // block_suggestion: the options are the response
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// onInteraction takes one interaction payload, recording what needs an
// answer before it returns (like onEvent: an error means it was not
// recorded and must not be acknowledged). resp, when not nil, is the
// acknowledgement's payload (the options of an external select).
func (a *Adapter) onInteraction(cb slack.InteractionCallback, src source) (resp any, err error) {
	switch cb.Type {
	case slack.InteractionTypeMessageAction:
		if cb.CallbackID != shortcutAsk {
			a.log.Info("slack: ignoring a message shortcut", "callback_id", cb.CallbackID)
			return nil, nil
		}
		return nil, a.onAskShortcut(cb, src)
	default:
		// block_actions, view_submission, global shortcuts: acknowledged;
		// what the bot does with its own buttons is in actions.go.
		return a.onAction(cb, src)
	}
}

// onAskShortcut answers the message the "Ask stancebot" shortcut was run
// on as a question, in that message's thread.
func (a *Adapter) onAskShortcut(cb slack.InteractionCallback, src source) error {
	msg := cb.Message
	if cb.Channel.ID == "" || msg.Timestamp == "" || cb.User.ID == "" {
		a.log.Warn("slack: message shortcut without channel, message or user")
		return nil
	}
	thread := msg.ThreadTimestamp
	if thread == "" {
		thread = msg.Timestamp
	}
	ev := messageEvent{Type: "message", User: cb.User.ID, Text: msg.Text, TS: msg.Timestamp,
		ThreadTS: thread, Channel: cb.Channel.ID}
	// One answer per message and user, however often the shortcut is run.
	key := "shortcut:" + cb.Channel.ID + ":" + msg.Timestamp + ":" + cb.User.ID
	fresh, err := a.record(key, pending{Event: &ev}, src)
	if err != nil || !fresh {
		return err
	}
	a.enqueue(task{key: key, p: pending{Event: &ev}})
	return nil
}
