package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/metrics"
)

// TestReadOnlyDatabaseFileReportedAndRecovered opens a database file the
// process may not write (as an unprivileged user: see runUnprivileged),
// checks that the store starts, says it cannot write and why, fails
// writes, counts them, and recovers by itself once the file is writable
// again, without being reopened (issue 16 item 9).
func TestReadOnlyDatabaseFileReportedAndRecovered(t *testing.T) {
	if os.Getenv("STORE_HELPER") != "" {
		readOnlyScenario(os.Getenv("STORE_DB"))
		return
	}
	base := unprivilegedDir(t)
	dir := filepath.Join(base, "data")
	path := filepath.Join(dir, "stancebot.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ClaimEvent(context.Background(), "slack", "EvOLD"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, p := range []string{dir, path} {
		unprivilegedOwner(t, p)
	}
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	out, err := runUnprivileged(t, base, "TestReadOnlyDatabaseFileReportedAndRecovered", "STORE_DB="+path)
	if err != nil || !strings.Contains(out, "SCENARIO OK") {
		t.Fatalf("helper (%v):\n%s", err, out)
	}
}

// readOnlyScenario runs in the unprivileged child; it prints each
// failure and "SCENARIO OK" when there was none.
func readOnlyScenario(path string) {
	ctx := context.Background()
	failed := false
	fail := func(format string, args ...any) { failed = true; fmt.Printf("FAIL: "+format+"\n", args...) }
	s, err := Open(path)
	if err != nil {
		fmt.Printf("FAIL: Open of a read-only database: %v\n", err)
		return
	}
	defer s.Close()
	if err := s.CheckWritable(ctx); err == nil || !strings.Contains(err.Error(), "readonly") {
		fail("CheckWritable on a read-only file: %v, want a readonly error", err)
	}
	if err := s.WriteErr(); err == nil {
		fail("WriteErr is nil on a read-only file")
	}
	before := writeFailures()
	if _, err := s.ClaimEvent(ctx, "slack", "EvNEW"); err == nil {
		fail("ClaimEvent succeeded on a read-only file")
	}
	if got := writeFailures(); got != before+1 {
		fail("write failures counted %v, want %v", got, before+1)
	}
	if done, err := s.EventHandled(ctx, "slack", "EvOLD"); err != nil || !done {
		fail("reading still works: %v %v", done, err)
	}
	// SQLite made the -wal and -shm files with the database's mode, so
	// the operator's fix is `chmod u+w stancebot.db*`, as the README says.
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if err := os.Chmod(p, 0o644); err != nil && !os.IsNotExist(err) {
			fail("chmod: %v", err)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for s.CheckWritable(ctx) != nil && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if err := s.WriteErr(); err != nil {
		fail("still not writable after chmod 0644: %v", err)
	}
	if fresh, err := s.ClaimEvent(ctx, "slack", "EvNEW"); err != nil || !fresh {
		fail("ClaimEvent after recovery: %v %v", fresh, err)
	}
	if !failed {
		fmt.Println("SCENARIO OK")
	}
}

// writeFailures reads stancebot_store_write_failures_total.
func writeFailures() float64 {
	mfs, _ := metrics.Registry.Gather()
	for _, mf := range mfs {
		if mf.GetName() == "stancebot_store_write_failures_total" {
			return mf.GetMetric()[0].GetCounter().GetValue()
		}
	}
	return -1
}
