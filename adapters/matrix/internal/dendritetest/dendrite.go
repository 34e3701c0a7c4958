// Package dendritetest runs a throwaway Dendrite homeserver on 127.0.0.1
// for the Matrix adapter's end-to-end tests.
//
// The binaries come from $STANCEBOT_DENDRITE_BIN (a directory holding
// dendrite, generate-keys and generate-config) or from tools/dendrite/bin,
// built there from the pinned module in tools/dendrite when missing. When
// they cannot be had, tests fail if CI=true, and are skipped only with
// -short outside CI.
package dendritetest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/id"
	"maunium.net/go/mautrix/synapseadmin"
)

// EnvBin names the directory holding prebuilt Dendrite binaries.
const EnvBin = "STANCEBOT_DENDRITE_BIN"

// ServerName is the Matrix server name of the test homeserver.
const ServerName = "localhost"

var binaries = []string{"dendrite", "generate-keys", "generate-config"}

// Server is a running Dendrite.
type Server struct {
	// URL is the client-server API base URL, http://127.0.0.1:PORT.
	URL string

	secret  string
	dir     string
	cmd     *exec.Cmd
	logPath string
	exited  chan struct{}
	waitErr error
	stopped sync.Once
}

var (
	binOnce sync.Once
	binDir  string
	binErr  error
)

// Start runs a fresh homeserver for t and stops it when t ends.
func Start(t testing.TB) *Server {
	t.Helper()
	s, err := start(t, BinDir(t), t.TempDir())
	if err != nil {
		t.Fatalf("start dendrite: %v", err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("dendrite log tail:\n%s", s.LogTail(60))
		}
		s.Stop()
	})
	return s
}

// StartShared runs a homeserver in dir that outlives any single test; the
// caller stops it (typically in TestMain). tb decides skip/fail when the
// binaries are missing.
func StartShared(tb testing.TB, dir string) (*Server, error) {
	return start(tb, BinDir(tb), dir)
}

// BinDir returns the directory of the Dendrite binaries, building them if
// needed. It fails tb when they cannot be had, except that outside CI with
// -short it skips.
func BinDir(tb testing.TB) string {
	tb.Helper()
	binOnce.Do(func() { binDir, binErr = findOrBuild() })
	if binErr != nil {
		if os.Getenv("CI") != "true" && testing.Short() {
			tb.Skipf("dendrite binaries unavailable (-short, not CI): %v", binErr)
		}
		tb.Fatalf("dendrite binaries unavailable: %v", binErr)
	}
	return binDir
}

// announceBuild says that the tests are building Dendrite, which takes
// minutes on a cold machine. `go test ./...` holds a passing package's
// output until it ends, so the notice also goes to the terminal directly
// when there is one; otherwise the silence would look like a hang.
func announceBuild(dir string) {
	msg := fmt.Sprintf("dendritetest: building Dendrite into %s (about 3 minutes cold on 2 cores, once; set $%s to reuse binaries)\n", dir, EnvBin)
	fmt.Fprint(os.Stderr, msg)
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		fmt.Fprint(tty, msg)
		tty.Close()
	}
}

func haveAll(dir string) bool {
	for _, b := range binaries {
		if fi, err := os.Stat(filepath.Join(dir, b)); err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
			return false
		}
	}
	return true
}

func findOrBuild() (string, error) {
	if dir := os.Getenv(EnvBin); dir != "" {
		if haveAll(dir) {
			return dir, nil
		}
		return "", fmt.Errorf("$%s=%s lacks one of %v", EnvBin, dir, binaries)
	}
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	tools := filepath.Join(root, "tools", "dendrite")
	dir := filepath.Join(tools, "bin")
	if haveAll(dir) {
		return dir, nil
	}
	if testing.Short() && os.Getenv("CI") != "true" {
		return "", fmt.Errorf("not in %s and $%s unset; not building under -short", dir, EnvBin)
	}
	args := []string{"build", "-trimpath", "-o", dir + string(os.PathSeparator)}
	for _, b := range binaries {
		args = append(args, "github.com/element-hq/dendrite/cmd/"+b)
	}
	announceBuild(dir)
	cmd := exec.Command("go", args...)
	cmd.Dir = tools
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("build dendrite in %s: %w\n%s", tools, err, out)
	}
	if !haveAll(dir) {
		return "", fmt.Errorf("build dendrite: binaries missing in %s after build", dir)
	}
	return dir, nil
}

// moduleRoot finds the stancebot module's root from the working directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(b, []byte("module github.com/stancebot/stancebot\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("stancebot module root not found above the working directory")
		}
		dir = parent
	}
}

func start(tb testing.TB, bin, dir string) (*Server, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ { // a stolen port is the only expected failure
		s, err := startOnce(bin, dir)
		if err == nil {
			return s, nil
		}
		lastErr = err
		tb.Logf("dendrite start attempt %d failed: %v", attempt+1, err)
	}
	return nil, lastErr
}

