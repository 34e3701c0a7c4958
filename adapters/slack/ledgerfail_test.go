package slack

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/store"
)

// unwritableLedger is the store's ledger while its database file is
// read-only: every claim fails as SQLite's does, until fixed.
type unwritableLedger struct {
	*store.Store
	broken atomic.Bool
}

func (u *unwritableLedger) Record(ctx context.Context, e inbox.Event) (bool, error) {
	if u.broken.Load() {
		return false, errors.New("record event " + e.Platform + "/" + e.ID + ": attempt to write a readonly database")
	}
	return u.Store.Record(ctx, e)
}

func newUnwritableLedger(t *testing.T) *unwritableLedger {
	st, err := store.Open(t.TempDir() + "/s.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	u := &unwritableLedger{Store: st}
	u.broken.Store(true)
	return u
}

// TestUnrecordableEventIsNotAcknowledged: over Socket Mode, an event the
// ledger cannot record is neither acknowledged nor answered, so Slack
// delivers it again; once the ledger works, the redelivery is answered
// once (issue 16 item 9).
func TestUnrecordableEventIsNotAcknowledged(t *testing.T) {
	fs := fakeslack.New(t)
	ledger := newUnwritableLedger(t)
	h := start(t, fs, nil, nil, nil, func(o *Options) { o.Inbox = ledger })
	ev := fakeslack.Mention("C0700", "U0001", "1700007000.000100", "", "<@"+fakeslack.BotUserID+"> Peru attribution")
	first := fs.SendEvent("EvRO", ev, 0)
	time.Sleep(300 * time.Millisecond)
	if n := fs.Acked(first); n != 0 {
		t.Errorf("an event the ledger could not record was acknowledged %d times", n)
	}
	if n := len(h.bot.questions()); n != 0 {
		t.Errorf("answered %d questions it could not record", n)
	}
	ledger.broken.Store(false)
	retry := fs.SendEvent("EvRO", ev, 1)
	fs.Wait("the redelivery acknowledged", func() bool { return fs.Acked(retry) == 1 })
	fs.WaitCalls("chat.postMessage", 1)
	again := fs.SendEvent("EvRO", ev, 2)
	fs.Wait("the next redelivery acknowledged", func() bool { return fs.Acked(again) == 1 })
	time.Sleep(100 * time.Millisecond)
	if n := len(h.bot.questions()); n != 1 {
		t.Errorf("answered %d times, want 1", n)
	}
}

// TestUnrecordableHTTPEventGets503: over the Events API, the same event
// gets 503, which makes Slack retry it.
func TestUnrecordableHTTPEventGets503(t *testing.T) {
	fs := fakeslack.New(t)
	ledger := newUnwritableLedger(t)
	h := start(t, fs, nil, nil, func(c *config.Slack) { c.Transport = "http" }, func(o *Options) { o.Inbox = ledger })
	endpoint := "http://" + h.a.HTTPAddr() + "/slack/events"
	body, _ := json.Marshal(fakeslack.Callback("EvROH", fakeslack.Mention("C0701", "U0001", "1700007100.000100", "",
		"<@"+fakeslack.BotUserID+"> Peru attribution")))
	post := func() int {
		resp, err := http.DefaultClient.Do(fakeslack.SignedRequest(endpoint, "application/json", "test-signing-secret", time.Now(), body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post(); code != http.StatusServiceUnavailable {
		t.Errorf("unrecordable event: status %d, want 503", code)
	}
	ledger.broken.Store(false)
	if code := post(); code != http.StatusOK {
		t.Errorf("after recovery: status %d, want 200", code)
	}
	fs.WaitCalls("chat.postMessage", 1)
	if code := post(); code != http.StatusOK {
		t.Errorf("redelivery: status %d, want 200", code)
	}
	time.Sleep(100 * time.Millisecond)
	if n := len(h.bot.questions()); n != 1 {
		t.Errorf("answered %d times, want 1", n)
	}
}
