package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
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

// slackDigestScenario is three replicas on one PostgreSQL owing a digest
// of several messages to a channel of a fake Slack (in this process; the
// replicas are real processes pointed at it), with the fake holding the
// digest's second chat.postMessage (committed first or not).
type slackDigestScenario struct {
	fs     *fakeslack.Server
	st     *store.Store // the replicas' store, for the ledger
	rs     *replicaSet
	hold   *fakeslack.Hold
	job    string
	target delivery.Target
	slot   time.Time
}

func newSlackDigestScenario(t *testing.T, committed bool) *slackDigestScenario {
	t.Helper()
	corpusDir, err := filepath.Abs("../../testdata/altcorpus")
	if err != nil {
		t.Fatal(err)
	}
	url := storetest.PostgresURL(t)
	st, err := store.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	sc := &slackDigestScenario{fs: fakeslack.New(t), st: st, job: "digest:failover",
		target: delivery.Target{Platform: "slack", Room: "C0FAILOVER"}}
	cron, slot := digestSlot(time.Now())
	sc.slot = slot
	owe(t, st, sc.job, sc.target, slot)

	dir := t.TempDir()
	cfg := "listen: 127.0.0.1:0\nlog:\n  format: json\ndata_dir: " + dir +
		"\nstore:\n  url: " + url +
		"\ncorpus:\n  dir: " + corpusDir +
		"\nslack:\n  transport: socket\n  bot_token: ${FAILOVER_SLACK_BOT_TOKEN}\n  app_token: ${FAILOVER_SLACK_APP_TOKEN}" +
		"\n  api_url: " + sc.fs.APIURL +
		"\ndigests:\n  - name: failover\n    cron: \"" + cron + "\"\n    timezone: UTC\n    themes: [" + strings.Join(failoverThemes, ", ") + "]" +
		"\n    targets: [" + sc.target.String() + "]\n"
	cfgPath := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	// The replicas inherit the test's environment.
	t.Setenv("FAILOVER_SLACK_BOT_TOKEN", fakeslack.BotToken)
	t.Setenv("FAILOVER_SLACK_APP_TOKEN", fakeslack.AppToken)
	sc.hold = sc.fs.HoldNext("chat.postMessage", 2, committed)
	sc.rs = startReplicas(t, 3, cfgPath)
	select {
	case <-sc.hold.Reached():
	case <-time.After(60 * time.Second):
		t.Fatalf("the digest's second message never came\n%s", sc.rs.logs())
	}
	return sc
}

func (sc *slackDigestScenario) state(t *testing.T) string {
	return slotState(t, sc.st, sc.job, sc.target.String(), sc.slot)
}

// check checks that every part of the slot is in the channel exactly once,
// in order (the held one included), and returns the number of parts.
func (sc *slackDigestScenario) check(t *testing.T) int {
	t.Helper()
	var parts []sentPart
	heldSeen := 0
	for _, m := range sc.fs.Messages(sc.target.Room) {
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
		if m.Metadata == sc.hold.Message.Metadata {
			heldSeen++
		}
	}
	totals := checkExactlyOnce(t, parts)
	want := "digest/" + sc.job + "/" + sc.target.String() + "/" + strconv.FormatInt(sc.slot.Unix(), 10)
	if len(totals) != 1 || totals[want] < 3 {
		t.Fatalf("sends %v, want one of %s with at least three parts (the stop must land mid-digest)\n%s", totals, want, sc.rs.logs())
	}
	if heldSeen != 1 {
		t.Errorf("the held part is in the channel %d times, want once", heldSeen)
	}
	return totals[want]
}

