package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/leader"
	"github.com/stancebot/stancebot/store"
)

// Helpers of the kill -9 scenarios (failover_*_test.go): several real
// `stancebot serve` processes on one PostgreSQL, the leader among them
// killed in the middle of its work.

// stancebotBinary builds the stancebot binary into t's temporary
// directory (with the goolm tag, as CI's tests run, so Matrix works as in
// production); the build cache makes every build after the first a link.
func stancebotBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "stancebot")
	if out, err := exec.Command("go", "build", "-tags", "goolm", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// replicaSet is the replicas of one scenario.
type replicaSet struct {
	t    *testing.T
	reps []*replicaProc
	dead map[*replicaProc]bool
}

func startReplicas(t *testing.T, n int, cfgPath string) *replicaSet {
	t.Helper()
	bin := stancebotBinary(t)
	rs := &replicaSet{t: t, dead: map[*replicaProc]bool{}}
	for range n {
		rs.reps = append(rs.reps, startReplica(t, bin, cfgPath))
	}
	return rs
}

// leader returns the live replica that says it leads, and its status;
// nil when none does (yet). Two leaders at one poll fail the test.
func (rs *replicaSet) leader() (*replicaProc, leader.Status) {
	var (
		mu  sync.Mutex
		out []*replicaProc
		st  leader.Status
		wg  sync.WaitGroup
	)
	for _, r := range rs.reps {
		if rs.dead[r] {
			continue
		}
		wg.Go(func() {
			if s, ok := leaderOf(rs.t, r.addr); ok && s.Leader {
				mu.Lock()
				out, st = append(out, r), s
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(out) > 1 {
		rs.t.Errorf("%d replicas lead at once", len(out))
	}
	if len(out) == 0 {
		return nil, leader.Status{}
	}
	return out[0], st
}

// waitLeader polls until one live replica leads.
func (rs *replicaSet) waitLeader(within time.Duration) (*replicaProc, leader.Status) {
	rs.t.Helper()
	deadline := time.Now().Add(within)
	for {
		if r, s := rs.leader(); r != nil {
			return r, s
		}
		if time.Now().After(deadline) {
			rs.t.Fatalf("no leader within %s\n%s", within, rs.logs())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// kill sends SIGKILL to r and waits for it to be gone.
func (rs *replicaSet) kill(r *replicaProc) {
	rs.t.Helper()
	if err := r.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		rs.t.Fatal(err)
	}
	<-r.done
	rs.dead[r] = true
}

// logs is every replica's log, for a failure message.
func (rs *replicaSet) logs() string {
	var b strings.Builder
	for i, r := range rs.reps {
		state := "live"
		if rs.dead[r] {
			state = "killed"
		}
		fmt.Fprintf(&b, "--- replica %d (%s, %s)\n%s", i, r.addr, state, r.logs.String())
	}
	return b.String()
}

// poll calls cond every 50 ms until it holds, failing the test with what
// after within.
func poll(t *testing.T, what string, within time.Duration, cond func() bool, logs func() string) time.Duration {
	t.Helper()
	start := time.Now()
	for !cond() {
		if time.Since(start) > within {
			t.Fatalf("not %s within %s\n%s", what, within, logs())
		}
		time.Sleep(50 * time.Millisecond)
	}
	return time.Since(start)
}

// slotState reads one digest ledger row from the replicas' store.
func slotState(t *testing.T, st *store.Store, job, target string, slot time.Time) string {
	t.Helper()
	sl, ok, err := st.LedgerSlot(context.Background(), job, target, slot)
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		return ""
	}
	return sl.State
}

// sentPart is one message of a keyed send, as read back from a room.
type sentPart struct {
	Slot  string // the send's key without the part: "digest/<job>/<target>/<unix>"
	Part  int    // 0-based
	Parts int    // how many the send has (0: not recorded)
}

// parseKey splits "<key>#<n>" into the key and n.
func parseKey(k string) (string, int, bool) {
	i := strings.LastIndexByte(k, '#')
	if i < 0 {
		return "", 0, false
	}
	var n int
	if _, err := fmt.Sscanf(k[i+1:], "%d", &n); err != nil {
		return "", 0, false
	}
	return k[:i], n, true
}

// checkExactlyOnce checks that, in the order they reached the room, the
// parts of every keyed send came exactly once each, 0 … n-1 in order,
// and returns the number of parts per send.
func checkExactlyOnce(t *testing.T, parts []sentPart) map[string]int {
	t.Helper()
	next := map[string]int{}
	total := map[string]int{}
	for i, p := range parts {
		if p.Part != next[p.Slot] {
			t.Errorf("message %d is part %d of %s, want part %d (a part doubled, lost or out of order)", i, p.Part, p.Slot, next[p.Slot])
		}
		next[p.Slot] = p.Part + 1
		if p.Parts > 0 {
			if total[p.Slot] != 0 && total[p.Slot] != p.Parts {
				t.Errorf("%s: part %d says %d parts, an earlier one %d", p.Slot, p.Part, p.Parts, total[p.Slot])
			}
			total[p.Slot] = p.Parts
		}
	}
	var slots []string
	for s := range next {
		slots = append(slots, s)
	}
	sort.Strings(slots)
	for _, s := range slots {
		if total[s] != 0 && next[s] != total[s] {
			t.Errorf("%s: %d of %d parts reached the room", s, next[s], total[s])
		}
	}
	return total
}

// digestSlot returns a daily cron expression (UTC) whose latest slot is a
// couple of minutes before now, and that slot: due at once when the first
// leader starts, and no other slot of the schedule falls in the test.
func digestSlot(now time.Time) (string, time.Time) {
	slot := now.UTC().Truncate(time.Minute).Add(-2 * time.Minute)
	return fmt.Sprintf("%d %d * * *", slot.Minute(), slot.Hour()), slot
}

// owe records that the digest job has owed target digests since an hour
// before slot, as a replica that had been running would have: the
// scheduler then sends slot at once instead of waiting for the next one.
func owe(t *testing.T, st *store.Store, job string, target delivery.Target, slot time.Time) {
	t.Helper()
	if _, err := st.DigestSince(context.Background(), job, target.String(), slot.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
}

// metaKey reads the key and part count from Slack message metadata as
// the adapter posts it.
func metaKey(raw string) (key string, parts int, ok bool) {
	var md struct {
		EventType    string `json:"event_type"`
		EventPayload struct {
			Key   string `json:"key"`
			Parts int    `json:"parts"`
		} `json:"event_payload"`
	}
	if raw == "" || json.Unmarshal([]byte(raw), &md) != nil || md.EventPayload.Key == "" {
		return "", 0, false
	}
	return md.EventPayload.Key, md.EventPayload.Parts, true
}
