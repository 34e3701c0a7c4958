// Package adaptertest is the behaviour every chat adapter must show,
// as one suite each adapter's tests run against a real or faithful
// transport (console: a pipe; Slack: fakeslack; Matrix: a real Dendrite):
//
//   - it answers a question once, even when the platform delivers it again;
//   - it ignores its own messages and other bots' messages;
//   - it renders any reply within the platform's limits;
//   - it stops cleanly: Run returns nil once its context ends, after the
//     reply in flight was delivered.
//
// An adapter plugs in through a Harness. A behaviour a platform cannot
// show (a console has no other bots) is skipped with the reason.
package adaptertest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/bot"
)

// Harness drives one adapter on its transport.
type Harness interface {
	// Start runs a new adapter answering through h and returns a function
	// that cancels it and returns what Run returned.
	Start(t *testing.T, h bot.Handler) (stop func() error)
	// Ask delivers text as a question from a person and returns a handle
	// for Redeliver.
	Ask(t *testing.T, text string) string
	// Redeliver delivers the question Ask returned again, as the platform
	// does on a retry or a re-sync. "" from Capabilities: not possible.
	Redeliver(t *testing.T, handle string)
	// AskAsSelf and AskAsBot deliver text from the bot's own account and
	// from another bot.
	AskAsSelf(t *testing.T, text string)
	AskAsBot(t *testing.T, text string)
	// Replies returns the bot's replies so far, each as the text of one
	// platform message, in order.
	Replies(t *testing.T) []string
	// Limit is the most characters one message may carry on the platform
	// (0: no limit).
	Limit() int
	// Capabilities says which behaviours the transport can show.
	Capabilities() Capabilities
}

// Capabilities of a transport; the reason why not, when not.
type Capabilities struct {
	NoRedelivery string // the platform never delivers twice
	NoOtherUsers string // there is no one else to hear from
}

// Handler is the suite's question handler: it records questions, and
// answers each with one statement, or with Big when the question is "big".
type Handler struct {
	mu   sync.Mutex
	qs   []string
	Gate chan struct{} // when set, Handle waits for it
}

// Handle implements bot.Handler.
func (h *Handler) Handle(ctx context.Context, q bot.Question) bot.Reply {
	h.mu.Lock()
	h.qs = append(h.qs, q.Text)
	gate := h.Gate
	h.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
		}
	}
	if strings.Contains(q.Text, "big") {
		return Big(q.Text)
	}
	return bot.Reply{Query: q.Text, Intent: bot.IntentStance, Countries: []string{"Ghana"}, Themes: []string{"attribution"},
		Message: "Ghana on attribution: 1 statement.",
		Answers: []bot.Answer{{Country: "Ghana", Text: "Ghana holds that attribution is a national prerogative (" + q.Text + ").",
			Sources: []string{"gh_2021"}}}}
}

// Questions returns what Handle was asked, in order.
func (h *Handler) Questions() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.qs...)
}

// Big is a reply far beyond any platform's message size: many long
// answers with many sources.
func Big(query string) bot.Reply {
	r := bot.Reply{Query: query, Intent: bot.IntentTheme, Themes: []string{"due diligence"},
		Message: "Who speaks on due diligence: 60 statements."}
	for i := range 60 {
		var src []string
		for j := range 12 {
			src = append(src, fmt.Sprintf("src_%02d_%02d", i, j))
		}
		r.Answers = append(r.Answers, bot.Answer{Country: fmt.Sprintf("Country %02d", i),
			Text: strings.Repeat(fmt.Sprintf("Statement %d on due diligence and the duty to ensure territory is not used. ", i), 25), Sources: src})
	}
	return r
}

// Run runs every behaviour against the harness.
func Run(t *testing.T, h Harness) {
	t.Run("AnswersOnce", func(t *testing.T) { answersOnce(t, h) })
	t.Run("IgnoresItselfAndOtherBots", func(t *testing.T) { ignoresBots(t, h) })
	t.Run("RendersWithinLimits", func(t *testing.T) { rendersWithinLimits(t, h) })
	t.Run("StopsCleanly", func(t *testing.T) { stopsCleanly(t, h) })
}

