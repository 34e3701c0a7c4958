package slack

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/store"
)

// Slack commits a message it receives even when its answer comes after the
// client's timeout. The retry that follows must find the message (by its
// metadata key) and not post it again: one delayed post, one message. In a
// thread and at the top of a channel, and for a post that was not
// committed (refused with a 5xx before) the retry does post.
func TestDelayedPostIsNotDoubled(t *testing.T) {
	tests := []struct {
		name     string
		threadTS string
	}{
		{"channel", ""},
		{"thread", "1700000000.000042"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := fakeslack.New(t)
			h := start(t, fs, nil, nil, nil, func(o *Options) {
				o.HTTPClient = &http.Client{Timeout: 300 * time.Millisecond}
			})
			fs.DelayNext("chat.postMessage", 2*time.Second)
			m := render(bot.Reply{Message: "Peru says attribution must rest on evidence."})[0]
			if err := h.a.post(context.Background(), "C0100", tc.threadTS, m); err != nil {
				t.Fatalf("post: %v", err)
			}
			msgs := fs.Messages("C0100")
			if len(msgs) != 1 {
				t.Fatalf("%d messages committed, want 1: %+v", len(msgs), msgs)
			}
			if !strings.Contains(msgs[0].Metadata, `"event_type":"`+replyEventType+`"`) || !strings.Contains(msgs[0].Metadata, `"key":"`) {
				t.Errorf("message metadata %q lacks the reply key", msgs[0].Metadata)
			}
			if msgs[0].ThreadTS != tc.threadTS {
				t.Errorf("thread_ts %q, want %q", msgs[0].ThreadTS, tc.threadTS)
			}
			lookup := "conversations.history"
			if tc.threadTS != "" {
				lookup = "conversations.replies"
			}
			calls := fs.Calls(lookup)
			if len(calls) == 0 {
				t.Fatalf("the retry did not look for the message with %s", lookup)
			}
			if v := calls[0].Param("include_all_metadata"); v != "true" && v != "1" {
				t.Errorf("%s without include_all_metadata", lookup)
			}
			if n := len(fs.Calls("chat.postMessage")); n != 1 {
				t.Errorf("chat.postMessage called %d times, want 1 (the retry found the message)", n)
			}
		})
	}
}

// A post that did not go through (a 429 here) is posted again on retry:
// the history lookup finds nothing, so nothing is lost either.
func TestRetriedPostThatFailedIsPosted(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, func(c *config.Slack) {})
	fs.RateLimit("chat.postMessage", 0)
	if err := h.a.Send(context.Background(), "C0101", bot.Reply{Message: "hello"}); err != nil {
		t.Fatal(err)
	}
	if n := len(fs.Messages("C0101")); n != 1 {
		t.Errorf("%d messages, want 1", n)
	}
	if n := len(fs.Calls("chat.postMessage")); n != 2 {
		t.Errorf("chat.postMessage called %d times, want 2 (refused, then posted)", n)
	}
}

// A process posted the answer to an event and died before marking it
// answered. The next start resumes the event from the inbox with the same
// reply key, finds the answer in the channel and does not post it again;
// an event whose answer was never posted is answered.
func TestResumedEventIsNotAnsweredTwice(t *testing.T) {
	tests := []struct {
		name        string
		postedFirst bool
		wantPosts   int
	}{
		{"answer already posted", true, 0},
		{"answer never posted", false, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := fakeslack.New(t)
			st, err := store.Open(t.TempDir() + "/s.db")
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			key := "Ev0RESUME"
			ev := messageEvent{Type: "app_mention", User: "U1", Text: "<@" + fakeslack.BotUserID + "> Peru", TS: "1700000000.000500", Channel: "C0200"}
			body, _ := json.Marshal(pending{Event: &ev})
			if _, err := st.Record(context.Background(), inbox.Event{Platform: Platform, ID: key, Received: time.Now(), Payload: string(body)}); err != nil {
				t.Fatal(err)
			}
			// The dead process leased it (it was answering it); the lease ran out.
			if ok, err := st.Lease(context.Background(), Platform, key, "dead-host/1/0", time.Now().Add(-2*time.Minute), time.Now().Add(-time.Second)); !ok || err != nil {
				t.Fatalf("lease: %v %v", ok, err)
			}
			if tc.postedFirst {
				fs.AddMessage(fakeslack.Message{Channel: "C0200", Text: "Peru …",
					Metadata: `{"event_type":"` + replyEventType + `","event_payload":{"key":"` + key + `#0"}}`})
			}
			before := len(fs.Messages("C0200"))
			start(t, fs, st, nil, nil)
			fs.Wait("the event answered", func() bool {
				ok, _ := st.Answered(context.Background(), Platform, key)
				return ok
			})
			if got := len(fs.Messages("C0200")) - before; got != tc.wantPosts {
				t.Errorf("%d new messages, want %d: %+v", got, tc.wantPosts, fs.Messages("C0200"))
			}
			if len(fs.Calls("conversations.history")) == 0 {
				t.Error("the resumed event was answered without looking at the channel first")
			}
		})
	}
}
