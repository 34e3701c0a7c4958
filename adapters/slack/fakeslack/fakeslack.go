// Package fakeslack is an in-process Slack for tests. It speaks Slack's
// wire formats on loopback: Web API methods over HTTP (auth.test,
// apps.connections.open, chat.postMessage, chat.postEphemeral), slash
// command response_urls, and Socket Mode over a real WebSocket with
// hello, events_api and slash_commands envelopes, envelope_id acks,
// disconnect and reconnect. It records every call for assertions and can
// answer a method with HTTP 429 and Retry-After.
package fakeslack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Identities the fake workspace uses.
const (
	BotToken  = "xoxb-fake-bot-token"
	AppToken  = "xapp-fake-app-token"
	BotUserID = "UBOT0001"
	BotID     = "BBOT0001"
	TeamID    = "TFAKE001"
	AppID     = "AFAKE001"
)

// Call is one recorded Web API call or response_url post.
type Call struct {
	Method      string     // "chat.postMessage", "response_url", ...
	Form        url.Values // form-encoded parameters
	JSON        map[string]any
	RateLimited bool // answered with 429 (or, for response_url, failed)
	Seq         int  // order of arrival
}

// Blocks decodes the call's Block Kit blocks (form "blocks" or JSON).
func (c Call) Blocks() []map[string]any {
	var out []map[string]any
	if b := c.Form.Get("blocks"); b != "" {
		json.Unmarshal([]byte(b), &out)
		return out
	}
	if c.JSON != nil {
		raw, _ := json.Marshal(c.JSON["blocks"])
		json.Unmarshal(raw, &out)
	}
	return out
}

// Param returns a parameter of the call, from the form or the JSON body.
func (c Call) Param(k string) string {
	if v := c.Form.Get(k); v != "" {
		return v
	}
	if c.JSON != nil {
		if v, ok := c.JSON[k].(string); ok {
			return v
		}
	}
	return ""
}

// Server is a fake Slack workspace.
type Server struct {
	t   testing.TB
	srv *httptest.Server
	// URL is the server's base URL; APIURL is what slack.api_url points at.
	URL, APIURL string

	mu          sync.Mutex
	calls       []Call
	seq         int
	limits      map[string][]int // method -> Retry-After seconds of the next 429 answers
	conns       []*wsConn
	connects    int
	acks        map[string]int
	envelope    int
	responses   int
	openFails   int
	failResp    bool
	authFails   int
	ackPayloads map[string]map[string]any
	// refuseBlocks is the error the next message with blocks gets.
	refuseBlocks string
	// delays holds, per method, how long to hold back the answers of the
	// next calls (DelayNext); the message is committed first.
	delays map[string][]time.Duration
	// messages are the posted messages, by channel, oldest first.
	messages map[string][]Message
	// holds are the calls to keep waiting (HoldNext, hold.go).
	holds []*Hold
}

// Message is a message the fake committed (chat.postMessage).
type Message struct {
	Channel, TS, ThreadTS, Text string
	// Metadata is the message's metadata as posted (JSON), "" when none.
	Metadata string
}

type wsConn struct {
	c      *websocket.Conn
	mu     sync.Mutex  // one writer at a time
	frozen atomic.Bool // stop answering pings: a silently dead connection
}

func (w *wsConn) write(v any) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.c.WriteJSON(v)
}

// New starts a fake Slack on 127.0.0.1 and stops it when the test ends.
func New(t testing.TB) *Server {
	s := &Server{t: t, limits: map[string][]int{}, acks: map[string]int{}, ackPayloads: map[string]map[string]any{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/auth.test", s.authTest)
	mux.HandleFunc("/api/apps.connections.open", s.connectionsOpen)
	mux.HandleFunc("/api/chat.postMessage", s.chat("chat.postMessage"))
	mux.HandleFunc("/api/chat.postEphemeral", s.chat("chat.postEphemeral"))
	mux.HandleFunc("/api/views.publish", s.viewsPublish)
	mux.HandleFunc("/api/conversations.history", s.history("conversations.history"))
	mux.HandleFunc("/api/conversations.replies", s.history("conversations.replies"))
	mux.HandleFunc("/response/", s.responseURL)
	mux.HandleFunc("/socket", s.socket)
	s.srv = httptest.NewServer(mux)
	s.URL = s.srv.URL
	s.APIURL = s.srv.URL + "/api/"
	t.Cleanup(s.Close)
	return s
}

// Close drops every socket and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	for _, c := range s.conns {
		c.c.Close()
	}
	s.conns = nil
	s.mu.Unlock()
	s.srv.CloseClientConnections()
	s.srv.Close()
}

