package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
)

// replyBot answers every question with a fixed reply.
type replyBot struct{ r bot.Reply }

func (b replyBot) Handle(_ context.Context, q bot.Question) bot.Reply {
	r := b.r
	r.Query = q.Text
	return r
}

func httpPost(t *testing.T, r *http.Request) (int, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestSSLCheckGetsAnEmpty200AndNothingElse(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, func(c *config.Slack) { c.Transport = "http" })
	endpoint := "http://" + h.a.HTTPAddr() + "/slack/events"
	body := []byte(url.Values{"ssl_check": {"1"}, "token": {"verification-token-unused"}}.Encode())
	status, resp := httpPost(t, fakeslack.SignedRequest(endpoint, "application/x-www-form-urlencoded", "test-signing-secret", time.Now(), body))
	if status != 200 || resp != "" {
		t.Errorf("ssl_check: %d %q, want an empty 200", status, resp)
	}
	time.Sleep(300 * time.Millisecond) // time for a wrong answer to arrive
	if calls := fs.Calls("chat.postMessage"); len(calls) != 0 {
		t.Errorf("ssl_check posted %d messages", len(calls))
	}
	if qs := h.bot.questions(); len(qs) != 0 {
		t.Errorf("ssl_check was asked as a question: %+v", qs)
	}
}

func TestInteractionPayloadIsNotASlashCommand(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, func(c *config.Slack) { c.Transport = "http" })
	endpoint := "http://" + h.a.HTTPAddr() + "/slack/events"
	for _, p := range []fakeslack.Payload{
		{"type": "view_submission", "user": map[string]any{"id": "U1"}, "view": map[string]any{"id": "V1", "type": "modal"}},
		{"type": "shortcut", "callback_id": "global", "user": map[string]any{"id": "U1"}, "trigger_id": "t1"},
	} {
		raw, _ := json.Marshal(p)
		body := []byte(url.Values{"payload": {string(raw)}}.Encode())
		status, _ := httpPost(t, fakeslack.SignedRequest(endpoint, "application/x-www-form-urlencoded", "test-signing-secret", time.Now(), body))
		if status != 200 {
			t.Errorf("%s: status %d", p["type"], status)
		}
	}
	time.Sleep(300 * time.Millisecond)
	if n := len(fs.Calls("")); n != 0 || len(h.bot.questions()) != 0 {
		t.Errorf("interaction payloads were answered as commands: %d calls, %d questions", n, len(h.bot.questions()))
	}
}

// A long reply is split over messages in order, each within Slack's total
// block text; none is refused.
func TestLongReplySplitWithinSlackLimits(t *testing.T) {
	var as []bot.Answer
	for i := range 14 {
		as = append(as, bot.Answer{Country: fmt.Sprintf("Country %02d", i), Text: strings.Repeat(fmt.Sprintf("Clause %02d of a long position. ", i), 80),
			Sources: []string{fmt.Sprintf("src-%02d", i)}})
	}
	fs := fakeslack.New(t)
	start(t, fs, nil, nil, nil, func(o *Options) { o.Handler = replyBot{bot.Reply{Intent: bot.IntentTheme, Answers: as}} })
	fs.SendEvent("EvLONG", fakeslack.Mention("C0200", "U0001", "1700020000.000001", "", "<@"+fakeslack.BotUserID+"> long"), 0)
	fs.Wait("the split reply", func() bool { return len(fs.Calls("chat.postMessage")) >= 2 })
	time.Sleep(200 * time.Millisecond)
	posts := fs.Calls("chat.postMessage")
	all := ""
	for _, p := range posts {
		if p.Param("blocks") == "" {
			t.Errorf("a part went out as plain text: the renderer exceeded a limit")
		}
		if p.Param("thread_ts") != "" && p.Param("thread_ts") != "1700020000.000001" {
			t.Errorf("thread_ts %q", p.Param("thread_ts"))
		}
		all += blocksJSON(p)
	}
	last := -1
	for i := range 14 {
		at := strings.Index(all, fmt.Sprintf("*Country %02d*", i))
		if at < 0 {
			if !strings.Contains(all, "more_") {
				t.Errorf("Country %02d missing and no \"…and N more\"", i)
			}
			continue
		}
		if at < last {
			t.Errorf("Country %02d out of order", i)
		}
		last = at
	}
}

