// Package storetest gives tests a real store on each engine: a SQLite file
// in a temporary directory, and a fresh schema on a real PostgreSQL.
//
// The PostgreSQL server is the one named by STANCEBOT_TEST_POSTGRES (a
// postgres:// URL; .ci/run starts one with tools/postgres/start.sh and
// exports it). When the variable is unset, the first test that asks starts
// a private server with the same script, and Run stops it at the end.
// Without a PostgreSQL the PostgreSQL tests skip, except with CI=true,
// where they fail: CI must not pass on SQLite alone.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// EnvPostgres names the variable holding the test server's URL.
const EnvPostgres = "STANCEBOT_TEST_POSTGRES"

// Engine is one store engine the shared suite runs against.
type Engine struct {
	// Name is "sqlite" or "postgres", used as the subtest name.
	Name string
	// Location returns a new, empty database for t: a file path or a
	// postgres:// URL, both accepted by store.Open. Opening it again gives
	// the same database, so tests can check what survives a restart.
	Location func(t testing.TB) string
}

// Engines lists both engines.
func Engines() []Engine {
	return []Engine{
		{Name: "sqlite", Location: func(t testing.TB) string { return filepath.Join(t.TempDir(), "stancebot.db") }},
		{Name: "postgres", Location: PostgresURL},
	}
}

// Each runs f as a subtest once per engine.
func Each(t *testing.T, f func(t *testing.T, loc string)) {
	t.Helper()
	for _, e := range Engines() {
		t.Run(e.Name, func(t *testing.T) { f(t, e.Location(t)) })
	}
}

var server struct {
	once    sync.Once
	url     string
	dir     string // set when this process started the server
	problem string
}

// PostgresURL returns the URL of a new, empty schema on the test
// PostgreSQL, dropped when t ends. It skips t when there is no PostgreSQL,
// or fails it when CI=true.
func PostgresURL(t testing.TB) string {
	t.Helper()
	server.once.Do(startServer)
	if server.url == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no PostgreSQL for the store tests (CI=true): %s", server.problem)
		}
		t.Skipf("no PostgreSQL: %s", server.problem)
	}
	base := server.url
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("test postgres: %v", err)
	}
	defer db.Close()
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("test postgres: create schema: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		db.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("test postgres: %s is not a URL: %v", EnvPostgres, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// ServerURL returns the test PostgreSQL's own URL (not a private schema),
// for tests that need to reach the server itself. ok is false when there is
// none (after skipping or failing t as PostgresURL does).
func ServerURL(t testing.TB) string {
	t.Helper()
	PostgresURL(t)
	return server.url
}

// ServerDir returns the directory of the server this process started (for
// tests that stop and restart it), or "" when the server came from
// STANCEBOT_TEST_POSTGRES.
func ServerDir() string { return server.dir }

func startServer() {
	if u := os.Getenv(EnvPostgres); u != "" {
		server.url = u
		return
	}
	script, err := findScript()
	if err != nil {
		server.problem = fmt.Sprintf("%s is unset and %v", EnvPostgres, err)
		return
	}
	dir, err := os.MkdirTemp("", "stancebot-pg-")
	if err != nil {
		server.problem = err.Error()
		return
	}
	var stderr strings.Builder
	cmd := exec.Command(script, dir)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		exec.Command(filepath.Join(filepath.Dir(script), "stop.sh"), dir).Run()
		server.problem = fmt.Sprintf("%s is unset and %s failed: %v\n%s", EnvPostgres, script, err, stderr.String())
		return
	}
	server.url = strings.TrimSpace(string(out))
	server.dir = dir
}

// findScript finds tools/postgres/start.sh above the working directory
// (go test runs in the package's directory).
func findScript() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, "tools", "postgres", "start.sh")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("tools/postgres/start.sh was not found above the working directory")
		}
		dir = parent
	}
}

// Run runs the tests of a package and then stops the PostgreSQL it started,
// if any. Use it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(storetest.Run(m)) }
func Run(m *testing.M) int {
	code := m.Run()
	if server.dir != "" {
		script, err := findScript()
		if err == nil {
			exec.Command(filepath.Join(filepath.Dir(script), "stop.sh"), server.dir).Run()
		}
	}
	return code
}

// Private is a PostgreSQL server of one test's own, which the test may
// stop and start again (tests of a database lost under load). It skips t
// without PostgreSQL, or fails it with CI=true.
type Private struct {
	URL    string // postgres:// URL of its "postgres" database
	dir    string
	script string
}

// StartPrivate starts a private server with tools/postgres/start.sh; it is
// stopped and removed when t ends.
func StartPrivate(t testing.TB) *Private {
	t.Helper()
	script, err := findScript()
	if err == nil {
		_, err = exec.LookPath("runuser")
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("private PostgreSQL: %v", err)
		}
		t.Skipf("private PostgreSQL: %v", err)
	}
	dir, err := os.MkdirTemp("", "stancebot-pgp-")
	if err != nil {
		t.Fatal(err)
	}
	p := &Private{dir: dir, script: script}
	t.Cleanup(func() { exec.Command(p.stopScript(), dir).Run() })
	out, err := p.run(script, dir)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("private PostgreSQL: %v", err)
		}
		t.Skipf("private PostgreSQL: %v", err)
	}
	p.URL = strings.TrimSpace(out)
	return p
}

func (p *Private) stopScript() string { return filepath.Join(filepath.Dir(p.script), "stop.sh") }

func (p *Private) run(name string, args ...string) (string, error) {
	var stderr strings.Builder
	cmd := exec.Command(name, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("%s: %v\n%s", filepath.Base(name), err, stderr.String())
	}
	return string(out), nil
}

// Stop stops the server at once (connections are cut), keeping its data.
func (p *Private) Stop() error {
	_, err := p.run(p.stopScript(), p.dir, "--keep")
	return err
}

// Start starts the stopped server again, with the same data and URL.
func (p *Private) Start() error {
	_, err := p.run(p.script, p.dir)
	return err
}
