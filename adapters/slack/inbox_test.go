package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/store"
)

// TestPendingEventAnsweredAtStart: an event recorded (and so acknowledged)
// by a process that died before answering is answered by the next start,
// once, and marked answered.
func TestPendingEventAnsweredAtStart(t *testing.T) {
	fs := fakeslack.New(t)
	st, err := store.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ev := messageEvent{Type: "app_mention", User: "U0001", Text: "<@" + fakeslack.BotUserID + "> Peru attribution",
		TS: "1700007100.000100", Channel: "C0701"}
	body, _ := json.Marshal(pending{Event: &ev})
	key := "msg:C0701:1700007100.000100"
	if _, err := st.Record(context.Background(), inbox.Event{Platform: Platform, ID: key, Received: time.Now(), Payload: string(body)}); err != nil {
		t.Fatal(err)
	}
	h := start(t, fs, st, nil, nil)
	calls := fs.WaitCalls("chat.postMessage", 1)
	if calls[0].Param("channel") != "C0701" {
		t.Errorf("answered in %q, want C0701", calls[0].Param("channel"))
	}
	fs.Wait("marked answered", func() bool { ok, _ := st.Answered(context.Background(), Platform, key); return ok })
	h.a.sweep(context.Background()) // a later sweep finds nothing to do
	time.Sleep(100 * time.Millisecond)
	if n := len(fs.Calls("chat.postMessage")); n != 1 {
		t.Errorf("%d posts, want 1", n)
	}
	if qs := h.bot.questions(); len(qs) != 1 || qs[0].Text != "Peru attribution" {
		t.Errorf("questions %+v", qs)
	}
}

// countingBot records how many questions it answers at once.
type countingBot struct {
	now, max atomic.Int32
	gate     chan struct{}
}

func (c *countingBot) Handle(ctx context.Context, q bot.Question) bot.Reply {
	n := c.now.Add(1)
	for {
		m := c.max.Load()
		if n <= m || c.max.CompareAndSwap(m, n) {
			break
		}
	}
	<-c.gate
	c.now.Add(-1)
	return bot.Reply{Message: "ok " + q.Text}
}

// TestHandlingIsBounded: a burst of questions is answered by a fixed
// number of workers, not a goroutine per event; every one is answered.
func TestHandlingIsBounded(t *testing.T) {
	fs := fakeslack.New(t)
	cb := &countingBot{gate: make(chan struct{})}
	h := start(t, fs, nil, nil, nil, func(o *Options) { o.Handler = cb })
	const burst = 3 * workers
	for i := range burst {
		ts := fmt.Sprintf("1700007200.%06d", i)
		fs.SendEvent("EvB"+ts, fakeslack.Mention("C0702", "U0002", ts, "", fmt.Sprintf("<@%s> q%d", fakeslack.BotUserID, i)), 0)
	}
	fs.Wait("workers busy", func() bool { return cb.now.Load() == workers })
	time.Sleep(100 * time.Millisecond) // give a would-be ninth handler time to start
	if m := cb.max.Load(); m != workers {
		t.Errorf("%d questions handled at once, want at most %d", m, workers)
	}
	close(cb.gate)
	fs.WaitCalls("chat.postMessage", burst)
	_ = h
}
