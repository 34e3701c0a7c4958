package matrix_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/store"
)

// These tests run the adapter against a real Dendrite over HTTP on
// 127.0.0.1. Every "nothing happened" assertion is made after a later
// marker question was answered: the bot handles sync batches in order, so
// a reply that would have come must have come by then.

// groupRoom creates a room of alice, the bot and carol (so it is not a DM)
// and waits for everyone to join.
func (e *env) groupRoom(name string) id.RoomID {
	e.t.Helper()
	carol, err := e.srv.Register(context.Background(), fmt.Sprintf("carol%d", userSeq.Add(1)))
	if err != nil {
		e.t.Fatal(err)
	}
	room := e.createRoom(&mautrix.ReqCreateRoom{Name: name, Preset: "private_chat", Invite: []id.UserID{e.botUser.ID, carol.ID}})
	if _, err := carol.Client.JoinRoomByID(context.Background(), room); err != nil {
		e.t.Fatalf("carol joins: %v", err)
	}
	waitJoined(e.t, e.alice.Client, room, e.botUser.ID)
	waitJoined(e.t, e.alice.Client, room, carol.ID)
	return room
}

// dmRoom creates a direct chat between alice and the bot.
func (e *env) dmRoom() id.RoomID {
	e.t.Helper()
	room := e.createRoom(&mautrix.ReqCreateRoom{Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{e.botUser.ID}})
	waitJoined(e.t, e.alice.Client, room, e.botUser.ID)
	return room
}

// ask sends a question as alice and waits for the bot's reply.
func (e *env) ask(room id.RoomID, body string) (id.EventID, *event.Event) {
	e.t.Helper()
	q := send(e.t, e.alice.Client, room, text(body))
	return q, waitReply(e.t, e.alice.Client, room, e.botUser.ID, q)
}

func TestInviteJoinAndMentionInGroupRoom(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	room := e.groupRoom("mentions")

	question := `what does Peru say on <attribution> & "norms"?`
	// As Element sends a mention: a pill in HTML, the display name in the
	// body, and m.mentions.
	botName := e.botUser.ID.Localpart()
	q := send(t, e.alice.Client, room, &event.MessageEventContent{
		MsgType:       event.MsgText,
		Body:          botName + ": " + question,
		Format:        event.FormatHTML,
		FormattedBody: fmt.Sprintf(`<a href="https://matrix.to/#/%s">%s</a>: %s`, e.botUser.ID, botName, htmlEscape(question)),
		Mentions:      &event.Mentions{UserIDs: []id.UserID{e.botUser.ID}},
	})
	reply := waitReply(t, e.alice.Client, room, e.botUser.ID, q)
	assertAnswer(t, reply, q, question)
	if c := reply.Content.AsMessage(); strings.Contains(c.FormattedBody, "<attribution>") {
		t.Errorf("question echoed without HTML escaping:\n%s", c.FormattedBody)
	}

	got := e.h.asked(question)
	if len(got) != 1 {
		t.Fatalf("handler got %d questions %q, want 1 (all: %+v)", len(got), question, e.h.questions())
	}
	if g := got[0]; g.Platform != "matrix" || g.Room != string(room) || g.User != string(e.alice.ID) || g.Thread != "" {
		t.Errorf("question = %+v, want platform matrix, room %s, user %s, no thread", g, room, e.alice.ID)
	}

	// A mention by display name only (no m.mentions, no pill) is answered too.
	q2, reply2 := e.ask(room, "Hey "+botName+", list countries")
	assertAnswer(t, reply2, q2, "Hey list countries")

	// Chatter that does not address the bot is not answered in a group room.
	chatter := send(t, e.alice.Client, room, text("what does Peru say on attribution, carol?"))
	e.ask(room, "!stance marker")
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, chatter); len(r) != 0 {
		t.Errorf("bot answered a message not addressed to it: %v", r[0].Content.Raw)
	}
	if n := len(e.h.asked("what does Peru say on attribution, carol?")); n != 0 {
		t.Errorf("handler asked %d times about chatter", n)
	}
}

