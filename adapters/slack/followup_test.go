package slack

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
	"github.com/stancebot/stancebot/store"
)

// A reply in a thread the bot answered in is a follow-up: no mention
// needed, answered in the same thread. Other channel messages are not
// questions.
func TestFollowUpInBotThreadNeedsNoMention(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(t.TempDir() + "/s.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	conv := st.Conversations(0, nil)
	b := bot.New(c)
	h := bot.Chain(b, bot.FollowUps(conv, b.Corpus, nil))
	for _, kind := range []string{"channel", "group"} {
		t.Run(kind, func(t *testing.T) {
			fs := fakeslack.New(t)
			start(t, fs, st, nil, func(c *config.Slack) { c.AlwaysThread = true },
				func(o *Options) { o.Handler = h; o.Conversations = conv })
			ch := "C" + strings.ToUpper(kind)
			// Slack ts are the message's time; the reply record expires
			// 30 minutes after it.
			now := time.Now().Unix()
			ts := func(n int) string { return fmt.Sprintf("%d.%06d", now, n) }
			root := ts(1)
			fs.SendEvent("EvQ"+kind, fakeslack.Mention(ch, "U0001", root, "", "<@"+fakeslack.BotUserID+"> what does Peru say on attribution?"), 0)
			first := fs.WaitCalls("chat.postMessage", 1)[0]
			if first.Param("thread_ts") != root {
				t.Fatalf("first answer not in the thread: %q", first.Param("thread_ts"))
			}
			// Not follow-ups: a top-level message, a reply in someone else's
			// thread, the thread's root itself.
			fs.SendEvent("EvTop"+kind, fakeslack.ChannelMessage(kind, ch, "U0002", ts(2), "", "sources"), 0)
			fs.SendEvent("EvOther"+kind, fakeslack.ChannelMessage(kind, ch, "U0002", ts(3), ts(9), "sources"), 0)
			// The follow-up, by another user, without a mention.
			fs.SendEvent("EvFU"+kind, fakeslack.ChannelMessage(kind, ch, "U0003", ts(4), root, "sources"), 0)
			posts := fs.WaitCalls("chat.postMessage", 2)
			time.Sleep(300 * time.Millisecond)
			posts = fs.Calls("chat.postMessage")
			if len(posts) != 2 {
				t.Fatalf("%d posts, want the answer and one follow-up", len(posts))
			}
			fu := posts[1]
			if fu.Param("thread_ts") != root {
				t.Errorf("follow-up answered outside the thread: %q", fu.Param("thread_ts"))
			}
			if !strings.Contains(blocksJSON(fu), "000_1ebf36fdb85f7c30") || strings.Contains(blocksJSON(fu), "difficulty of attribution") {
				t.Errorf("\"sources\" did not list the last reply's citations: %s", blocksJSON(fu))
			}
		})
	}
}
