package slack

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/adaptertest"
	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/store"
)

// slackHarness runs the adapter over Socket Mode against a fake Slack.
type slackHarness struct {
	fs  *fakeslack.Server
	seq atomic.Int64
}

const harnessChannel = "C0ADAPTER"

func (h *slackHarness) Start(t *testing.T, hd bot.Handler) func() error {
	h.fs = fakeslack.New(t)
	st, err := store.Open(t.TempDir() + "/s.db")
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Config: config.Slack{Transport: "socket", BotToken: fakeslack.BotToken, AppToken: fakeslack.AppToken,
		APIURL: h.fs.APIURL, SlashCommand: "/stance", SlashResponse: "in_channel"},
		Handler: hd, Inbox: st, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), ShutdownTimeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	h.fs.Wait("adapter ready", a.Ready)
	return func() error {
		cancel()
		err := <-done
		st.Close()
		return err
	}
}

// deliver sends a mention from user (with botID when set) and returns
// "eventID ts" for Redeliver.
func (h *slackHarness) deliver(user, botID, text string) string {
	ts := fmt.Sprintf("1700009000.%06d", h.seq.Add(1))
	ev := fakeslack.Mention(harnessChannel, user, ts, "", "<@"+fakeslack.BotUserID+"> "+text)
	if botID != "" {
		ev["bot_id"] = botID
	}
	h.fs.SendEvent("Ev"+ts, ev, 0)
	return ts + " " + text
}

func (h *slackHarness) Ask(t *testing.T, text string) string { return h.deliver("U0PERSON", "", text) }

func (h *slackHarness) Redeliver(t *testing.T, handle string) {
	ts, text, _ := strings.Cut(handle, " ")
	h.fs.SendEvent("Ev"+ts, fakeslack.Mention(harnessChannel, "U0PERSON", ts, "", "<@"+fakeslack.BotUserID+"> "+text), 1)
}

func (h *slackHarness) AskAsSelf(t *testing.T, text string) { h.deliver(fakeslack.BotUserID, "", text) }
func (h *slackHarness) AskAsBot(t *testing.T, text string) {
	h.deliver("U0OTHERBOT", "B0OTHERBOT", text)
}

// Replies are the posts' block texts; each post must also keep Slack's
// per-message limits on blocks and section text.
func (h *slackHarness) Replies(t *testing.T) []string {
	var out []string
	for _, c := range h.fs.Calls("chat.postMessage") {
		if c.RateLimited || c.Param("channel") != harnessChannel {
			continue
		}
		blocks := c.Blocks()
		if len(blocks) > maxBlocks {
			t.Errorf("a post has %d blocks, over Slack's %d", len(blocks), maxBlocks)
		}
		var texts []string
		for _, b := range blocks {
			if txt, ok := b["text"].(map[string]any); ok {
				s, _ := txt["text"].(string)
				if len([]rune(s)) > maxSectionText {
					t.Errorf("a section has %d characters, over Slack's %d", len([]rune(s)), maxSectionText)
				}
				texts = append(texts, s)
			}
		}
		if n := len([]rune(strings.Join(texts, ""))); n > maxMessageText {
			t.Errorf("a post carries %d characters of block text, over %d (msg_blocks_too_long)", n, maxMessageText)
		}
		if len(texts) == 0 {
			texts = append(texts, c.Param("text"))
		}
		out = append(out, strings.Join(texts, "\n"))
	}
	return out
}

// Limit is chat.postMessage's documented text limit.
func (h *slackHarness) Limit() int { return 40000 }

func (h *slackHarness) Capabilities() adaptertest.Capabilities { return adaptertest.Capabilities{} }

func TestAdapterBehaviour(t *testing.T) { adaptertest.Run(t, &slackHarness{}) }