// The fake holds the digest's second message until the leader is killed
// with SIGKILL: once after committing it (Slack got the message, the leader
// never heard back), once before (the message died on the way). Another
// replica takes the lease, finds the slot unconfirmed, reads the channel
// history, and posts only what is missing: every part of the slot is in
// the channel exactly once, in order, and the ledger records it as sent.
func TestLeaderKilledMidDigestSlack(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three stancebot processes and waits out a lease")
	}
	for _, tc := range []struct {
		name      string
		committed bool // the held part reached Slack before the kill
	}{
		{"held part committed", true},
		{"held part lost", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := newSlackDigestScenario(t, tc.committed)
			old, oldSt := sc.rs.waitLeader(5 * time.Second)
			killed := time.Now()
			sc.rs.kill(old)
			if s := sc.state(t); s != delivery.SlotPending {
				t.Fatalf("slot state %q at the kill, want pending", s)
			}
			_, newSt := sc.rs.waitLeader(leader.DefaultTTL + leader.DefaultTTL/3 + 5*time.Second)
			tookLeader := time.Since(killed)
			if newSt.Token <= oldSt.Token {
				t.Errorf("new leader's token %d, want above the killed one's %d", newSt.Token, oldSt.Token)
			}
			poll(t, "the slot recorded as sent", 30*time.Second, func() bool { return sc.state(t) == delivery.SlotSent }, sc.rs.logs)
			tookDigest := time.Since(killed)
			n := sc.check(t)
			t.Logf("kill -9 of the leader at part 2 of %d (%s): new leader after %s, digest complete after %s",
				n, tc.name, tookLeader.Round(10*time.Millisecond), tookDigest.Round(10*time.Millisecond))
		})
	}
}

// Two leaders for a moment: the leader is paused (SIGSTOP) while Slack
// holds the digest's second message, which Slack has committed. Its lease
// expires, another replica leads and completes the digest. Then the old
// leader wakes up (SIGCONT) and hears back for its post: it must send
// nothing more — its next message is refused by the fenced check of its
// slot and lease (or its own step-down stops it first) — so every part is
// still in the channel once, and the ledger is not changed behind the new
// leader's back.
func TestPausedLeaderWakesUpFencedOut(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three stancebot processes and waits out a lease")
	}
	sc := newSlackDigestScenario(t, true)
	old, oldSt := sc.rs.waitLeader(5 * time.Second)
	if err := old.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	paused := true
	defer func() {
		if paused {
			old.cmd.Process.Signal(syscall.SIGCONT)
		}
	}()
	sc.rs.dead[old] = true // not polled while paused
	_, newSt := sc.rs.waitLeader(leader.DefaultTTL + leader.DefaultTTL/3 + 5*time.Second)
	if newSt.Token <= oldSt.Token {
		t.Errorf("new leader's token %d, want above the paused one's %d", newSt.Token, oldSt.Token)
	}
	poll(t, "the slot recorded as sent by the new leader", 30*time.Second, func() bool { return sc.state(t) == delivery.SlotSent }, sc.rs.logs)
	before := len(sc.fs.Messages(sc.target.Room))

	// The held post answers, and the old leader wakes up to its answer.
	sc.hold.Release()
	if err := old.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	paused = false
	delete(sc.rs.dead, old)
	poll(t, "the old leader following", 10*time.Second, func() bool {
		s, ok := leaderOf(t, old.addr)
		return ok && !s.Leader
	}, sc.rs.logs)
	// Its next message would have gone right after the held one's answer;
	// a later pass would have sent again. Wait for a later event in its
	// log that shows it has moved on: its scheduler stopped.
	poll(t, "the old leader's scheduler stopped", 10*time.Second, func() bool {
		l := old.logs.String()
		return strings.Contains(l, "digest send stopped") || strings.Contains(l, "digests stop") ||
			strings.Contains(l, `"msg":"no longer leading"`)
	}, sc.rs.logs)
	if after := len(sc.fs.Messages(sc.target.Room)); after != before {
		t.Errorf("%d messages after the old leader woke, %d before", after, before)
	}
	n := sc.check(t)
	if sl, _, err := sc.st.LedgerSlot(context.Background(), sc.job, sc.target.String(), sc.slot); err != nil || sl.State != delivery.SlotSent || sl.Detail != "" {
		t.Errorf("slot %s %q (%v) after the old leader woke, want sent with nothing recorded by the old leader", sl.State, sl.Detail, err)
	}
	how := "its step-down"
	if strings.Contains(old.logs.String(), "digest send stopped") {
		how = "the fenced slot check"
	}
	if strings.Contains(old.logs.String(), "is stale") {
		how += "; a ledger write it tried was refused by the fence"
	}
	t.Logf("paused leader woke up after the digest's %d parts were completed by the next leader; stopped by %s", n, how)
}