func TestCommandPrefix(t *testing.T) {
	for _, tc := range []struct {
		name, prefix, body, want string
	}{
		{"default", "", "!stance compare Peru and Cuba", "compare Peru and Cuba"},
		{"default case-insensitive", "", "!Stance   compare Peru and Cuba", "compare Peru and Cuba"},
		{"bare prefix asks for help", "", "!stance", "help"},
		{"configured", "!pos", "!pos compare Peru and Cuba", "compare Peru and Cuba"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			e.cfg.CommandPrefix = tc.prefix
			e.startBot()
			room := e.groupRoom("commands")
			q, reply := e.ask(room, tc.body)
			assertAnswer(t, reply, q, tc.want)
			if n := len(e.h.asked(tc.want)); n != 1 {
				t.Errorf("handler asked %q %d times, want 1", tc.want, n)
			}
		})
	}

	t.Run("other prefix ignored", func(t *testing.T) {
		e := newEnv(t)
		e.cfg.CommandPrefix = "!pos"
		e.startBot()
		room := e.groupRoom("commands")
		ignored := send(t, e.alice.Client, room, text("!stance compare Peru and Cuba"))
		glued := send(t, e.alice.Client, room, text("!posture is not a command"))
		e.ask(room, "!pos marker")
		for _, q := range []id.EventID{ignored, glued} {
			if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, q); len(r) != 0 {
				t.Errorf("bot answered %s under prefix !pos", q)
			}
		}
	})
}

func TestThreadReply(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	room := e.groupRoom("threads")
	root := send(t, e.alice.Client, room, text("Thread about Cuba"))
	question := "what does Cuba say on sovereignty?"
	q := send(t, e.alice.Client, room, &event.MessageEventContent{
		MsgType:   event.MsgText,
		Body:      "!stance " + question,
		RelatesTo: (&event.RelatesTo{}).SetThread(root, root),
	})
	reply := waitReply(t, e.alice.Client, room, e.botUser.ID, q)
	assertAnswer(t, reply, q, question)
	rel := reply.Content.AsMessage().RelatesTo
	if rel.Type != event.RelThread || rel.EventID != root {
		t.Errorf("reply relation = %+v, want m.thread on %s", rel, root)
	}
	got := e.h.asked(question)
	if len(got) != 1 || got[0].Thread != string(root) {
		t.Errorf("handler questions = %+v, want one with Thread %s", got, root)
	}
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, root); len(r) != 0 {
		t.Errorf("bot answered the unaddressed thread root")
	}
}

func TestDirectMessageNeedsNoMention(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	room := e.dmRoom()
	question := "what does Peru say on attribution?"
	q, reply := e.ask(room, question)
	assertAnswer(t, reply, q, question)
}

