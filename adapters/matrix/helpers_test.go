package matrix_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/adapters/matrix"
	"github.com/stancebot/stancebot/adapters/matrix/internal/dendritetest"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/store"
	"github.com/stancebot/stancebot/store/storetest"
)

// waitLimit bounds every wait for the homeserver or the bot; reaching it
// is a failure, never a pass.
const waitLimit = 45 * time.Second

var (
	sharedMu  sync.Mutex
	shared    *dendritetest.Server
	sharedDir string
	userSeq   atomic.Int64
)

func TestMain(m *testing.M) {
	code := storetest.Run(m) // also stops a PostgreSQL it started for TestOnPostgres
	sharedMu.Lock()
	if shared != nil {
		shared.Stop()
		os.RemoveAll(sharedDir)
	}
	sharedMu.Unlock()
	os.Exit(code)
}

// homeserver returns the Dendrite shared by this package's tests, started
// on first use.
func homeserver(t *testing.T) *dendritetest.Server {
	t.Helper()
	dendritetest.BinDir(t) // skips or fails before any shared state is touched
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if shared == nil {
		dir, err := os.MkdirTemp("", "stancebot-dendrite-")
		if err != nil {
			t.Fatal(err)
		}
		s, err := dendritetest.StartShared(t, dir)
		if err != nil {
			os.RemoveAll(dir)
			t.Fatalf("start dendrite: %v", err)
		}
		shared, sharedDir = s, dir
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("dendrite log tail:\n%s", shared.LogTail(40))
		}
	})
	return shared
}

// fakeHandler answers deterministically from the question text and
// records every question it was asked.
type fakeHandler struct {
	mu sync.Mutex
	qs []bot.Question
	// stall, while set, makes the question "stall" hang, ignoring its
	// context, until release is closed.
	stall   atomic.Bool
	release chan struct{}
}

func (h *fakeHandler) Handle(_ context.Context, q bot.Question) bot.Reply {
	h.mu.Lock()
	h.qs = append(h.qs, q)
	h.mu.Unlock()
	if q.Text == "stall" && h.stall.Load() {
		<-h.release
		return bot.Reply{Message: "released"}
	}
	if q.Text == "panic please" {
		panic("fake handler asked to panic")
	}
	return fakeReply(q.Text)
}

func fakeReply(text string) bot.Reply {
	return bot.Reply{
		Query:     text,
		Intent:    bot.IntentStance,
		Countries: []string{"Peru"},
		Answers: []bot.Answer{{
			Country: "Peru",
			Text:    "Peru heard: " + text,
			Sources: []string{sourceFor(text), "src-common"},
		}},
	}
}

// sourceFor is the source ID the fake handler cites for a question.
func sourceFor(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "src-" + hex.EncodeToString(sum[:4])
}

func (h *fakeHandler) questions() []bot.Question {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]bot.Question(nil), h.qs...)
}

// asked returns the recorded questions with the given text.
func (h *fakeHandler) asked(text string) []bot.Question {
	var out []bot.Question
	for _, q := range h.questions() {
		if q.Text == text {
			out = append(out, q)
		}
	}
	return out
}

// env is one test's world: a user, a bot account, its store and adapter.
type env struct {
	t         *testing.T
	srv       *dendritetest.Server
	alice     *dendritetest.User
	botUser   *dendritetest.User
	h         *fakeHandler
	handler   adapters.Handler // replaces h when set (the real bot)
	storePath string
	cfg       config.Matrix
	opts      matrix.Options
	logs      *logRecorder

	st      *store.Store
	adapter *matrix.Adapter
	cancel  context.CancelFunc
	done    chan error
}

// storeLocation is where newEnv puts the bot's store: a SQLite file, or a
// PostgreSQL schema while TestOnPostgres runs (tests here are not parallel).
var storeLocation = func(t *testing.T) string { return filepath.Join(t.TempDir(), "stancebot.db") }

func newEnv(t *testing.T) *env {
	t.Helper()
	srv := homeserver(t)
	n := userSeq.Add(1)
	ctx := context.Background()
	alice, err := srv.Register(ctx, fmt.Sprintf("alice%d", n))
	if err != nil {
		t.Fatal(err)
	}
	botUser, err := srv.Register(ctx, fmt.Sprintf("stancebot%d", n))
	if err != nil {
		t.Fatal(err)
	}
	e := &env{
		t:         t,
		srv:       srv,
		alice:     alice,
		botUser:   botUser,
		h:         &fakeHandler{release: make(chan struct{})},
		storePath: storeLocation(t),
		cfg: config.Matrix{
			Homeserver:       srv.URL,
			UserID:           string(botUser.ID),
			Password:         botUser.Password,
			AllowInvitesFrom: []string{string(alice.ID)},
		},
		opts: matrix.Options{SyncTimeout: 2 * time.Second},
		logs: &logRecorder{},
	}
	t.Cleanup(e.stopBot)
	t.Cleanup(func() { close(e.h.release) })
	t.Cleanup(func() {
		if t.Failed() {
			e.logs.mu.Lock()
			recs := e.logs.recs
			if len(recs) > 40 {
				recs = recs[len(recs)-40:]
			}
			t.Logf("adapter log tail:\n%s", strings.Join(recs, "\n"))
			e.logs.mu.Unlock()
		}
	})
	return e
}

