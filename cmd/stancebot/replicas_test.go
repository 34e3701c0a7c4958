package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/leader"
	"github.com/stancebot/stancebot/store/storetest"
	"go.yaml.in/yaml/v3"
)

// TestMain stops the PostgreSQL storetest may have started.
func TestMain(m *testing.M) { os.Exit(storetest.Run(m)) }

func leaderOf(t *testing.T, addr string) (leader.Status, bool) {
	t.Helper()
	c := http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get("http://" + addr + "/leader")
	if err != nil {
		return leader.Status{}, false
	}
	defer resp.Body.Close()
	var st struct {
		leader.Status
		Replicated bool `json:"replicated"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		t.Errorf("/leader: %v", err)
		return leader.Status{}, false
	}
	if !st.Replicated {
		t.Errorf("/leader on a PostgreSQL store says replicated: false")
	}
	return st.Status, true
}

// A replica whose PostgreSQL goes away turns not-ready (and stops
// leading); when the database is back it is ready and leads again, with
// no restart.
func TestReplicaNotReadyWhileDatabaseDown(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and restarts a PostgreSQL")
	}
	pg := storetest.StartPrivate(t)
	cfg, err := config.Load(writeConfig(t, "listen: 127.0.0.1:0\nlog:\n  format: json\ndata_dir: "+t.TempDir()+
		"\nstore:\n  url: "+pg.URL+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var logs lockedBuffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, code := startServe(t, ctx, cfg, echoBot{}, &logs)
	base := "http://" + addr
	waitFor := func(what string, within time.Duration, cond func() bool) time.Duration {
		t.Helper()
		start := time.Now()
		for !cond() {
			if time.Since(start) > within {
				t.Fatalf("not %s within %s\n%s", what, within, logs.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
		return time.Since(start)
	}
	waitFor("ready", 10*time.Second, func() bool { c, _ := get(t, base+"/readyz"); return c == 200 })
	waitFor("leading", 15*time.Second, func() bool { s, _ := leaderOf(t, addr); return s.Leader })

	if err := pg.Stop(); err != nil {
		t.Fatal(err)
	}
	took := waitFor("not ready", 10*time.Second, func() bool {
		c, body := get(t, base+"/readyz")
		return c == 503 && strings.Contains(body, "store: unreachable")
	})
	t.Logf("not ready %s after the database stopped", took.Round(time.Millisecond))
	if c, _ := get(t, base+"/healthz"); c != 200 {
		t.Errorf("/healthz = %d while the database is down: the process is alive", c)
	}
	took = waitFor("stepped down", leader.DefaultTTL+5*time.Second, func() bool { s, _ := leaderOf(t, addr); return !s.Leader })
	t.Logf("stopped leading %s after not-ready", took.Round(time.Millisecond))

	if err := pg.Start(); err != nil {
		t.Fatal(err)
	}
	took = waitFor("ready again", 20*time.Second, func() bool { c, _ := get(t, base+"/readyz"); return c == 200 })
	t.Logf("ready %s after the database came back", took.Round(time.Millisecond))
	waitFor("leading again", 2*leader.DefaultTTL, func() bool { s, _ := leaderOf(t, addr); return s.Leader })

	cancel()
	select {
	case c := <-code:
		if c != exitOK {
			t.Errorf("exit %d, want 0\n%s", c, logs.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// replicaProc is one `stancebot serve` process.
type replicaProc struct {
	cmd  *exec.Cmd
	addr string
	logs *lockedBuffer
	done chan struct{}
}

func startReplica(t *testing.T, bin, cfgPath string) *replicaProc {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--config", cfgPath)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &replicaProc{cmd: cmd, logs: &lockedBuffer{}, done: make(chan struct{})}
	t.Cleanup(func() { cmd.Process.Kill(); <-p.done })
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			p.logs.Write(append(sc.Bytes(), '\n'))
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) == nil && m["msg"] == "stancebot serving" {
				a, _ := m["addr"].(string)
				addr <- a
			}
		}
		io.Copy(io.Discard, stderr)
		cmd.Wait()
		close(p.done)
	}()
	select {
	case p.addr = <-addr:
	case <-p.done:
		t.Fatalf("replica exited before serving:\n%s", p.logs.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("replica did not start:\n%s", p.logs.String())
	}
	return p
}

// Three replicas on one PostgreSQL: exactly one leads; kill -9 of the
// leader hands leadership to another within 15 s (the lease's TTL plus a
// renewal interval), with a larger fencing token; a clean stop (SIGTERM)
// hands it over at once. At no poll do two replicas claim to lead.
func TestReplicasFailover(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and waits out a lease")
	}
	url := storetest.PostgresURL(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "stancebot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cfgPath := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfgPath, []byte("listen: 127.0.0.1:0\nlog:\n  format: json\ndata_dir: "+dir+"\nstore:\n  url: "+url+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var reps []*replicaProc
	for range 3 {
		reps = append(reps, startReplica(t, bin, cfgPath))
	}
	// leaders polls every live replica; it fails the test if two lead at once.
	leaders := func(live []*replicaProc) []*replicaProc {
		var out []*replicaProc
		var mu sync.Mutex
		var wg sync.WaitGroup
		for _, r := range live {
			wg.Go(func() {
				if s, ok := leaderOf(t, r.addr); ok && s.Leader {
					mu.Lock()
					out = append(out, r)
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if len(out) > 1 {
			t.Errorf("%d replicas lead at once", len(out))
		}
		return out
	}
	waitLeader := func(live []*replicaProc, within time.Duration) (*replicaProc, time.Duration) {
		t.Helper()
		start := time.Now()
		for {
			if l := leaders(live); len(l) == 1 {
				return l[0], time.Since(start)
			}
			if time.Since(start) > within {
				var b strings.Builder
				for _, r := range live {
					fmt.Fprintf(&b, "--- %s\n%s", r.addr, r.logs.String())
				}
				t.Fatalf("no leader within %s\n%s", within, b.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	first, _ := waitLeader(reps, 2*leader.DefaultTTL)
	s1, _ := leaderOf(t, first.addr)
	for _, r := range reps {
		if c, _ := get(t, "http://"+r.addr+"/readyz"); c != 200 {
			t.Errorf("replica %s: /readyz %d; a healthy follower is ready", r.addr, c)
		}
	}

	// kill -9 of the leader: nothing is released.
	if err := first.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-first.done
	var live []*replicaProc
	for _, r := range reps {
		if r != first {
			live = append(live, r)
		}
	}
	second, took := waitLeader(live, 15*time.Second)
	s2, _ := leaderOf(t, second.addr)
	t.Logf("failover after kill -9 of the leader: %s (lease ttl %s)", took.Round(10*time.Millisecond), leader.DefaultTTL)
	if s2.Token <= s1.Token {
		t.Errorf("token %d after failover, want above %d", s2.Token, s1.Token)
	}
	_, m := get(t, "http://"+second.addr+"/metrics")
	for _, want := range []string{"stancebot_leader 1", `stancebot_leader_changes_total{change="acquired"} 1`} {
		if !strings.Contains(m, want) {
			t.Errorf("new leader's /metrics lacks %q", want)
		}
	}

	// SIGTERM of the new leader: it releases the lease on the way out.
	if err := second.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	<-second.done
	var last []*replicaProc
	for _, r := range live {
		if r != second {
			last = append(last, r)
		}
	}
	_, took = waitLeader(last, leader.DefaultTTL/3+3*time.Second)
	t.Logf("handover after SIGTERM of the leader: %s", took.Round(10*time.Millisecond))
}

func TestMigrateCommand(t *testing.T) {
	for _, e := range storetest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			loc := e.Location(t)
			key := "path"
			if e.Name == "postgres" {
				key = "url"
			}
			cfgFile := writeConfig(t, "data_dir: "+t.TempDir()+"\nstore:\n  "+key+": "+loc+"\n")
			var out, errOut strings.Builder
			for range 2 { // idempotent
				out.Reset()
				if code := run(context.Background(), []string{"migrate", "--config", cfgFile}, strings.NewReader(""), &out, &errOut); code != 0 {
					t.Fatalf("migrate: exit %d\n%s", code, errOut.String())
				}
			}
			if !strings.Contains(out.String(), "schema at migration") {
				t.Errorf("migrate output %q", out.String())
			}
		})
	}
	// An unreachable PostgreSQL names the setting.
	cfgFile := writeConfig(t, "store:\n  url: postgres://bot@127.0.0.1:1/sb?connect_timeout=2\n")
	var out, errOut strings.Builder
	if code := run(context.Background(), []string{"migrate", "--config", cfgFile}, strings.NewReader(""), &out, &errOut); code != exitRuntime || !strings.Contains(errOut.String(), "store.url") {
		t.Errorf("unreachable: exit %d, %q", code, errOut.String())
	}
}

// deploy/ stays in step with the configuration: the Kubernetes example's
// config.yaml parses with the Secret's variables, its probes and commands
// name real endpoints and commands, and the systemd unit runs real commands.
func TestDeployExamples(t *testing.T) {
	raw, err := os.ReadFile("../../deploy/kubernetes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	env := map[string]string{}
	var cfgText string
	kinds := map[string]bool{}
	for {
		var doc struct {
			Kind       string            `yaml:"kind"`
			StringData map[string]string `yaml:"stringData"`
			Data       map[string]string `yaml:"data"`
			Spec       struct {
				Replicas int `yaml:"replicas"`
			} `yaml:"spec"`
		}
		if err := dec.Decode(&doc); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		kinds[doc.Kind] = true
		switch doc.Kind {
		case "Secret":
			env = doc.StringData
		case "ConfigMap":
			cfgText = doc.Data["config.yaml"]
		case "Deployment":
			if doc.Spec.Replicas != 3 {
				t.Errorf("Deployment has %d replicas, want 3", doc.Spec.Replicas)
			}
		}
	}
	for _, k := range []string{"Secret", "ConfigMap", "Deployment", "Service"} {
		if !kinds[k] {
			t.Errorf("deploy/kubernetes.yaml has no %s", k)
		}
	}
	cfg, err := config.Parse("deploy/kubernetes.yaml config.yaml", []byte(cfgText), func(k string) (string, bool) {
		v, ok := env[k]
		return v, ok
	})
	if err != nil {
		t.Fatalf("the example's config does not parse: %v", err)
	}
	if !cfg.Replicated() {
		t.Error("the three-replica example does not use store.url")
	}
	for _, want := range []string{"path: /readyz", "path: /healthz", `args: ["migrate"`, `args: ["serve"`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("deploy/kubernetes.yaml lacks %s", want)
		}
	}
	unit, err := os.ReadFile("../../deploy/stancebot.service")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"stancebot migrate --config", "stancebot serve --config"} {
		if !strings.Contains(string(unit), want) {
			t.Errorf("deploy/stancebot.service lacks %q", want)
		}
	}
	// The status server answers the paths the probes use.
	mux := newStatus(nil).mux()
	for _, p := range []string{"/readyz", "/healthz", "/leader"} {
		rec := &recorder{header: http.Header{}}
		req, _ := http.NewRequest("GET", p, nil)
		mux.ServeHTTP(rec, req)
		if rec.code != 200 {
			t.Errorf("%s = %d", p, rec.code)
		}
	}
}