func TestIgnoresOwnMessagesBotNoticesAndEdits(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	room := e.groupRoom("ignore")

	// The bot's own account on another device.
	self, err := e.srv.Login(context.Background(), e.botUser, "second device")
	if err != nil {
		t.Fatal(err)
	}
	own := send(t, self, room, text("!stance from the bot itself"))

	// Another bot's notice, addressed with the prefix and a mention.
	other, err := e.srv.Register(context.Background(), fmt.Sprintf("otherbot%d", userSeq.Add(1)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.alice.Client.InviteUser(context.Background(), room, &mautrix.ReqInviteUser{UserID: other.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Client.JoinRoomByID(context.Background(), room); err != nil {
		t.Fatal(err)
	}
	notice := send(t, other.Client, room, &event.MessageEventContent{
		MsgType:  event.MsgNotice,
		Body:     "!stance from another bot",
		Mentions: &event.Mentions{UserIDs: []id.UserID{e.botUser.ID}},
	})

	// An edit turning chatter into a command.
	orig := send(t, e.alice.Client, room, text("hello"))
	edit := send(t, e.alice.Client, room, &event.MessageEventContent{
		MsgType:    event.MsgText,
		Body:       "* !stance edited in",
		NewContent: &event.MessageEventContent{MsgType: event.MsgText, Body: "!stance edited in"},
		RelatesTo:  (&event.RelatesTo{}).SetReplace(orig),
	})

	e.ask(room, "!stance marker")
	for name, q := range map[string]id.EventID{"own message": own, "bot notice": notice, "edit": edit, "edited original": orig} {
		if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, q); len(r) != 0 {
			t.Errorf("bot answered the %s", name)
		}
	}
	for _, q := range e.h.questions() {
		if q.Text != "marker" {
			t.Errorf("handler was asked %q; only the marker should reach it", q.Text)
		}
	}
}

func TestInviteFromOutsideAllowlistRefused(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	mallory, err := e.srv.Register(context.Background(), fmt.Sprintf("mallory%d", userSeq.Add(1)))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := mallory.Client.CreateRoom(context.Background(), &mautrix.ReqCreateRoom{Preset: "private_chat", Invite: []id.UserID{e.botUser.ID}})
	if err != nil {
		t.Fatal(err)
	}
	var member event.MemberEventContent
	waitFor(t, "the bot to answer mallory's invite", func() (bool, error) {
		member = event.MemberEventContent{}
		if err := mallory.Client.StateEvent(context.Background(), resp.RoomID, event.StateMember, string(e.botUser.ID), &member); err != nil {
			return false, err
		}
		return member.Membership != event.MembershipInvite, nil
	})
	if member.Membership != event.MembershipLeave {
		t.Fatalf("bot membership after a refused invite = %q, want leave", member.Membership)
	}
	if !strings.Contains(member.Reason, "allow") {
		t.Errorf("refusal reason %q does not explain the allowlist", member.Reason)
	}
	// Alice, who is allowed, still gets the bot.
	room := e.dmRoom()
	e.ask(room, "!stance still here?")
}

func TestKickedBotForgetsRoomAndComesBackOnInvite(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	// Not trusted_private_chat: there the bot would get alice's power level.
	room := e.createRoom(&mautrix.ReqCreateRoom{Preset: "private_chat", IsDirect: true, Invite: []id.UserID{e.botUser.ID}})
	waitJoined(t, e.alice.Client, room, e.botUser.ID)
	e.ask(room, "!stance before kick")
	if _, err := e.alice.Client.KickUser(context.Background(), room, &mautrix.ReqKickUser{UserID: e.botUser.ID, Reason: "test"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the bot to leave and forget the room", func() (bool, error) {
		return e.logged("forgot room after removal", string(room)), nil
	})
	if _, err := e.alice.Client.InviteUser(context.Background(), room, &mautrix.ReqInviteUser{UserID: e.botUser.ID}); err != nil {
		t.Fatal(err)
	}
	waitJoined(t, e.alice.Client, room, e.botUser.ID)
	e.ask(room, "!stance after reinvite")
}

func TestRestartAnswersQuestionAskedWhileDownExactlyOnce(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	device := e.adapter.DeviceID()
	room := e.dmRoom()
	before, _ := e.ask(room, "!stance before stop")
	e.stopBot()

	whileDown := send(t, e.alice.Client, room, text("!stance while down"))

	e.startBot()
	if got := e.adapter.DeviceID(); got != device {
		t.Errorf("device after restart = %s, want the same device %s", got, device)
	}
	waitReply(t, e.alice.Client, room, e.botUser.ID, whileDown)
	e.ask(room, "!stance marker")

	for q, text := range map[id.EventID]string{before: "before stop", whileDown: "while down"} {
		if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, q); len(r) != 1 {
			t.Errorf("%d replies to %q, want exactly 1", len(r), text)
		}
		if n := len(e.h.asked(text)); n != 1 {
			t.Errorf("handler asked %q %d times, want 1", text, n)
		}
	}
}

func TestRestartSkipsQuestionsOlderThanMaxAge(t *testing.T) {
	e := newEnv(t)
	var offset atomic.Int64 // how far the bot's clock is ahead
	e.opts.Now = func() time.Time { return time.Now().Add(time.Duration(offset.Load())) }
	e.startBot()
	room := e.dmRoom()
	e.ask(room, "!stance fresh")
	e.stopBot()

	stale := send(t, e.alice.Client, room, text("!stance stale"))
	st, err := store.Open(e.storePath)
	if err != nil {
		t.Fatal(err)
	}
	tokenKey := "matrix/" + string(e.botUser.ID) + "/next_batch"
	token, err := st.Get(context.Background(), tokenKey)
	st.Close()
	if err != nil {
		t.Fatalf("sync token after stop: %v", err)
	}

	// Restart 11 minutes "later": the question is past the 10-minute default.
	offset.Store(int64(11 * time.Minute))
	e.startBot()
	waitFor(t, "the first sync after restart to be processed", func() (bool, error) {
		v, err := e.st.Get(context.Background(), tokenKey)
		return err == nil && v != token, err
	})
	offset.Store(0)
	e.ask(room, "!stance marker")
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, stale); len(r) != 0 {
		t.Errorf("bot answered a question older than max_age")
	}
	if n := len(e.h.asked("stale")); n != 0 {
		t.Errorf("handler asked the stale question %d times", n)
	}
}

// faultProxy sits between the bot and Dendrite and misbehaves on the
// bot's first sends: a 429 M_LIMIT_EXCEEDED, then a send that reaches the
// homeserver but whose response is lost (502).
type faultProxy struct {
	upstream *httputil.ReverseProxy
	target   string

	mu    sync.Mutex
	sends []sendAttempt
}

type sendAttempt struct {
	txnID string
	at    time.Time
}

const retryAfter = 700 * time.Millisecond

func (p *faultProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPut || !strings.Contains(r.URL.Path, "/send/") {
		p.upstream.ServeHTTP(w, r)
		return
	}
	p.mu.Lock()
	p.sends = append(p.sends, sendAttempt{txnID: r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:], at: time.Now()})
	n := len(p.sends)
	p.mu.Unlock()
	switch n {
	case 1:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprintf(w, `{"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests","retry_after_ms":%d}`, retryAfter.Milliseconds())
	case 2:
		// Deliver to the homeserver, lose the answer.
		req, _ := http.NewRequestWithContext(r.Context(), r.Method, p.target+r.URL.RequestURI(), r.Body)
		req.Header = r.Header.Clone()
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		http.Error(w, "bad gateway", http.StatusBadGateway)
	default:
		p.upstream.ServeHTTP(w, r)
	}
}

