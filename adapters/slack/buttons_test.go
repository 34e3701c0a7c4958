package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/metrics"
	"github.com/stancebot/stancebot/seeds"
	"github.com/stancebot/stancebot/store"
)

// actionValue finds the value of the button actionID in a post's blocks.
func actionValue(t *testing.T, p fakeslack.Call, actionID string) (value, blockID string, el map[string]any) {
	t.Helper()
	for _, b := range p.Blocks() {
		if b["type"] != "actions" {
			continue
		}
		for _, e := range b["elements"].([]any) {
			m := e.(map[string]any)
			if m["action_id"] == actionID {
				v, _ := m["value"].(string)
				return v, b["block_id"].(string), m
			}
		}
	}
	t.Fatalf("no %s in %s", actionID, blocksJSON(p))
	return "", "", nil
}

// Each button under an answer round-trips over both transports: the
// press is acknowledged at once (within Slack's 3 seconds), More, Sources
// and Compare with… answer in the thread, 👍 / 👎 are stored with the
// question and statement keys and thanked ephemerally, and 👎's "what was
// wrong?" choice is stored too.
func TestAnswerButtonsRoundTrip(t *testing.T) {
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, transport := range []string{"socket", "http"} {
		t.Run(transport, func(t *testing.T) {
			st, err := store.Open(t.TempDir() + "/s.db")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			conv := st.Conversations(0, nil)
			b := bot.New(c)
			fs := fakeslack.New(t)
			h := start(t, fs, st, nil, func(c *config.Slack) { c.Transport = transport; c.AlwaysThread = true },
				func(o *Options) {
					o.Handler = bot.Chain(b, bot.FollowUps(conv, b.Corpus, nil))
					o.Conversations, o.Feedback, o.Corpus = conv, st.Feedback(), b.Corpus
				})
			// deliver sends an interaction and returns the ack's payload.
			deliver := func(p fakeslack.Payload) map[string]any {
				t.Helper()
				begin := time.Now()
				defer func() {
					if d := time.Since(begin); d > 3*time.Second {
						t.Errorf("acknowledged after %v, Slack wants 3 s", d)
					}
				}()
				if transport == "socket" {
					id := fs.SendInteractive(p)
					fs.Wait("ack", func() bool { return fs.Acked(id) == 1 })
					return fs.AckPayload(id)
				}
				raw, _ := json.Marshal(p)
				body := []byte(url.Values{"payload": {string(raw)}}.Encode())
				status, resp := httpPost(t, fakeslack.SignedRequest("http://"+h.a.HTTPAddr()+"/slack/events",
					"application/x-www-form-urlencoded", "test-signing-secret", begin, body))
				if status != 200 {
					t.Fatalf("ack status %d", status)
				}
				var m map[string]any
				json.Unmarshal([]byte(resp), &m)
				return m
			}
			now := time.Now().Unix()
			root := fmt.Sprintf("%d.000001", now)
			ch := "C0500"
			ev := fakeslack.Mention(ch, "U0001", root, "", "<@"+fakeslack.BotUserID+"> what does India say on voluntary norms?")
			if transport == "socket" {
				fs.SendEvent("EvB", ev, 0)
			} else {
				raw, _ := json.Marshal(fakeslack.Callback("EvB", ev))
				if status, _ := httpPost(t, fakeslack.SignedRequest("http://"+h.a.HTTPAddr()+"/slack/events",
					"application/json", "test-signing-secret", time.Now(), raw)); status != 200 {
					t.Fatalf("event status %d", status)
				}
			}
			answer := fs.WaitCalls("chat.postMessage", 1)[0]
			value, blockID, _ := actionValue(t, answer, actMore)
			first, ok, err := conv.Get(context.Background(), bot.ConversationKey{Platform: Platform, Room: ch, Thread: root})
			if err != nil || !ok || first.ID == "" || len(first.Keys) == 0 {
				t.Fatalf("reply record of the answer: %+v, ok %v, err %v", first, ok, err)
			}
			if ref, _ := parseRef(value); ref.ID != first.ID {
				t.Errorf("buttons carry record %q, want the answer's own %q", ref.ID, first.ID)
			}
			for _, id := range []string{actSources, actUp, actDown} {
				if v, _, _ := actionValue(t, answer, id); v != value {
					t.Errorf("%s carries %q, want the record %q", id, v, value)
				}
			}
			_, _, sel := actionValue(t, answer, actCompare)
			opts, _ := sel["options"].([]any)
			if sel["type"] != "static_select" || len(opts) == 0 || len(opts) > maxStaticOptions {
				t.Fatalf("Compare with… is %v with %d options", sel["type"], len(opts))
			}
			other := opts[0].(map[string]any)["value"].(string)
			if other == "India" {
				t.Error("Compare with… offers the answer's own country")
			}
			posts := func() int { return len(fs.Calls("chat.postMessage")) }

			// Sources: the citations of the answer, in its thread.
			n := posts()
			deliver(fakeslack.BlockAction(ch, "U0002", "1700000000.000001", root, actSources, value))
			fs.Wait("sources", func() bool { return posts() > n })
			p := fs.Calls("chat.postMessage")[n]
			if p.Param("thread_ts") != root || !strings.Contains(blocksJSON(p), "Sources of the last reply") {
				t.Errorf("Sources answered %q in thread %q", blocksJSON(p), p.Param("thread_ts"))
			}
			// More: the next answers (or that there are none), in the thread.
			n = posts()
			deliver(fakeslack.BlockAction(ch, "U0002", "1700000000.000001", root, actMore, value))
			fs.Wait("more", func() bool { return posts() > n })
			if p := fs.Calls("chat.postMessage")[n]; p.Param("thread_ts") != root {
				t.Errorf("More answered in thread %q", p.Param("thread_ts"))
			}
			// Compare with…: the chosen country on the same topic.
			n = posts()
			deliver(fakeslack.SelectAction(ch, "U0002", "1700000000.000001", root, actCompare, "static_select", other).InBlock(blockID))
			fs.Wait("compare", func() bool { return posts() > n })
			cmp := fs.Calls("chat.postMessage")[n]
			if !strings.Contains(blocksJSON(cmp), "*"+other+"*") {
				t.Errorf("Compare with %s answered %s", other, blocksJSON(cmp))
			}
			if v, _, _ := actionValue(t, cmp, actUp); v == value {
				t.Errorf("the comparison's buttons carry the first answer's record %q", v)
			}

			// Votes: stored, counted in /metrics by the reply's intent,
			// thanked only to the voter.
			up0, down0 := voteCount(t, "stance", "up"), voteCount(t, "stance", "down")
			eph := func() int { return len(fs.Calls("chat.postEphemeral")) }
			deliver(fakeslack.BlockAction(ch, "U0003", "1700000000.000001", root, actUp, value))
			fs.Wait("thanks", func() bool { return eph() == 1 })
			deliver(fakeslack.BlockAction(ch, "U0004", "1700000000.000001", root, actDown, value))
			fs.Wait("what was wrong?", func() bool { return eph() == 2 })
			e := fs.Calls("chat.postEphemeral")[1]
			if e.Param("user") != "U0004" || !strings.Contains(blocksJSON(e), actReason) {
				t.Fatalf("👎 ephemeral: user %q, %s", e.Param("user"), blocksJSON(e))
			}
			// The choice's block carries the record (its value is the option).
			_, reasonBlock, _ := actionValue(t, e, actReason)
			if reasonBlock != value {
				t.Errorf("\"what was wrong?\" block %q, want the record %q", reasonBlock, value)
			}
			deliver(fakeslack.SelectAction(ch, "U0004", "1700000000.000001", root, actReason, "static_select", "wrong_topic").InBlock(reasonBlock))
			fs.Wait("reason thanks", func() bool { return eph() == 3 })
			votes, err := st.Feedback().List(context.Background(), time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			if len(votes) != 3 {
				t.Fatalf("%d votes stored, want 3: %+v", len(votes), votes)
			}
			// The compare follow-up replaced the thread's latest record, yet
			// the votes are on the answer their buttons sat under: its
			// question and statement keys, not the comparison's.
			for _, v := range votes {
				if v.Platform != "slack" || v.Room != ch || v.Thread != root || v.Question != first.Question ||
					v.Intent != first.Intent || strings.Join(v.Keys, ",") != strings.Join(first.Keys, ",") {
					t.Errorf("vote %+v, want it on the first answer %+v", v, first)
				}
			}
			if votes[0].Vote != feedback.Up || votes[0].User != "U0003" || votes[1].Vote != feedback.Down || votes[2].Reason != "wrong_topic" {
				t.Errorf("votes: %+v", votes)
			}

			if up, down := voteCount(t, "stance", "up")-up0, voteCount(t, "stance", "down")-down0; up != 1 || down != 1 {
				t.Errorf("metrics counted %v up and %v down votes on stance replies, want 1 and 1 (a reason is not a second vote)", up, down)
			}

			// An external select's options are served in the ack.
			resp := deliver(fakeslack.BlockSuggestion(ch, "U0002", blockID, actCompare, strings.ToLower(other[:2])))
			if os, _ := resp["options"].([]any); len(os) == 0 || !strings.Contains(fmt.Sprint(os), other) {
				t.Errorf("block_suggestion answered %v", resp)
			}
		})
	}
}

func TestCompareSelectKind(t *testing.T) {
	names := func(n int) []string {
		var out []string
		for i := range n {
			out = append(out, fmt.Sprintf("Country %03d", i))
		}
		return out
	}
	tests := []struct {
		n        int
		kind     string
		wantOpts int
	}{{1, "static_select", 1}, {100, "static_select", 100}, {101, "external_select", 0}, {193, "external_select", 0}}
	for _, tc := range tests {
		sel := compareSelect(names(tc.n))
		if string(sel.Type) != tc.kind || len(sel.Options) != tc.wantOpts {
			t.Errorf("%d candidates: %s with %d options, want %s with %d", tc.n, sel.Type, len(sel.Options), tc.kind, tc.wantOpts)
		}
	}
	// The external select's options: filtered by what was typed, at most 100.
	if got := filterOptions(names(193), ""); len(got) != maxStaticOptions {
		t.Errorf("%d options for an empty query", len(got))
	}
	if got := filterOptions(names(193), "country 19"); len(got) != 3 { // 190, 191, 192
		t.Errorf("%d options for \"country 19\"", len(got))
	}
	if q := compareQuestion(recordRef{Countries: []string{"India"}, Themes: []string{"voluntary norms"}}, "Ghana"); q != "compare India and Ghana on voluntary norms" {
		t.Errorf("compare question %q", q)
	}
}

// voteCount reads stancebot_feedback_votes_total for slack, intent, vote.
func voteCount(t *testing.T, intent, vote string) float64 {
	t.Helper()
	mfs, err := metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != "stancebot_feedback_votes_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			if hasLabel(m, "platform", "slack") && hasLabel(m, "intent", intent) && hasLabel(m, "vote", vote) {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}

// More and Sources under an older answer of a thread act on that answer,
// not on the thread's newest: the button's value names the answer's own
// reply record. A typed "more" still continues the newest.
func TestButtonsActOnTheirOwnAnswer(t *testing.T) {
	c, err := corpus.LoadDir(context.Background(), "../../testdata/altcorpus", corpus.Options{})
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
	fs := fakeslack.New(t)
	start(t, fs, st, nil, func(c *config.Slack) { c.AlwaysThread = true },
		func(o *Options) {
			o.Handler = bot.Chain(b, bot.FollowUps(conv, b.Corpus, nil))
			o.Conversations, o.Feedback, o.Corpus = conv, st.Feedback(), b.Corpus
		})
	ctx := context.Background()
	now := time.Now().Unix()
	root := fmt.Sprintf("%d.000001", now)
	ch := "C0700"
	key := bot.ConversationKey{Platform: Platform, Room: ch, Thread: root}
	posts := func() int { return len(fs.Calls("chat.postMessage")) }

	fs.SendEvent("EvO1", fakeslack.Mention(ch, "U0001", root, "", "<@"+fakeslack.BotUserID+"> what does Kenya say?"), 0)
	firstPost := fs.WaitCalls("chat.postMessage", 1)[0]
	older, ok, err := conv.Get(ctx, key)
	if err != nil || !ok {
		t.Fatalf("first record: ok %v, err %v", ok, err)
	}
	olderValue, _, _ := actionValue(t, firstPost, actMore)

	fs.SendEvent("EvO2", fakeslack.Mention(ch, "U0001", fmt.Sprintf("%d.000002", now), root, "<@"+fakeslack.BotUserID+"> what does Switzerland say?"), 0)
	fs.Wait("second answer", func() bool { return posts() == 2 })
	newer, _, _ := conv.Get(ctx, key)
	if newer.ID == older.ID || newer.Question == older.Question {
		t.Fatalf("the second question did not get its own record: %+v after %+v", newer, older)
	}

	// More under the first answer pages on the first question.
	fs.SendInteractive(fakeslack.BlockAction(ch, "U0002", "1700000000.000001", root, actMore, olderValue))
	fs.Wait("more", func() bool { return posts() == 3 })
	got, _, _ := conv.Get(ctx, key)
	if m := blocksJSON(fs.Calls("chat.postMessage")[2]); !strings.Contains(m, "Kenya") || strings.Contains(m, "Switzerland") {
		t.Errorf("More under the Kenya answer answered %s", m)
	}
	if got.Question != older.Question {
		t.Errorf("More under the first answer continued %q, want %q", got.Question, older.Question)
	}
	// Sources under the first answer cite the first answer's statements.
	secondPost := fs.Calls("chat.postMessage")[1]
	secondValue, _, _ := actionValue(t, secondPost, actSources)
	fs.SendInteractive(fakeslack.BlockAction(ch, "U0002", "1700000000.000002", root, actSources, secondValue))
	fs.Wait("sources", func() bool { return posts() == 4 })
	if p := fs.Calls("chat.postMessage")[3]; !strings.Contains(blocksJSON(p), "Switzerland") {
		t.Errorf("Sources under the Switzerland answer cite %s", blocksJSON(p))
	}
	// A typed "more" continues the thread's newest answer (the Switzerland one,
	// which Sources made newest again).
	fs.SendEvent("EvO3", fakeslack.Mention(ch, "U0001", fmt.Sprintf("%d.000003", now), root, "<@"+fakeslack.BotUserID+"> more"), 0)
	fs.Wait("typed more", func() bool { return posts() == 5 })
	if got, _, _ := conv.Get(ctx, key); got.Question != newer.Question {
		t.Errorf("typed more continued %q, want the newest %q", got.Question, newer.Question)
	}
}
