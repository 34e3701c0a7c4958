package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/leader"
	"github.com/stancebot/stancebot/store"
	"github.com/stancebot/stancebot/store/storetest"
)

// failoverThemes make a digest of testdata/altcorpus long enough for
// several Slack messages.
var failoverThemes = []string{"sovereignty", "due diligence", "attribution", "use of force", "international law",
	"human rights", "voluntary norms", "capacity building", "cybercrime", "UN processes", "militarisation"}

// Three replicas on one PostgreSQL send a digest of several messages to a
// fake Slack (in this process; the replicas are real processes pointed at
// it). The fake holds the second message's chat.postMessage until the
// leader is killed with SIGKILL: once after committing it (Slack got the
// message, the leader never heard back), once before (the message died
// on the way). Another replica takes the lease, finds the slot
// unconfirmed, reads the channel history, and posts only what is missing:
// every part of the slot is in the channel exactly once, in order, and
// the ledger records the slot as sent.
func TestLeaderKilledMidDigestSlack(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three stancebot processes and waits out a lease")
	}
	corpusDir, err := filepath.Abs("../../testdata/altcorpus")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		committed bool // the held part reached Slack before the kill
	}{
		{"held part committed", true},
		{"held part lost", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			url := storetest.PostgresURL(t)
			st, err := store.Open(url)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			fs := fakeslack.New(t)
			const channel = "C0FAILOVER"
			target := delivery.Target{Platform: "slack", Room: channel}
			cron, slot := digestSlot(time.Now())
			job := "digest:failover"
			owe(t, st, job, target, slot)

			dir := t.TempDir()
			cfg := "listen: 127.0.0.1:0\nlog:\n  format: json\ndata_dir: " + dir +
				"\nstore:\n  url: " + url +
				"\ncorpus:\n  dir: " + corpusDir +
				"\nslack:\n  transport: socket\n  bot_token: ${FAILOVER_SLACK_BOT_TOKEN}\n  app_token: ${FAILOVER_SLACK_APP_TOKEN}" +
				"\n  api_url: " + fs.APIURL +
				"\ndigests:\n  - name: failover\n    cron: \"" + cron + "\"\n    timezone: UTC\n    themes: [" + strings.Join(failoverThemes, ", ") + "]" +
				"\n    targets: [" + target.String() + "]\n"
			cfgPath := filepath.Join(dir, "config.yaml")
			if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
				t.Fatal(err)
			}
			// The replicas inherit the test's environment.
			t.Setenv("FAILOVER_SLACK_BOT_TOKEN", fakeslack.BotToken)
			t.Setenv("FAILOVER_SLACK_APP_TOKEN", fakeslack.AppToken)
			hold := fs.HoldNext("chat.postMessage", 2, tc.committed)
			rs := startReplicas(t, 3, cfgPath)
			select {
			case <-hold.Reached():
			case <-time.After(60 * time.Second):
				t.Fatalf("the digest's second message never came\n%s", rs.logs())
			}
			old, oldSt := rs.waitLeader(5 * time.Second)
			killed := time.Now()
			rs.kill(old)
			if s := slotState(t, st, job, target.String(), slot); s != delivery.SlotPending {
				t.Fatalf("slot state %q at the kill, want pending", s)
			}
			_, newSt := rs.waitLeader(leader.DefaultTTL + leader.DefaultTTL/3 + 5*time.Second)
			tookLeader := time.Since(killed)
			if newSt.Token <= oldSt.Token {
				t.Errorf("new leader's token %d, want above the killed one's %d", newSt.Token, oldSt.Token)
			}
			poll(t, "the slot recorded as sent", 30*time.Second, func() bool {
				return slotState(t, st, job, target.String(), slot) == delivery.SlotSent
			}, rs.logs)
			tookDigest := time.Since(killed)

			msgs := fs.Messages(channel)
			var parts []sentPart
			heldSeen := 0
			for _, m := range msgs {
				key, n, ok := metaKey(m.Metadata)
				if !ok {
					t.Errorf("message %s has no stancebot key: %q", m.TS, m.Metadata)
					continue
				}
				base, part, ok := parseKey(key)
				if !ok {
					t.Errorf("message key %q has no part", key)
					continue
				}
				parts = append(parts, sentPart{Slot: base, Part: part, Parts: n})
				if m.Metadata == hold.Message.Metadata {
					heldSeen++
				}
			}
			totals := checkExactlyOnce(t, parts)
			want := "digest/" + job + "/" + target.String() + "/" + strconv.FormatInt(slot.Unix(), 10)
			if len(totals) != 1 || totals[want] < 3 {
				t.Fatalf("sends %v, want one of %s with at least three parts (the kill must land mid-digest)\n%s", totals, want, rs.logs())
			}
			if heldSeen != 1 {
				t.Errorf("the held part is in the channel %d times, want once", heldSeen)
			}
			t.Logf("kill -9 of the leader at part 2 of %d (%s): new leader after %s, digest complete after %s",
				totals[want], tc.name, tookLeader.Round(10*time.Millisecond), tookDigest.Round(10*time.Millisecond))
		})
	}
}
