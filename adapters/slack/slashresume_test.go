package slack

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/store"
)

// A slash command's reply goes through response_url, which cannot be read
// back. One that a worker had leased when its process died may have been
// answered: it is not answered again (at-most-once across crashes). One
// recorded but never leased (it waited for a worker) is answered.
func TestResumedSlashCommandIsNotAnsweredAgain(t *testing.T) {
	for _, tc := range []struct {
		name      string
		leased    bool
		wantCalls int
	}{
		{"leased by a process that died", true, 0},
		{"never leased", false, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := fakeslack.New(t)
			st, err := store.Open(t.TempDir() + "/s.db")
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			ctx := context.Background()
			key := "slash:C0900:resume"
			cmd := slack.SlashCommand{Command: "/stance", Text: "Peru attribution", ChannelID: "C0900", UserID: "U0009",
				ResponseURL: fs.URL + "/response/900"}
			body, _ := json.Marshal(pending{Slash: &cmd})
			if _, err := st.Record(ctx, inbox.Event{Platform: Platform, ID: key, Received: time.Now(), Payload: string(body)}); err != nil {
				t.Fatal(err)
			}
			if tc.leased {
				if ok, err := st.Lease(ctx, Platform, key, "dead-host/1/0", time.Now().Add(-2*time.Minute), time.Now().Add(-time.Second)); !ok || err != nil {
					t.Fatalf("lease: %v %v", ok, err)
				}
			}
			h := start(t, fs, st, nil, nil)
			fs.Wait("the command settled", func() bool { ok, _ := st.Answered(ctx, Platform, key); return ok })
			h.shutdown()
			calls := len(fs.Calls("response_url")) + len(fs.Calls("chat.postMessage")) + len(fs.Calls("chat.postEphemeral"))
			if calls != tc.wantCalls {
				t.Errorf("%d replies, want %d", calls, tc.wantCalls)
			}
		})
	}
}