func (p *faultProxy) attempts() []sendAttempt {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]sendAttempt(nil), p.sends...)
}

func TestRateLimitAndLostResponseSendOnce(t *testing.T) {
	e := newEnv(t)
	target, err := url.Parse(e.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := &faultProxy{upstream: httputil.NewSingleHostReverseProxy(target), target: e.srv.URL}
	ps := httptest.NewServer(proxy)
	defer ps.Close()
	e.cfg.Homeserver = ps.URL
	e.startBot()
	room := e.dmRoom()

	q, reply := e.ask(room, "!stance under pressure")
	assertAnswer(t, reply, q, "under pressure")
	e.ask(room, "!stance marker")
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, q); len(r) != 1 {
		t.Errorf("%d replies after a rate limit and a lost response, want exactly 1", len(r))
	}
	a := proxy.attempts()
	if len(a) < 3 {
		t.Fatalf("proxy saw %d sends, want at least 3 for the first reply", len(a))
	}
	if a[0].txnID != a[1].txnID || a[1].txnID != a[2].txnID {
		t.Errorf("transaction IDs differ across retries: %q %q %q", a[0].txnID, a[1].txnID, a[2].txnID)
	}
	if gap := a[1].at.Sub(a[0].at); gap < retryAfter {
		t.Errorf("retried %s after M_LIMIT_EXCEEDED, before retry_after_ms %s", gap, retryAfter)
	}
}

func TestRunFailsOnBadCredentials(t *testing.T) {
	e := newEnv(t)
	e.cfg.Password = "wrong"
	st, err := store.Open(e.storePath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, err := newAdapter(e, st)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	err = a.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), "matrix.password") {
		t.Fatalf("Run with a wrong password = %v, want an error naming matrix.password", err)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Run hung until the deadline: %v", err)
	}
}

