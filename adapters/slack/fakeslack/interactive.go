package fakeslack

// Interactivity payloads, as Slack sends them when a user acts on a
// message: over Socket Mode in an `interactive` envelope, over HTTP as the
// form field `payload` on the request URL (see InteractionForm).

// Payload is an interactivity payload (block_actions, message_action, ...).
type Payload map[string]any

// BlockAction builds a block_actions payload: user pressed the button (or
// picked the option) actionID with value on the bot's message ts in
// channel.
func BlockAction(channel, user, ts, threadTS, actionID, value string) Payload {
	action := map[string]any{"type": "button", "action_id": actionID, "block_id": "actions", "value": value,
		"action_ts": "1700000100.000001"}
	msg := map[string]any{"type": "message", "user": BotUserID, "bot_id": BotID, "ts": ts, "text": "answer"}
	if threadTS != "" {
		msg["thread_ts"] = threadTS
	}
	return Payload{"type": "block_actions", "api_app_id": AppID, "token": "verification-token-unused",
		"team":       map[string]any{"id": TeamID, "domain": "fake"},
		"user":       map[string]any{"id": user, "username": "voter", "team_id": TeamID},
		"container":  map[string]any{"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": false},
		"trigger_id": "trigger-" + actionID + "-" + ts, "channel": map[string]any{"id": channel, "name": "general"},
		"message": msg, "response_url": "", "actions": []any{action}}
}

// SelectAction is BlockAction for a select menu: the chosen option's value.
func SelectAction(channel, user, ts, threadTS, actionID, kind, value string) Payload {
	p := BlockAction(channel, user, ts, threadTS, actionID, "")
	a := p["actions"].([]any)[0].(map[string]any)
	delete(a, "value")
	a["type"] = kind
	a["selected_option"] = map[string]any{"text": map[string]any{"type": "plain_text", "text": value}, "value": value}
	return p
}

// InBlock sets the block_id of a payload's action: Slack names the block
// the element is in (for a select, where the bot keeps its reference).
func (p Payload) InBlock(blockID string) Payload {
	p["actions"].([]any)[0].(map[string]any)["block_id"] = blockID
	return p
}

// MessageShortcut builds a message_action payload: user ran the message
// shortcut callbackID on the message (ts, text) in channel.
func MessageShortcut(channel, user, callbackID, ts, threadTS, text string) Payload {
	msg := map[string]any{"type": "message", "user": "UOTHER01", "ts": ts, "text": text}
	if threadTS != "" {
		msg["thread_ts"] = threadTS
	}
	return Payload{"type": "message_action", "callback_id": callbackID, "api_app_id": AppID,
		"token": "verification-token-unused", "trigger_id": "trigger-shortcut-" + ts, "action_ts": "1700000200.000001",
		"team": map[string]any{"id": TeamID, "domain": "fake"}, "user": map[string]any{"id": user, "name": "asker"},
		"channel": map[string]any{"id": channel, "name": "general"}, "message_ts": ts, "message": msg,
		"response_url": ""}
}

// SendInteractive delivers an interactivity payload over the newest socket
// as an `interactive` envelope and returns its envelope_id.
func (s *Server) SendInteractive(p Payload) string {
	s.t.Helper()
	id := s.nextEnvelope()
	s.send(map[string]any{"envelope_id": id, "type": "interactive", "accepts_response_payload": false, "payload": p})
	return id
}

// BlockSuggestion builds a block_suggestion payload: user typed value in
// the external select actionID of block blockID.
func BlockSuggestion(channel, user, blockID, actionID, value string) Payload {
	return Payload{"type": "block_suggestion", "api_app_id": AppID, "token": "verification-token-unused",
		"team": map[string]any{"id": TeamID}, "user": map[string]any{"id": user}, "channel": map[string]any{"id": channel},
		"block_id": blockID, "action_id": actionID, "value": value,
		"container": map[string]any{"type": "message", "channel_id": channel}}
}

// AckPayload returns the payload the app sent with its ack of envelopeID
// (an external select's options), or nil.
func (s *Server) AckPayload(envelopeID string) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ackPayloads[envelopeID]
}