func startOnce(bin, parent string) (*Server, error) {
	dir, err := os.MkdirTemp(parent, "dendrite-")
	if err != nil {
		return nil, err
	}
	secret := randomHex(16)
	if out, err := exec.Command(filepath.Join(bin, "generate-keys"), "--private-key", filepath.Join(dir, "matrix_key.pem")).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("generate-keys: %w: %s", err, out)
	}
	cfg, err := exec.Command(filepath.Join(bin, "generate-config"), "-ci", "-server", ServerName, "-dir", dir).Output()
	if err != nil {
		return nil, fmt.Errorf("generate-config: %w", err)
	}
	conf, err := patchConfig(string(cfg), filepath.Join(dir, "matrix_key.pem"), secret)
	if err != nil {
		return nil, err
	}
	confPath := filepath.Join(dir, "dendrite.yaml")
	if err := os.WriteFile(confPath, []byte(conf), 0o600); err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	logPath := filepath.Join(dir, "dendrite.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	cmd := exec.Command(filepath.Join(bin, "dendrite"), "--config", confPath, "--http-bind-address", addr)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("start dendrite: %w", err)
	}
	s := &Server{URL: "http://" + addr, secret: secret, dir: dir, cmd: cmd, logPath: logPath, exited: make(chan struct{})}
	go func() {
		s.waitErr = cmd.Wait()
		logFile.Close()
		close(s.exited)
	}()
	if err := s.waitReady(60 * time.Second); err != nil {
		s.Stop()
		return nil, fmt.Errorf("%w\n%s", err, s.LogTail(30))
	}
	return s, nil
}

// patchConfig turns generate-config -ci output into an isolated server:
// our key path, federation off, our shared secret, quieter logs. Each
// replacement must apply, so a changed config format fails loudly.
func patchConfig(conf, keyPath, secret string) (string, error) {
	repl := []struct{ old, new string }{
		{"  private_key: matrix_key.pem\n", "  private_key: " + keyPath + "\n"},
		{"  disable_federation: false\n", "  disable_federation: true\n"},
		// Open registration is refused by Dendrite; accounts come from the
		// shared-secret admin API, which works with registration disabled.
		{"  registration_disabled: false\n", "  registration_disabled: true\n"},
		{"  registration_shared_secret: complement\n", "  registration_shared_secret: " + secret + "\n"},
		{"  level: trace\n", "  level: warn\n"},
	}
	for _, r := range repl {
		if !strings.Contains(conf, r.old) {
			return "", fmt.Errorf("dendrite config: %q not found; generate-config output changed", strings.TrimSpace(r.old))
		}
		conf = strings.Replace(conf, r.old, r.new, 1)
	}
	for _, must := range []string{"    in_memory: true\n", "  rate_limiting:\n    enabled: false\n"} {
		if !strings.Contains(conf, must) {
			return "", fmt.Errorf("dendrite config: expected %q in generate-config -ci output", strings.TrimSpace(must))
		}
	}
	return conf, nil
}

func (s *Server) waitReady(limit time.Duration) error {
	deadline := time.Now().Add(limit)
	client := &http.Client{Timeout: 2 * time.Second}
	for time.Now().Before(deadline) {
		select {
		case <-s.exited:
			return fmt.Errorf("dendrite exited before it was ready: %v", s.waitErr)
		default:
		}
		resp, err := client.Get(s.URL + "/_matrix/client/versions")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("dendrite not answering %s/_matrix/client/versions after %s", s.URL, limit)
}

// Stop terminates the server (SIGTERM, then SIGKILL after 10s).
func (s *Server) Stop() {
	s.stopped.Do(func() {
		if s.cmd.Process == nil {
			return
		}
		_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-s.exited:
		case <-time.After(10 * time.Second):
			_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
			<-s.exited
		}
	})
}

// LogTail returns the last n lines of the server's log.
func (s *Server) LogTail(n int) string {
	b, err := os.ReadFile(s.logPath)
	if err != nil {
		return err.Error()
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// User is a registered account.
type User struct {
	ID       id.UserID
	Password string
	// Client is logged in with the registration's access token.
	Client *mautrix.Client
}

// Register creates an account through the shared-secret admin API.
func (s *Server) Register(ctx context.Context, localpart string) (*User, error) {
	cli, err := mautrix.NewClient(s.URL, "", "")
	if err != nil {
		return nil, err
	}
	password := "pw-" + randomHex(8)
	admin := synapseadmin.Client{Client: cli}
	resp, err := admin.SharedSecretRegister(ctx, s.secret, synapseadmin.ReqSharedSecretRegister{
		Username: localpart,
		Password: password,
	})
	if err != nil {
		return nil, fmt.Errorf("register %s: %w", localpart, err)
	}
	cli.UserID, cli.AccessToken, cli.DeviceID = resp.UserID, resp.AccessToken, resp.DeviceID
	return &User{ID: resp.UserID, Password: password, Client: cli}, nil
}

// Login opens a new session (a new device) for u.
func (s *Server) Login(ctx context.Context, u *User, deviceName string) (*mautrix.Client, error) {
	cli, err := mautrix.NewClient(s.URL, "", "")
	if err != nil {
		return nil, err
	}
	_, err = cli.Login(ctx, &mautrix.ReqLogin{
		Type:                     mautrix.AuthTypePassword,
		Identifier:               mautrix.UserIdentifier{Type: mautrix.IdentifierTypeUser, User: u.ID.Localpart()},
		Password:                 u.Password,
		InitialDeviceDisplayName: deviceName,
		StoreCredentials:         true,
	})
	if err != nil {
		return nil, fmt.Errorf("login %s: %w", u.ID, err)
	}
	return cli, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return hex.EncodeToString(b)
}