func TestQuestionsBeforeTheBotJoinedAreNotAnswered(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	room := e.createRoom(&mautrix.ReqCreateRoom{Preset: "private_chat"})
	early := send(t, e.alice.Client, room, text("!stance asked before the bot was invited"))
	if _, err := e.alice.Client.InviteUser(context.Background(), room, &mautrix.ReqInviteUser{UserID: e.botUser.ID}); err != nil {
		t.Fatal(err)
	}
	waitJoined(t, e.alice.Client, room, e.botUser.ID)
	e.ask(room, "!stance marker")
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, early); len(r) != 0 {
		t.Errorf("bot answered a question asked before it joined")
	}
}

func TestSendDigest(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	room := e.dmRoom()
	r := bot.Reply{Intent: bot.IntentDigest, Digest: &bot.Digest{
		Name: "weekly <norms>",
		Themes: []bot.DigestTheme{
			{Theme: "attribution", Entries: []bot.DigestEntry{{Country: "Peru", Text: "Attribution & evidence.", Sources: []string{"src-a"}, New: true}}},
			{Theme: "sovereignty"},
		},
	}}
	if err := e.adapter.Send(context.Background(), string(room), r); err != nil {
		t.Fatalf("Send: %v", err)
	}
	var got *event.Event
	waitFor(t, "the digest", func() (bool, error) {
		for _, evt := range roomEvents(t, e.alice.Client, room) {
			if evt.Sender == e.botUser.ID && evt.Type == event.EventMessage {
				got = evt
				return true, nil
			}
		}
		return false, nil
	})
	c := got.Content.AsMessage()
	if c.MsgType != event.MsgNotice {
		t.Errorf("digest msgtype = %q, want m.notice", c.MsgType)
	}
	for _, want := range []string{"weekly &lt;norms&gt;", "<b>attribution</b>", "<b>Peru</b> <i>(new)</i>", "Attribution &amp; evidence.", "<code>src-a</code>", "<b>sovereignty</b>", "Nothing in the corpus on this theme"} {
		if !strings.Contains(c.FormattedBody, want) {
			t.Errorf("digest formatted_body lacks %q:\n%s", want, c.FormattedBody)
		}
	}
	if err := e.adapter.Send(context.Background(), "not-a-room", r); err == nil {
		t.Error("Send to a malformed room ID succeeded")
	}
}

func TestHandlerPanicDoesNotStopTheBot(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	room := e.dmRoom()
	boom := send(t, e.alice.Client, room, text("!stance panic please"))
	e.ask(room, "!stance still alive?")
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, boom); len(r) != 0 {
		t.Errorf("bot replied to the question whose handler panicked")
	}
	if !e.logged("answering panicked") {
		t.Error("the panic was not logged")
	}
}

func TestAccessTokenLogin(t *testing.T) {
	e := newEnv(t)
	session, err := e.srv.Login(context.Background(), e.botUser, "operator-made device")
	if err != nil {
		t.Fatal(err)
	}
	e.cfg.Password = ""
	e.cfg.AccessToken = session.AccessToken

	t.Run("wrong device ID refused", func(t *testing.T) {
		cfg := e.cfg
		cfg.DeviceID = "NOTTHEDEVICE"
		st, err := store.Open(e.storePath)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		a, err := matrixNew(cfg, e, st)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
		defer cancel()
		if err := a.Run(ctx); err == nil || !strings.Contains(err.Error(), "matrix.device_id") {
			t.Fatalf("Run = %v, want an error naming matrix.device_id", err)
		}
	})

	e.startBot()
	if got := e.adapter.DeviceID(); got != session.DeviceID {
		t.Errorf("device = %s, want the access token's device %s", got, session.DeviceID)
	}
	room := e.dmRoom()
	e.ask(room, "!stance via token")
}

// syncFaultProxy fails a number of /sync requests once armed, as a
// homeserver restart or a network outage would.
type syncFaultProxy struct {
	upstream http.Handler
	fail     atomic.Int32 // /sync requests still to fail
	failed   atomic.Int32
}

func (p *syncFaultProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasSuffix(r.URL.Path, "/sync") && p.fail.Add(-1) >= 0 {
		p.failed.Add(1)
		http.Error(w, "upstream unavailable", http.StatusServiceUnavailable)
		return
	}
	p.upstream.ServeHTTP(w, r)
}

