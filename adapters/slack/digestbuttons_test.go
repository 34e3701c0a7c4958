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
	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/store"
)

// deliverInteraction sends an interaction payload over the transport
// and checks it is acknowledged within Slack's 3 seconds.
func deliverInteraction(t *testing.T, fs *fakeslack.Server, h *harness, transport string, p fakeslack.Payload) {
	t.Helper()
	begin := time.Now()
	if transport == "socket" {
		id := fs.SendInteractive(p)
		fs.Wait("ack", func() bool { return fs.Acked(id) == 1 })
	} else {
		raw, _ := json.Marshal(p)
		body := []byte(url.Values{"payload": {string(raw)}}.Encode())
		status, _ := httpPost(t, fakeslack.SignedRequest("http://"+h.a.HTTPAddr()+"/slack/events",
			"application/x-www-form-urlencoded", "test-signing-secret", begin, body))
		if status != 200 {
			t.Fatalf("ack status %d", status)
		}
	}
	if d := time.Since(begin); d > 3*time.Second {
		t.Errorf("acknowledged after %v, Slack wants 3 s", d)
	}
}

// A digest's parts each end with 👍 / 👎 (and nothing else: a digest is
// complete and shows its citations). A vote on a part is stored, over
// both transports, with the digest's title, intent "digest" and the
// statement keys of that part only; 👎's "what was wrong?" is stored too;
// every part stays within Slack's limits.
func TestDigestButtonsRoundTrip(t *testing.T) {
	d := &bot.Digest{Name: "weekly", CorpusVersion: "v7"}
	var allKeys []string
	for th, theme := range []string{"ransomware", "undersea cables"} {
		dt := bot.DigestTheme{Theme: theme}
		for c := range 14 {
			key := fmt.Sprintf("k%d%02d-%x", th, c, 0xbeef00+c)
			allKeys = append(allKeys, key)
			dt.Entries = append(dt.Entries, bot.DigestEntry{Country: fmt.Sprintf("Land %d-%02d", th, c), Key: key,
				Text: strings.Repeat(fmt.Sprintf("Land %d-%02d sets out its view. ", th, c), 20), Sources: []string{"src"}})
		}
		d.Themes = append(d.Themes, dt)
	}
	for _, transport := range []string{"socket", "http"} {
		t.Run(transport, func(t *testing.T) {
			st, err := store.Open(t.TempDir() + "/s.db")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			fs := fakeslack.New(t)
			h := start(t, fs, st, nil, func(c *config.Slack) { c.Transport = transport },
				func(o *Options) { o.Feedback = st.Feedback() })
			ch := "C0D16"
			// A Spanish subscription's digest: its thank-yous are in Spanish too.
			if err := h.a.Send(context.Background(), ch, bot.Reply{Intent: bot.IntentDigest, Digest: d, Lang: "es"}); err != nil {
				t.Fatal(err)
			}
			parts := fs.Calls("chat.postMessage")
			if len(parts) < 2 {
				t.Fatalf("digest posted in %d messages, want it split for the test", len(parts))
			}
			var shown []string
			var values []string
			for i, p := range parts {
				if n := len(p.Blocks()); n > maxBlocks {
					t.Errorf("part %d has %d blocks", i, n)
				}
				for _, id := range []string{actMore, actSources, actCompare} {
					if strings.Contains(blocksJSON(p), `"`+id+`"`) {
						t.Errorf("part %d offers %s", i, id)
					}
				}
				up, _, _ := actionValue(t, p, actUp)
				down, _, _ := actionValue(t, p, actDown)
				if up != down {
					t.Errorf("part %d: 👍 and 👎 carry different values", i)
				}
				ref, ok := parseRef(up)
				if !ok || ref.Room != ch || ref.Digest != "digest weekly: ransomware, undersea cables" || len(ref.Keys) == 0 {
					t.Fatalf("part %d value %q", i, up)
				}
				for _, k := range ref.Keys { // the keys are those the part shows
					if !strings.Contains(blocksJSON(p), "Land "+k[1:2]+"-"+k[2:4]) {
						t.Errorf("part %d votes on %s, which it does not show", i, k)
					}
				}
				shown = append(shown, ref.Keys...)
				values = append(values, up)
			}
			if strings.Join(shown, ",") != strings.Join(allKeys, ",") {
				t.Errorf("the parts' values hold keys %v, want each key once in order %v", shown, allKeys)
			}

			eph := func() int { return len(fs.Calls("chat.postEphemeral")) }
			ts := parts[1].Param("ts")
			deliverInteraction(t, fs, h, transport, fakeslack.BlockAction(ch, "U0D01", ts, "", actUp, values[0]))
			fs.Wait("thanks", func() bool { return eph() == 1 })
			if got, want := fs.Calls("chat.postEphemeral")[0].Param("text"), bot.T("es", bot.MsgFeedbackThanks); got != want || want == bot.T("en", bot.MsgFeedbackThanks) {
				t.Errorf("thanks for a vote on a Spanish digest = %q, want %q", got, want)
			}
			deliverInteraction(t, fs, h, transport, fakeslack.BlockAction(ch, "U0D02", ts, "", actDown, values[1]))
			fs.Wait("what was wrong?", func() bool { return eph() == 2 })
			_, reasonBlock, _ := actionValue(t, fs.Calls("chat.postEphemeral")[1], actReason)
			deliverInteraction(t, fs, h, transport, fakeslack.SelectAction(ch, "U0D02", ts, "", actReason, "static_select", "missing_statement").InBlock(reasonBlock))
			fs.Wait("reason thanks", func() bool { return eph() == 3 })

			votes, err := st.Feedback().List(context.Background(), time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			if len(votes) != 3 {
				t.Fatalf("%d votes, want 3: %+v", len(votes), votes)
			}
			ref0, _ := parseRef(values[0])
			ref1, _ := parseRef(values[1])
			for i, want := range []struct {
				vote, user, reason string
				keys               []string
			}{{feedback.Up, "U0D01", "", ref0.Keys}, {feedback.Down, "U0D02", "", ref1.Keys}, {feedback.Down, "U0D02", "missing_statement", nil}} {
				v := votes[i]
				if v.Vote != want.vote || v.User != want.user || v.Reason != want.reason || v.Intent != bot.IntentDigest ||
					v.Question != "digest weekly: ransomware, undersea cables" || v.Room != ch || v.Platform != Platform {
					t.Errorf("vote %d = %+v", i, v)
				}
				if want.keys != nil && strings.Join(v.Keys, ",") != strings.Join(want.keys, ",") {
					t.Errorf("vote %d keys %v, want the part's %v", i, v.Keys, want.keys)
				}
			}
		})
	}
}
