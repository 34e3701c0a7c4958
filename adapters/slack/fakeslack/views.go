package fakeslack

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
)

// MaxHomeBlocks is Slack's limit of blocks in a Home tab view.
const MaxHomeBlocks = 100

// viewsPublish records views.publish (a JSON body) and refuses what Slack
// refuses: a view without user_id, or with more than 100 blocks.
func (s *Server) viewsPublish(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		// slack-go may send the view form-encoded.
		form, _ := url.ParseQuery(string(body))
		m = map[string]any{"user_id": form.Get("user_id")}
		var view any
		json.Unmarshal([]byte(form.Get("view")), &view)
		m["view"] = view
	}
	s.mu.Lock()
	s.seq++
	s.calls = append(s.calls, Call{Method: "views.publish", JSON: m, Seq: s.seq})
	s.mu.Unlock()
	if r.Header.Get("Authorization") != "Bearer "+BotToken {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	view, _ := m["view"].(map[string]any)
	if u, _ := m["user_id"].(string); u == "" || view == nil {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_arguments"})
		return
	}
	if blocks, _ := view["blocks"].([]any); len(blocks) > MaxHomeBlocks || view["type"] != "home" {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_arguments"})
		return
	}
	writeJSON(w, map[string]any{"ok": true, "view": view})
}

// HomeOpened builds an app_home_opened event: user opened the app's tab
// ("home" or "messages"); channel is their DM with the app.
func HomeOpened(user, channel, tab, ts string) Event {
	return Event{"type": "app_home_opened", "user": user, "channel": channel, "tab": tab, "event_ts": ts}
}

// ViewAction builds a block_actions payload from a button on the Home tab.
func ViewAction(user, actionID, value string) Payload {
	return Payload{"type": "block_actions", "api_app_id": AppID, "token": "verification-token-unused",
		"team": map[string]any{"id": TeamID}, "user": map[string]any{"id": user},
		"container": map[string]any{"type": "view", "view_id": "VHOME001"}, "trigger_id": "trigger-view-" + actionID + "-" + value,
		"view":    map[string]any{"id": "VHOME001", "type": "home"},
		"actions": []any{map[string]any{"type": "button", "action_id": actionID, "block_id": "b1", "value": value, "action_ts": "1700000300.000001"}}}
}
