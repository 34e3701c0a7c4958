package main

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/httplimit/limittest"
)

// TestStatusServerLimits: the /healthz, /readyz, /metrics server applies
// timeouts, a header limit and a connection limit (issue 16 item 13).
func TestStatusServerLimits(t *testing.T) {
	cfg, err := config.Load(writeConfig(t, "listen: 127.0.0.1:0\ndata_dir: "+t.TempDir()+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	code := make(chan int, 1)
	m := NewMain(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	m.Answer = echoBot{}
	m.Ready = func(a string) { addr <- a }
	m.Limits = limittest.Limits()
	go func() { code <- serve(ctx, m) }()
	select {
	case a := <-addr:
		limittest.Check(t, a, "/healthz")
	case c := <-code:
		t.Fatalf("serve exited with %d", c)
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not start")
	}
	cancel()
	<-code
}
