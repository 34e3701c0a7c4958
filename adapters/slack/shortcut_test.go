package slack

import (
	"encoding/json"
	"net/url"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/config"
)

// "Ask stancebot" on a message answers its text in its thread, once,
// over both transports; another shortcut's callback_id is not a question.
func TestAskShortcutAnswersTheMessageInItsThread(t *testing.T) {
	for _, transport := range []string{"socket", "http"} {
		t.Run(transport, func(t *testing.T) {
			fs := fakeslack.New(t)
			h := start(t, fs, nil, nil, func(c *config.Slack) { c.Transport = transport })
			deliver := func(p fakeslack.Payload) {
				if transport == "socket" {
					id := fs.SendInteractive(p)
					fs.Wait("ack", func() bool { return fs.Acked(id) == 1 })
					return
				}
				raw, _ := json.Marshal(p)
				body := []byte(url.Values{"payload": {string(raw)}}.Encode())
				status, resp := httpPost(t, fakeslack.SignedRequest("http://"+h.a.HTTPAddr()+"/slack/events",
					"application/x-www-form-urlencoded", "test-signing-secret", time.Now(), body))
				if status != 200 || resp != "" {
					t.Fatalf("ack: %d %q", status, resp)
				}
			}
			deliver(fakeslack.MessageShortcut("C0400", "U0009", "other_shortcut", "1700050000.000001", "", "what does Chile say on norms?"))
			deliver(fakeslack.MessageShortcut("C0400", "U0009", shortcutAsk, "1700050000.000002", "1700049999.000001", "what does Chile say on norms?"))
			deliver(fakeslack.MessageShortcut("C0400", "U0009", shortcutAsk, "1700050000.000002", "1700049999.000001", "what does Chile say on norms?"))
			post := fs.WaitCalls("chat.postMessage", 1)[0]
			time.Sleep(300 * time.Millisecond)
			if n := len(fs.Calls("chat.postMessage")); n != 1 {
				t.Errorf("%d answers, want 1", n)
			}
			if post.Param("thread_ts") != "1700049999.000001" || post.Param("channel") != "C0400" {
				t.Errorf("answered in %s/%s", post.Param("channel"), post.Param("thread_ts"))
			}
			if qs := h.bot.questions(); len(qs) != 1 || qs[0].Text != "what does Chile say on norms?" || qs[0].User != "U0009" {
				t.Errorf("questions: %+v", qs)
			}
		})
	}
}