// Wait polls cond until it holds or the deadline passes.
func Wait(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func stop(t *testing.T, stopFn func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- stopFn() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run returned %v after its context ended, want nil", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Run did not return within 30s of its context ending")
	}
}

const settle = 500 * time.Millisecond // time for a wrong second reply to show

func answersOnce(t *testing.T, h Harness) {
	hd := &Handler{}
	s := h.Start(t, hd)
	defer stop(t, s)
	q := h.Ask(t, "what does Ghana say on attribution")
	Wait(t, "the reply", 60*time.Second, func() bool { return len(h.Replies(t)) >= 1 })
	if why := h.Capabilities().NoRedelivery; why == "" {
		h.Redeliver(t, q)
	}
	time.Sleep(settle)
	if n := len(h.Replies(t)); n != 1 {
		t.Errorf("%d replies to one question (delivered twice), want 1: %q", n, h.Replies(t))
	}
	if qs := hd.Questions(); len(qs) != 1 || !strings.Contains(qs[0], "Ghana") {
		t.Errorf("the handler was asked %q, want the one question", qs)
	}
	if r := h.Replies(t); len(r) > 0 && !strings.Contains(r[0], "national prerogative") {
		t.Errorf("the reply lacks the statement: %q", r[0])
	}
}

func ignoresBots(t *testing.T, h Harness) {
	if why := h.Capabilities().NoOtherUsers; why != "" {
		t.Skip(why)
	}
	hd := &Handler{}
	s := h.Start(t, hd)
	defer stop(t, s)
	h.AskAsSelf(t, "self: what does Ghana say on attribution")
	h.AskAsBot(t, "otherbot: what does Ghana say on attribution")
	h.Ask(t, "person: what does Ghana say on attribution")
	Wait(t, "the reply to the person", 60*time.Second, func() bool { return len(h.Replies(t)) >= 1 })
	time.Sleep(settle)
	qs := hd.Questions()
	if len(qs) != 1 || !strings.Contains(qs[0], "person") {
		t.Errorf("the handler was asked %q, want only the person's question", qs)
	}
	if n := len(h.Replies(t)); n != 1 {
		t.Errorf("%d replies, want 1 (to the person)", n)
	}
}

func rendersWithinLimits(t *testing.T, h Harness) {
	hd := &Handler{}
	s := h.Start(t, hd)
	defer stop(t, s)
	h.Ask(t, "big: who talks about due diligence")
	Wait(t, "the reply", 60*time.Second, func() bool { return len(h.Replies(t)) >= 1 })
	time.Sleep(settle)
	replies := h.Replies(t)
	total := 0
	for i, r := range replies {
		total += len(r)
		if lim := h.Limit(); lim > 0 && len([]rune(r)) > lim {
			t.Errorf("reply %d has %d characters, over the platform's %d", i, len([]rune(r)), lim)
		}
	}
	if !strings.Contains(strings.Join(replies, "\n"), "Country 00") {
		t.Errorf("the big reply lost its first answer")
	}
	if total == 0 {
		t.Error("empty reply")
	}
}

func stopsCleanly(t *testing.T, h Harness) {
	hd := &Handler{Gate: make(chan struct{})}
	s := h.Start(t, hd)
	h.Ask(t, "slow: what does Ghana say on attribution")
	Wait(t, "the question to reach the handler", 60*time.Second, func() bool { return len(hd.Questions()) == 1 })
	// Stop while the answer is in flight, then let it finish: the adapter
	// drains it before Run returns.
	go func() { time.Sleep(300 * time.Millisecond); close(hd.Gate) }()
	stop(t, s)
	if n := len(h.Replies(t)); n != 1 {
		t.Errorf("%d replies after stopping with one in flight, want it delivered (1)", n)
	}
}
