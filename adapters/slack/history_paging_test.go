package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/store"
)

// chatter adds n messages from people to channel, as a busy channel has.
func chatter(fs *fakeslack.Server, channel string, n int) {
	for i := range n {
		fs.AddMessage(fakeslack.Message{Channel: channel, Text: fmt.Sprintf("people talking, message %d", i)})
	}
}

func replyMeta(key string, parts int) string {
	if parts == 0 {
		return fmt.Sprintf(`{"event_type":"%s","event_payload":{"key":"%s"}}`, replyEventType, key)
	}
	return fmt.Sprintf(`{"event_type":"%s","event_payload":{"key":"%s","parts":%d}}`, replyEventType, key, parts)
}

// checkWindowedPages checks that every history call of a lookup had a
// window (oldest and latest) and a bounded page, and returns how many
// calls there were.
func checkWindowedPages(t *testing.T, fs *fakeslack.Server, method string) int {
	t.Helper()
	calls := fs.Calls(method)
	for i, c := range calls {
		if c.Param("oldest") == "" || c.Param("latest") == "" {
			t.Errorf("%s call %d without a window: oldest %q latest %q", method, i, c.Param("oldest"), c.Param("latest"))
		}
		if c.Param("limit") != fmt.Sprint(historyPage) {
			t.Errorf("%s call %d: limit %q", method, i, c.Param("limit"))
		}
		if i > 0 && c.Param("cursor") == "" {
			t.Errorf("%s call %d did not continue from the cursor", method, i)
		}
	}
	return len(calls)
}

// The answer to an event was posted by a process that died before marking
// it; since then the channel got hundreds of messages, more than one page
// of history. The event, resumed, pages back to the answer and is not
// answered twice; an answer with the same key from before the event
// arrived (outside the window) is not taken for it; and a channel too busy
// to search within the bound is reported, not taken as "not posted".
func TestResumedEventFindsItsAnswerBeyondOnePage(t *testing.T) {
	tests := []struct {
		name      string
		before    int  // messages after the answer
		oldAnswer bool // the key is only on a message older than the window
		wantPosts int
		minPages  int
	}{
		{"answer right behind", 3, false, 0, 1},
		{"answer behind 450 messages", 450, false, 0, 3},
		{"answer behind 1,500 messages", 1500, false, 0, 8},
		{"key only before the event arrived", 450, true, 1, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := fakeslack.New(t)
			st, err := store.Open(t.TempDir() + "/s.db")
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			const ch = "C0400"
			key := "Ev0PAGED"
			ev := messageEvent{Type: "app_mention", User: "U1", Text: "<@" + fakeslack.BotUserID + "> Peru", TS: slackTS(time.Now()), Channel: ch}
			body, _ := json.Marshal(pending{Event: &ev})
			if _, err := st.Record(context.Background(), inbox.Event{Platform: Platform, ID: key, Received: time.Now(), Payload: string(body)}); err != nil {
				t.Fatal(err)
			}
			// The dead process leased it (it was answering it); the lease ran out.
			if ok, err := st.Lease(context.Background(), Platform, key, "dead-host/1/0", time.Now().Add(-2*time.Minute), time.Now().Add(-time.Second)); !ok || err != nil {
				t.Fatalf("lease: %v %v", ok, err)
			}
			m := fakeslack.Message{Channel: ch, Text: "Peru …", Metadata: replyMeta(key+"#0", 0)}
			if tc.oldAnswer {
				m.TS = slackTS(time.Now().Add(-20 * time.Minute))
			}
			fs.AddMessage(m)
			chatter(fs, ch, tc.before)
			start(t, fs, st, nil, nil)
			fs.Wait("the event answered", func() bool {
				ok, _ := st.Answered(context.Background(), Platform, key)
				return ok
			})
			if n := len(fs.Calls("chat.postMessage")); n != tc.wantPosts {
				t.Errorf("%d posts, want %d", n, tc.wantPosts)
			}
			if n := checkWindowedPages(t, fs, "conversations.history"); n < tc.minPages || n > maxHistoryPages {
				t.Errorf("%d history pages read, want %d..%d", n, tc.minPages, maxHistoryPages)
			}
		})
	}
}

// A digest slot's two messages, each behind hundreds of others in a busy
// channel: Delivered pages back until it has found both; with one missing
// it reads the whole window and says no; and a window holding more than
// the bound is an error (the scheduler retries later), never a "no" that
// would send the digest twice.
func TestDeliveredPagesThroughABusyChannel(t *testing.T) {
	const key = "digest/digest:weekly/slack:C0500/1775000000"
	tests := []struct {
		name    string
		build   func(fs *fakeslack.Server)
		want    bool
		wantErr error
	}{
		{"both parts behind 700 messages", func(fs *fakeslack.Server) {
			fs.AddMessage(fakeslack.Message{Channel: "C0500", Text: "part 1", Metadata: replyMeta(key+"#0", 2)})
			chatter(fs, "C0500", 300)
			fs.AddMessage(fakeslack.Message{Channel: "C0500", Text: "part 2", Metadata: replyMeta(key+"#1", 2)})
			chatter(fs, "C0500", 400)
		}, true, nil},
		{"second part missing", func(fs *fakeslack.Server) {
			fs.AddMessage(fakeslack.Message{Channel: "C0500", Text: "part 1", Metadata: replyMeta(key+"#0", 2)})
			chatter(fs, "C0500", 700)
		}, false, nil},
		{"beyond the bound", func(fs *fakeslack.Server) {
			fs.AddMessage(fakeslack.Message{Channel: "C0500", Text: "part 1", Metadata: replyMeta(key+"#0", 1)})
			chatter(fs, "C0500", historyPage*maxHistoryPages+50)
		}, false, errHistoryTooLong},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := fakeslack.New(t)
			h := start(t, fs, nil, nil, nil)
			tc.build(fs)
			got, err := h.a.Delivered(context.Background(), "C0500", key, time.Now().Add(-time.Hour))
			if got != tc.want || !errors.Is(err, tc.wantErr) {
				t.Errorf("Delivered = %v, %v; want %v, %v", got, err, tc.want, tc.wantErr)
			}
			n := checkWindowedPages(t, fs, "conversations.history")
			if n > maxHistoryPages {
				t.Errorf("%d pages read, more than the bound %d", n, maxHistoryPages)
			}
			if n < 2 {
				t.Errorf("%d pages read: the lookup did not page", n)
			}
		})
	}
}