func token(r *http.Request) string {
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		return strings.TrimPrefix(h, "Bearer ")
	}
	r.ParseForm()
	return r.Form.Get("token")
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) authTest(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	fail := s.authFails > 0
	if fail {
		s.authFails--
	}
	s.mu.Unlock()
	if fail {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if token(r) != BotToken {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	writeJSON(w, map[string]any{"ok": true, "url": "https://fake.slack.test/", "team": "Fake",
		"user": "stancebot", "team_id": TeamID, "user_id": BotUserID, "bot_id": BotID})
}

func (s *Server) connectionsOpen(w http.ResponseWriter, r *http.Request) {
	if token(r) != AppToken {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	s.mu.Lock()
	fail := s.openFails > 0
	if fail {
		s.openFails--
	}
	s.mu.Unlock()
	if fail {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	ws := "ws" + strings.TrimPrefix(s.URL, "http") + "/socket"
	writeJSON(w, map[string]any{"ok": true, "url": ws})
}

func (s *Server) chat(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		tok := token(r)
		c := Call{Method: method, Form: r.Form}
		s.mu.Lock()
		s.seq++
		c.Seq = s.seq
		var retryAfter = -1
		if q := s.limits[method]; len(q) > 0 {
			retryAfter, s.limits[method] = q[0], q[1:]
			c.RateLimited = true
		}
		s.calls = append(s.calls, c)
		s.mu.Unlock()
		if tok != BotToken {
			writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		if retryAfter >= 0 || retryAfter == NoRetryAfter {
			if retryAfter >= 0 {
				w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
			}
			w.WriteHeader(http.StatusTooManyRequests)
			writeJSON(w, map[string]any{"ok": false, "error": "ratelimited"})
			return
		}
		if r.Form.Get("channel") == "" {
			writeJSON(w, map[string]any{"ok": false, "error": "channel_not_found"})
			return
		}
		if r.Form.Get("text") == "" && r.Form.Get("blocks") == "" {
			writeJSON(w, map[string]any{"ok": false, "error": "no_text"})
			return
		}
		s.mu.Lock()
		refuse := s.refuseBlocks
		if refuse != "" && r.Form.Get("blocks") != "" {
			s.refuseBlocks = ""
		} else {
			refuse = ""
		}
		s.mu.Unlock()
		if refuse == "" {
			refuse = checkBlocks(r.Form.Get("blocks"))
		}
		if refuse != "" {
			writeJSON(w, map[string]any{"ok": false, "error": refuse})
			return
		}
		ts := stamp(c.Seq)
		if method == "chat.postEphemeral" {
			writeJSON(w, map[string]any{"ok": true, "message_ts": ts})
			return
		}
		ch := r.Form.Get("channel")
		msg := Message{Channel: ch, TS: ts, ThreadTS: r.Form.Get("thread_ts"),
			Text: r.Form.Get("text"), Metadata: r.Form.Get("metadata")}
		s.mu.Lock()
		hold := s.takeHold(method)
		s.mu.Unlock()
		if hold != nil && !hold.commit {
			hold.Message = msg
			close(hold.reached)
			select {
			case <-hold.release:
			case <-r.Context().Done(): // the client died: nothing was committed
				return
			}
		}
		// Like Slack, commit the message on receipt: a delayed or lost
		// answer does not undo it.
		s.mu.Lock()
		if s.messages == nil {
			s.messages = map[string][]Message{}
		}
		s.messages[ch] = append(s.messages[ch], msg)
		var delay time.Duration
		if q := s.delays[method]; len(q) > 0 {
			delay, s.delays[method] = q[0], q[1:]
		}
		s.mu.Unlock()
		if delay > 0 {
			select {
			case <-time.After(delay):
			case <-r.Context().Done(): // the client gave up; the message stays
				return
			}
		}
		if hold != nil && hold.commit {
			hold.Message = msg
			close(hold.reached)
			select {
			case <-hold.release:
			case <-r.Context().Done(): // the client died; the message stays
				return
			}
		}
		writeJSON(w, map[string]any{"ok": true, "channel": ch, "ts": ts})
	}
}

func (s *Server) responseURL(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.seq++
	s.calls = append(s.calls, Call{Method: "response_url", JSON: m, Seq: s.seq, Form: url.Values{"path": {r.URL.Path}},
		RateLimited: s.failResp})
	fail := s.failResp
	s.mu.Unlock()
	if fail {
		http.Error(w, "expired_url", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	io.WriteString(w, "ok")
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) socket(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	wc := &wsConn{c: c}
	c.SetPingHandler(func(data string) error {
		if wc.frozen.Load() {
			return nil
		}
		wc.mu.Lock()
		defer wc.mu.Unlock()
		return c.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(time.Second))
	})
	s.mu.Lock()
	s.conns = append(s.conns, wc)
	s.connects++
	n := len(s.conns)
	s.mu.Unlock()
	wc.write(map[string]any{"type": "hello", "num_connections": n,
		"debug_info":      map[string]any{"host": "fake-slack", "approximate_connection_time": 18060},
		"connection_info": map[string]any{"app_id": AppID}})
	defer s.drop(wc)
	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			return
		}
		var ack struct {
			EnvelopeID string         `json:"envelope_id"`
			Payload    map[string]any `json:"payload"`
		}
		if json.Unmarshal(data, &ack) == nil && ack.EnvelopeID != "" {
			s.mu.Lock()
			s.acks[ack.EnvelopeID]++
			if ack.Payload != nil {
				s.ackPayloads[ack.EnvelopeID] = ack.Payload
			}
			s.mu.Unlock()
		}
	}
}

func (s *Server) drop(wc *wsConn) {
	wc.c.Close()
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, c := range s.conns {
		if c == wc {
			s.conns = append(s.conns[:i], s.conns[i+1:]...)
			return
		}
	}
}

// current is the newest open socket.
func (s *Server) current() *wsConn {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.conns) == 0 {
		return nil
	}
	return s.conns[len(s.conns)-1]
}

// Event is an Events API inner event (app_mention, message, ...).
type Event map[string]any

// Mention builds an app_mention event.
func Mention(channel, user, ts, threadTS, text string) Event {
	e := Event{"type": "app_mention", "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts}
	if threadTS != "" {
		e["thread_ts"] = threadTS
	}
	return e
}

// DM builds a message.im event.
func DM(channel, user, ts, text string) Event {
	return Event{"type": "message", "channel_type": "im", "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts}
}

// ChannelMessage builds a message.channels event (channelType "channel";
// "group" for message.groups): a message in a channel the bot is in,
// without a mention; threadTS makes it a reply in that thread.
func ChannelMessage(channelType, channel, user, ts, threadTS, text string) Event {
	e := Event{"type": "message", "channel_type": channelType, "user": user, "text": text, "ts": ts,
		"channel": channel, "event_ts": ts}
	if threadTS != "" {
		e["thread_ts"] = threadTS
	}
	return e
}

// Callback wraps an inner event in the Events API outer event.
func Callback(eventID string, ev Event) map[string]any {
	return map[string]any{"token": "verification-token-unused", "team_id": TeamID, "api_app_id": AppID,
		"type": "event_callback", "event_id": eventID, "event_time": 1700000000, "event": ev,
		"authorizations": []any{map[string]any{"team_id": TeamID, "user_id": BotUserID, "is_bot": true}}}
}

func (s *Server) nextEnvelope() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.envelope++
	return fmt.Sprintf("env-%04d", s.envelope)
}

// SendEvent delivers an event over the newest socket as an events_api
// envelope, as Slack does (retry > 0 marks a redelivery), and returns its
// envelope_id.
func (s *Server) SendEvent(eventID string, ev Event, retry int) string {
	s.t.Helper()
	id := s.nextEnvelope()
	env := map[string]any{"envelope_id": id, "type": "events_api", "accepts_response_payload": false,
		"retry_attempt": retry, "retry_reason": "", "payload": Callback(eventID, ev)}
	if retry > 0 {
		env["retry_reason"] = "timeout"
	}
	s.send(env)
	return id
}

// Slash describes a slash command invocation.
type Slash struct {
	Channel, User, Text, TriggerID string
}

// SendSlash delivers a slash command over the newest socket as a
// slash_commands envelope and returns its envelope_id.
func (s *Server) SendSlash(c Slash) string {
	s.t.Helper()
	id := s.nextEnvelope()
	s.send(map[string]any{"envelope_id": id, "type": "slash_commands", "accepts_response_payload": true,
		"payload": s.SlashPayload(c)})
	return id
}

// SlashPayload is the slash command's fields, as Slack sends them (as a
// JSON object over Socket Mode, form-encoded over HTTP).
func (s *Server) SlashPayload(c Slash) map[string]string {
	s.mu.Lock()
	s.responses++
	n := s.responses
	s.mu.Unlock()
	trigger := c.TriggerID
	if trigger == "" {
		trigger = fmt.Sprintf("trigger-%d", n)
	}
	return map[string]string{"token": "verification-token-unused", "team_id": TeamID, "team_domain": "fake",
		"channel_id": c.Channel, "channel_name": "general", "user_id": c.User, "user_name": "asker",
		"command": "/stance", "text": c.Text, "api_app_id": AppID, "is_enterprise_install": "false",
		"response_url": fmt.Sprintf("%s/response/%d", s.URL, n), "trigger_id": trigger}
}

func (s *Server) send(v any) {
	s.t.Helper()
	c := s.current()
	if c == nil {
		s.t.Fatalf("fakeslack: no socket connected")
	}
	if err := c.write(v); err != nil {
		s.t.Fatalf("fakeslack: write envelope: %v", err)
	}
}

// Disconnect sends a `disconnect` envelope on the newest socket, as Slack
// does before it recycles a connection.
func (s *Server) Disconnect(reason string) {
	s.t.Helper()
	s.send(map[string]any{"type": "disconnect", "reason": reason,
		"debug_info": map[string]any{"host": "fake-slack"}})
}

// Kill drops the newest socket without a close frame: a dead connection.
func (s *Server) Kill() {
	if c := s.current(); c != nil {
		c.c.UnderlyingConn().Close()
	}
}

// Freeze makes the newest socket go silent without closing: no pongs, no
// messages, as a connection dropped somewhere on the way does.
func (s *Server) Freeze() {
	if c := s.current(); c != nil {
		c.frozen.Store(true)
	}
}

// FailAuthTests makes the next n auth.test calls fail with 503.
func (s *Server) FailAuthTests(n int) { s.mu.Lock(); s.authFails = n; s.mu.Unlock() }

// FailOpens makes the next n apps.connections.open calls fail with 503.
func (s *Server) FailOpens(n int) { s.mu.Lock(); s.openFails = n; s.mu.Unlock() }

// FailResponses makes every response_url answer 404, as an expired one does.
func (s *Server) FailResponses() { s.mu.Lock(); s.failResp = true; s.mu.Unlock() }

// NoRetryAfter, given to RateLimit, answers HTTP 429 without a
// Retry-After header, as Slack does for some limits (message_limit_exceeded).
const NoRetryAfter = -2

// RateLimit answers the next len(retryAfter) calls of method with HTTP 429
// and the given Retry-After seconds (or none, for NoRetryAfter).
func (s *Server) RateLimit(method string, retryAfter ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits[method] = append(s.limits[method], retryAfter...)
}

// Calls returns the recorded calls of method ("" for all), in order.
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Acked returns how many times envelopeID was acknowledged.
func (s *Server) Acked(envelopeID string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.acks[envelopeID]
}

// Connects is how many sockets were opened so far.
func (s *Server) Connects() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.connects
}

// Wait polls cond until it holds, failing the test after 15 seconds.
func (s *Server) Wait(what string, cond func() bool) {
	s.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			s.t.Fatalf("fakeslack: timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// WaitCalls waits until at least n successful (not rate-limited) calls of
// method were recorded and returns them.
func (s *Server) WaitCalls(method string, n int) []Call {
	s.t.Helper()
	var ok []Call
	s.Wait(fmt.Sprintf("%d %s call(s)", n, method), func() bool {
		ok = ok[:0]
		for _, c := range s.Calls(method) {
			if !c.RateLimited {
				ok = append(ok, c)
			}
		}
		return len(ok) >= n
	})
	return ok
}

// Sign computes the X-Slack-Signature of body at timestamp ts.
func Sign(secret string, ts int64, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(m, "v0:%d:", ts)
	m.Write(body)
	return "v0=" + hex.EncodeToString(m.Sum(nil))
}

// SignedRequest builds a request to url as Slack's Events API sends it,
// signed with secret at time ts.
func SignedRequest(url, contentType, secret string, ts time.Time, body []byte) *http.Request {
	r, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(string(body)))
	r.Header.Set("Content-Type", contentType)
	r.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(ts.Unix(), 10))
	r.Header.Set("X-Slack-Signature", Sign(secret, ts.Unix(), body))
	return r
}

// RefuseBlocks makes the next message with blocks fail with code
// ("invalid_blocks", "msg_blocks_too_long"), as Slack does for a limit
// the fake does not check.
func (s *Server) RefuseBlocks(code string) { s.mu.Lock(); s.refuseBlocks = code; s.mu.Unlock() }

// DelayNext holds back the answer to the next call of method by d, after
// committing its message: past the client's timeout, the client sees an
// error although the message was posted (the hard case for retries).
func (s *Server) DelayNext(method string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.delays == nil {
		s.delays = map[string][]time.Duration{}
	}
	s.delays[method] = append(s.delays[method], d)
}

// Messages returns the messages committed to channel, oldest first.
func (s *Server) Messages(channel string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages[channel]...)
}

// stamp is the ts of the seq-th call's message: the wall clock's second,
// as Slack's is (so oldest/latest windows select real time), and the call's
// sequence number as the fraction, so timestamps are unique and grow with
// the order of arrival.
func stamp(seq int) string { return fmt.Sprintf("%d.%06d", time.Now().Unix(), seq%1000000) }

// history answers conversations.history (a channel's messages) and
// conversations.replies (a thread's: ts is the parent), newest first, as
// Slack does: only messages inside the oldest/latest window (exclusive
// unless inclusive=true), limit a page (default 100, at most 999), and the
// rest behind response_metadata.next_cursor with has_more; metadata only
// with include_all_metadata=true.
func (s *Server) history(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		c := Call{Method: method, Form: r.Form}
		s.mu.Lock()
		s.seq++
		c.Seq = s.seq
		s.calls = append(s.calls, c)
		msgs := append([]Message(nil), s.messages[r.Form.Get("channel")]...)
		s.mu.Unlock()
		if token(r) != BotToken {
			writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		oldest := tsValue(r.Form.Get("oldest"))
		latest := tsValue(r.Form.Get("latest"))
		if latest == 0 {
			latest = math.MaxInt64
		}
		inclusive := r.Form.Get("inclusive") == "true" || r.Form.Get("inclusive") == "1"
		limit, err := strconv.Atoi(r.Form.Get("limit"))
		if err != nil || limit <= 0 {
			limit = 100
		}
		limit = min(limit, 999)
		from := 0
		if cur := r.Form.Get("cursor"); cur != "" {
			raw, _ := base64.StdEncoding.DecodeString(cur)
			n, err := strconv.Atoi(strings.TrimPrefix(string(raw), "next:"))
			if err != nil || !strings.HasPrefix(string(raw), "next:") || n < 0 {
				writeJSON(w, map[string]any{"ok": false, "error": "invalid_cursor"})
				return
			}
			from = n
		}
		thread := r.Form.Get("ts")
		withMeta := r.Form.Get("include_all_metadata") == "true" || r.Form.Get("include_all_metadata") == "1"
		var window []Message
		sort.SliceStable(msgs, func(i, j int) bool { return tsValue(msgs[i].TS) > tsValue(msgs[j].TS) })
		for _, m := range msgs {
			if method == "conversations.replies" && m.ThreadTS != thread && m.TS != thread {
				continue
			}
			ts := tsValue(m.TS)
			if ts < oldest || ts > latest || (!inclusive && (ts == oldest || ts == latest)) {
				continue
			}
			window = append(window, m)
		}
		out := []map[string]any{}
		for _, m := range window[min(from, len(window)):min(from+limit, len(window))] {
			v := map[string]any{"type": "message", "ts": m.TS, "text": m.Text, "user": BotUserID}
			if m.ThreadTS != "" {
				v["thread_ts"] = m.ThreadTS
			}
			if withMeta && m.Metadata != "" {
				var md any
				if json.Unmarshal([]byte(m.Metadata), &md) == nil {
					v["metadata"] = md
				}
			}
			out = append(out, v)
		}
		resp := map[string]any{"ok": true, "messages": out, "has_more": false}
		if from+limit < len(window) {
			resp["has_more"] = true
			resp["response_metadata"] = map[string]any{"next_cursor": base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("next:%d", from+limit)))}
		}
		writeJSON(w, resp)
	}
}

// tsValue is a Slack ts ("1700000000.000100") in microseconds, for
// ordering and windows; 0 when it is not one.
func tsValue(ts string) int64 {
	sec, frac, _ := strings.Cut(ts, ".")
	s, err := strconv.ParseInt(sec, 10, 64)
	if err != nil {
		return 0
	}
	frac = (frac + "000000")[:6]
	us, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0
	}
	return s*1000000 + us
}

// AddMessage commits a message as if it had been posted earlier (by a
// process that then died), for tests of resending after a crash.
func (s *Server) AddMessage(m Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.messages == nil {
		s.messages = map[string][]Message{}
	}
	s.seq++
	if m.TS == "" {
		m.TS = stamp(s.seq)
	}
	s.messages[m.Channel] = append(s.messages[m.Channel], m)
}
