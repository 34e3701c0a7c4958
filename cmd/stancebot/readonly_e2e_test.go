package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stancebot/stancebot/store"
)

// TestServeWithReadOnlyDatabase runs the real binary on a database file
// it may not write, then makes the file writable (issue 16 item 9). Root
// may write any file, and CI runs as root, so the binary then runs as the
// unprivileged uid/gid 65534 (nobody), for which the kernel really
// refuses the write: no simulation.
func TestServeWithReadOnlyDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	base, err := os.MkdirTemp("", "stancebot-ro-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	os.Chmod(base, 0o755)
	data := filepath.Join(base, "data")
	db := filepath.Join(data, "stancebot.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.ClaimEvent(context.Background(), "slack", "EvOLD"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	asNobody := os.Geteuid() == 0
	for _, p := range []string{data, db} {
		if asNobody {
			if err := os.Chown(p, 65534, 65534); err != nil {
				t.Fatal(err)
			}
		}
	}
	os.Chmod(data, 0o755)
	if err := os.Chmod(db, 0o444); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(base, "config.yaml")
	if err := os.WriteFile(cfg, []byte("listen: 127.0.0.1:0\nlog:\n  format: json\ndata_dir: "+data+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(base, "stancebot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "--config", cfg)
	if asNobody {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	addr := make(chan string, 1)
	var logs lockedBuffer
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			logs.Write(append(sc.Bytes(), '\n'))
			var rec struct{ Msg, Addr string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil && rec.Msg == "stancebot serving" {
				addr <- rec.Addr
			}
		}
	}()
	var srvAddr string
	select {
	case srvAddr = <-addr:
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not start:\n%s", logs.String())
	}
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + srvAddr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(15 * time.Second); !cond(); time.Sleep(50 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%s; log:\n%s", what, logs.String())
			}
		}
	}
	waitFor("/readyz 503 naming the store", func() bool {
		code, body := get("/readyz")
		return code == 503 && strings.Contains(body, "store: not ready: cannot write the database: attempt to write a readonly database")
	})
	if _, m := get("/metrics"); !strings.Contains(m, "stancebot_store_writable 0") {
		t.Errorf("/metrics does not show the store unwritable")
	}
	time.Sleep(time.Second) // several failing checks
	for _, p := range []string{db, db + "-wal", db + "-shm"} {
		if err := os.Chmod(p, 0o644); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	waitFor("/readyz 200 after the file became writable", func() bool { code, _ := get("/readyz"); return code == 200 })
	if _, m := get("/metrics"); !strings.Contains(m, "stancebot_store_writable 1") {
		t.Errorf("/metrics does not show the store writable again")
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit after SIGTERM: %v", err)
	}
	if n := strings.Count(logs.String(), "the database does not take writes"); n != 1 {
		t.Errorf("the outage logged %d times, want once:\n%s", n, logs.String())
	}
	if !strings.Contains(logs.String(), "writable again") {
		t.Errorf("the recovery is not logged:\n%s", logs.String())
	}
}