// logRecorder keeps every log record's message and string attributes.
type logRecorder struct {
	mu   sync.Mutex
	recs []string
	next slog.Handler
}

func (r *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *logRecorder) Handle(ctx context.Context, rec slog.Record) error {
	line := rec.Message
	rec.Attrs(func(a slog.Attr) bool { line += " " + a.Key + "=" + a.Value.String(); return true })
	r.mu.Lock()
	r.recs = append(r.recs, line)
	r.mu.Unlock()
	if r.next.Enabled(ctx, rec.Level) {
		return r.next.Handle(ctx, rec)
	}
	return nil
}
func (r *logRecorder) WithAttrs(as []slog.Attr) slog.Handler {
	return &attrHandler{r: r, attrs: as}
}
func (r *logRecorder) WithGroup(string) slog.Handler { return r }

// attrHandler carries With attributes to the recorder.
type attrHandler struct {
	r     *logRecorder
	attrs []slog.Attr
}

func (h *attrHandler) Enabled(ctx context.Context, l slog.Level) bool { return true }
func (h *attrHandler) Handle(ctx context.Context, rec slog.Record) error {
	rec = rec.Clone()
	rec.AddAttrs(h.attrs...)
	return h.r.Handle(ctx, rec)
}
func (h *attrHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &attrHandler{r: h.r, attrs: append(append([]slog.Attr(nil), h.attrs...), as...)}
}
func (h *attrHandler) WithGroup(string) slog.Handler { return h }

// logged reports whether a log record contained all the given substrings.
func (e *env) logged(parts ...string) bool {
	e.logs.mu.Lock()
	defer e.logs.mu.Unlock()
next:
	for _, l := range e.logs.recs {
		for _, p := range parts {
			if !strings.Contains(l, p) {
				continue next
			}
		}
		return true
	}
	return false
}

func testLogger(t *testing.T, rec *logRecorder) *slog.Logger {
	var out io.Writer = io.Discard
	if testing.Verbose() {
		out = os.Stderr
	}
	rec.next = slog.NewTextHandler(out, &slog.HandlerOptions{Level: slog.LevelInfo})
	return slog.New(rec).With("test", t.Name())
}