func TestSyncRecoversAfterHomeserverErrors(t *testing.T) {
	e := newEnv(t)
	target, err := url.Parse(e.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := &syncFaultProxy{upstream: httputil.NewSingleHostReverseProxy(target)}
	ps := httptest.NewServer(proxy)
	defer ps.Close()
	e.cfg.Homeserver = ps.URL
	e.startBot()
	room := e.dmRoom()
	e.ask(room, "!stance before the outage")

	proxy.fail.Store(3)
	// Ask once the outage has begun (the long poll in flight has ended).
	waitFor(t, "the first failed sync", func() (bool, error) { return proxy.failed.Load() >= 1, nil })
	waitFor(t, "the adapter to report not ready", func() (bool, error) { return !e.adapter.Ready(), nil })
	q := send(t, e.alice.Client, room, text("!stance during the outage"))
	waitReply(t, e.alice.Client, room, e.botUser.ID, q)
	waitFor(t, "the adapter to report ready again", func() (bool, error) { return e.adapter.Ready(), nil })
	if n := proxy.failed.Load(); n != 3 {
		t.Errorf("proxy failed %d syncs, want 3 (the outage did not happen as planned)", n)
	}
	if !e.logged("sync recovered", "after_failures=3") {
		t.Error("recovery after 3 failed syncs was not logged")
	}
}

func TestShutdownBoundsAStuckHandlerAndRetriesAfterRestart(t *testing.T) {
	e := newEnv(t)
	e.opts.ShutdownGrace = 300 * time.Millisecond
	e.startBot()
	room := e.dmRoom()
	e.h.stall.Store(true)
	q := send(t, e.alice.Client, room, text("!stance stall"))
	waitFor(t, "the handler to get stuck", func() (bool, error) { return len(e.h.asked("stall")) == 1, nil })
	e.stopBot() // fails the test if Run does not return nil
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, q); len(r) != 0 {
		t.Fatalf("a reply came from the stuck handler")
	}

	e.h.stall.Store(false)
	e.startBot()
	waitReply(t, e.alice.Client, room, e.botUser.ID, q)
	e.ask(room, "!stance marker")
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, q); len(r) != 1 {
		t.Errorf("%d replies to the interrupted question, want exactly 1", len(r))
	}
}

// downProxy answers 503 to the first n requests, as a homeserver that is
// still starting would.
type downProxy struct {
	upstream http.Handler
	n        atomic.Int32
}

func (p *downProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if p.n.Add(-1) >= 0 {
		http.Error(w, "starting", http.StatusServiceUnavailable)
		return
	}
	p.upstream.ServeHTTP(w, r)
}

func TestStartWaitsForAnUnreachableHomeserver(t *testing.T) {
	e := newEnv(t)
	target, err := url.Parse(e.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := &downProxy{upstream: httputil.NewSingleHostReverseProxy(target)}
	proxy.n.Store(2)
	ps := httptest.NewServer(proxy)
	defer ps.Close()
	e.cfg.Homeserver = ps.URL
	e.startBot()
	if !e.logged("homeserver unreachable at start; retrying", "attempt=2") {
		t.Error("the two failed starts were not retried and logged")
	}
	room := e.dmRoom()
	e.ask(room, "!stance after a slow start")
}

func TestQuestionRedactedWhileDownIsNotAnswered(t *testing.T) {
	e := newEnv(t)
	e.startBot()
	room := e.dmRoom()
	e.ask(room, "!stance before")
	e.stopBot()
	q := send(t, e.alice.Client, room, text("!stance regretted question"))
	if _, err := e.alice.Client.RedactEvent(context.Background(), room, q); err != nil {
		t.Fatalf("redact: %v", err)
	}
	e.startBot()
	e.ask(room, "!stance marker")
	if r := repliesTo(t, e.alice.Client, room, e.botUser.ID, q); len(r) != 0 {
		t.Errorf("bot answered a redacted question")
	}
	if n := len(e.h.asked("regretted question")); n != 0 {
		t.Errorf("handler saw the redacted question %d times", n)
	}
}