func TestRefusedBlocksAreSentOnceAsPlainText(t *testing.T) {
	for _, code := range []string{"invalid_blocks", "msg_blocks_too_long"} {
		t.Run(code, func(t *testing.T) {
			fs := fakeslack.New(t)
			start(t, fs, nil, nil, nil)
			fs.RefuseBlocks(code)
			fs.SendEvent("EvREF", fakeslack.Mention("C0201", "U0001", "1700020001.000001", "", "<@"+fakeslack.BotUserID+"> Peru"), 0)
			posts := fs.WaitCalls("chat.postMessage", 2)
			time.Sleep(200 * time.Millisecond)
			if n := len(fs.Calls("chat.postMessage")); n != 2 {
				t.Errorf("%d posts, want the refused one and one retry", n)
			}
			if posts[1].Param("blocks") != "" || !strings.Contains(posts[1].Param("text"), "Peru") {
				t.Errorf("retry: blocks %q, text %q", posts[1].Param("blocks"), posts[1].Param("text"))
			}
		})
	}
}

// The fake refuses what Slack refuses, so the tests above can fail.
func TestFakeSlackRefusesOverlongBlocks(t *testing.T) {
	fs := fakeslack.New(t)
	a, err := New(Options{Config: config.Slack{Transport: "socket", BotToken: fakeslack.BotToken, AppToken: fakeslack.AppToken, APIURL: fs.APIURL},
		Handler: replyBot{}})
	if err != nil {
		t.Fatal(err)
	}
	m := message{Text: "fallback"}
	for range 5 { // 13,000 characters: each section within its own limit
		m.Blocks = append(m.Blocks, section(strings.Repeat("y", 2600)))
	}
	if err := a.post(context.Background(), "C1", "", m); err != nil {
		t.Fatal(err)
	}
	calls := fs.Calls("chat.postMessage")
	if len(calls) != 2 || calls[1].Param("blocks") != "" {
		t.Fatalf("13,000 characters of blocks: %d calls, want a refusal then plain text", len(calls))
	}
}

// The bot's reply never repeats more than 200 characters of the question,
// and `explain` shows the Why view.
func TestRealBotRepliesEchoAtMost200AndExplain(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fs := fakeslack.New(t)
	start(t, fs, nil, nil, nil, func(o *Options) { o.Handler = bot.New(c) })
	var words []string
	for i := range 4000 { // about 40,000 characters of distinct words
		words = append(words, fmt.Sprintf("cable%d", i))
	}
	long := strings.Join(words, " ")
	fs.SendEvent("EvECHO", fakeslack.Mention("C0300", "U0001", "1700030000.000001", "", "<@"+fakeslack.BotUserID+"> what does Peru say on "+long), 0)
	fs.WaitCalls("chat.postMessage", 1)
	time.Sleep(200 * time.Millisecond)
	for _, p := range fs.Calls("chat.postMessage") {
		// 200 characters hold at most 200/len("cable9 ") = 28 of its words.
		for _, field := range []string{"blocks", "text"} {
			if n := strings.Count(p.Param(field), "cable"); n > 28 {
				t.Errorf("the question was echoed in %s: %d of its words in %d characters", field, n, len(p.Param(field)))
			}
		}
	}
	fs.SendEvent("EvWHY", fakeslack.Mention("C0300", "U0001", "1700030000.000002", "", "<@"+fakeslack.BotUserID+"> explain what does Peru say on attribution"), 0)
	fs.Wait("the explain reply", func() bool {
		for _, p := range fs.Calls("chat.postMessage") {
			if strings.Contains(p.Param("blocks"), "Why") && strings.Contains(p.Param("blocks"), "stems") {
				return true
			}
		}
		return false
	})
}