// startBot opens the store and runs a fresh adapter, as a process start would.
func (e *env) startBot() {
	e.t.Helper()
	if e.adapter != nil {
		e.t.Fatal("bot already running")
	}
	st, err := store.Open(e.storePath)
	if err != nil {
		e.t.Fatal(err)
	}
	a, err := newAdapter(e, st)
	if err != nil {
		st.Close()
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	e.st, e.adapter, e.cancel, e.done = st, a, cancel, make(chan error, 1)
	go func() { e.done <- a.Run(ctx) }()
	select {
	case <-a.Started():
	case err := <-e.done:
		e.t.Fatalf("adapter stopped before it was ready: %v", err)
	case <-time.After(waitLimit):
		e.t.Fatal("adapter not ready")
	}
}

// newAdapter builds an adapter for e without running it.
func newAdapter(e *env, st *store.Store) (*matrix.Adapter, error) {
	return matrixNew(e.cfg, e, st)
}

// matrixNew builds an adapter with e's handler, logs and options but cfg.
func matrixNew(cfg config.Matrix, e *env, st *store.Store) (*matrix.Adapter, error) {
	var h adapters.Handler = e.h
	if e.handler != nil {
		h = e.handler
	}
	o := e.opts
	o.Config, o.Handler, o.Store, o.Logger = cfg, h, st, testLogger(e.t, e.logs)
	return matrix.New(o)
}

// stopBot cancels the adapter, checks Run returned nil and closes the store.
func (e *env) stopBot() {
	if e.adapter == nil {
		return
	}
	e.cancel()
	select {
	case err := <-e.done:
		if err != nil {
			e.t.Errorf("Run returned %v after cancel, want nil", err)
		}
	case <-time.After(waitLimit):
		e.t.Error("Run did not return after cancel")
	}
	e.st.Close()
	e.adapter, e.st = nil, nil
}

// createRoom makes a room as alice, inviting the bot (and others).
func (e *env) createRoom(req *mautrix.ReqCreateRoom) id.RoomID {
	e.t.Helper()
	resp, err := e.alice.Client.CreateRoom(context.Background(), req)
	if err != nil {
		e.t.Fatalf("create room: %v", err)
	}
	return resp.RoomID
}

// waitJoined waits until user is a joined member of room, as seen by cli.
func waitJoined(t *testing.T, cli *mautrix.Client, room id.RoomID, user id.UserID) {
	t.Helper()
	waitFor(t, fmt.Sprintf("%s to join %s", user, room), func() (bool, error) {
		resp, err := cli.JoinedMembers(context.Background(), room)
		if err != nil {
			return false, err
		}
		_, ok := resp.Joined[user]
		return ok, nil
	})
}

// waitFor polls cond until it holds; an error or the time limit fails t.
func waitFor(t *testing.T, what string, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		ok, err := cond()
		if err != nil {
			t.Fatalf("waiting for %s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// roomEvents returns the room's recent events (oldest first), contents parsed.
func roomEvents(t *testing.T, cli *mautrix.Client, room id.RoomID) []*event.Event {
	t.Helper()
	resp, err := cli.Messages(context.Background(), room, "", "", mautrix.DirectionBackward, nil, 200)
	if err != nil {
		t.Fatalf("messages in %s: %v", room, err)
	}
	out := make([]*event.Event, 0, len(resp.Chunk))
	for i := len(resp.Chunk) - 1; i >= 0; i-- {
		evt := resp.Chunk[i]
		evt.RoomID = room
		if err := evt.Content.ParseRaw(evt.Type); err != nil && !errors.Is(err, event.ErrContentAlreadyParsed) && !errors.Is(err, event.ErrUnsupportedContentType) {
			t.Logf("parse %s %s: %v", evt.Type, evt.ID, err)
		}
		out = append(out, evt)
	}
	return out
}

// repliesTo returns the bot's messages in room that reply to question.
func repliesTo(t *testing.T, cli *mautrix.Client, room id.RoomID, botID id.UserID, question id.EventID) []*event.Event {
	t.Helper()
	var out []*event.Event
	for _, evt := range roomEvents(t, cli, room) {
		if evt.Sender != botID || evt.Type != event.EventMessage {
			continue
		}
		if c := evt.Content.AsMessage(); c.RelatesTo.GetReplyTo() == question {
			out = append(out, evt)
		}
	}
	return out
}

// waitReply waits for the bot's reply to question and returns it.
func waitReply(t *testing.T, cli *mautrix.Client, room id.RoomID, botID id.UserID, question id.EventID) *event.Event {
	t.Helper()
	var got []*event.Event
	waitFor(t, "reply to "+string(question), func() (bool, error) {
		got = repliesTo(t, cli, room, botID, question)
		return len(got) > 0, nil
	})
	return got[0]
}

// send posts a message as cli and returns its event ID.
func send(t *testing.T, cli *mautrix.Client, room id.RoomID, content *event.MessageEventContent) id.EventID {
	t.Helper()
	resp, err := cli.SendMessageEvent(context.Background(), room, event.EventMessage, content)
	if err != nil {
		t.Fatalf("send %q: %v", content.Body, err)
	}
	return resp.EventID
}

func text(body string) *event.MessageEventContent {
	return &event.MessageEventContent{MsgType: event.MsgText, Body: body}
}

// assertAnswer checks a reply's shape: an m.notice replying to question,
// with HTML naming the country in bold, the statement quoted and both
// source IDs, and a plain body carrying the same.
func assertAnswer(t *testing.T, reply *event.Event, question id.EventID, asked string) {
	t.Helper()
	c := reply.Content.AsMessage()
	if c.MsgType != event.MsgNotice {
		t.Errorf("reply msgtype = %q, want m.notice", c.MsgType)
	}
	if got := c.RelatesTo.GetReplyTo(); got != question {
		t.Errorf("reply in_reply_to = %q, want %q", got, question)
	}
	if c.Format != event.FormatHTML {
		t.Errorf("reply format = %q, want org.matrix.custom.html", c.Format)
	}
	src := sourceFor(asked)
	for _, want := range []string{"<b>Peru</b>", "<blockquote>Peru heard: " + htmlEscape(asked) + "</blockquote>", "<code>" + src + "</code>", "<code>src-common</code>"} {
		if !strings.Contains(c.FormattedBody, want) {
			t.Errorf("formatted_body lacks %q:\n%s", want, c.FormattedBody)
		}
	}
	for _, want := range []string{"Peru heard: " + asked, src, "src-common"} {
		if !strings.Contains(c.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, c.Body)
		}
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}
