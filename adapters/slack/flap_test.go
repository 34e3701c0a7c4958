package slack

import (
	"context"
	"io"
	"log"
	"log/slog"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/config"
)

// killEveryConnection drops each new socket as soon as it said hello, as
// Slack does during an incident, for d; it returns how many sockets were
// opened.
func killEveryConnection(fs *fakeslack.Server, d time.Duration) int {
	deadline := time.Now().Add(d)
	seen := 0
	for time.Now().Before(deadline) {
		if n := fs.Connects(); n > seen {
			seen = n
			time.Sleep(5 * time.Millisecond) // let hello go out
			fs.Kill()
		}
		time.Sleep(time.Millisecond)
	}
	return fs.Connects()
}

// TestFlappingSocketBacksOff is why the Socket Mode loop is our own (see
// socket.go): slack-go v0.35's socketmode.Client reconnects at once, with
// no backoff, after a connection that opened and said hello dies (its
// backoff lives inside one connect call and only covers failed opens), so
// a socket that keeps dying right after hello makes it call
// apps.connections.open in a tight loop. Our loop backs off further each
// time a connection dies young. The test runs both against the same fake
// Slack for the same time.
func TestFlappingSocketBacksOff(t *testing.T) {
	const window = 1500 * time.Millisecond

	// The library's client.
	lib := fakeslack.New(t)
	api := slack.New(fakeslack.BotToken, slack.OptionAPIURL(lib.APIURL), slack.OptionAppLevelToken(fakeslack.AppToken))
	client := socketmode.New(api, socketmode.OptionLog(log.New(io.Discard, "", 0)))
	ctx, cancel := context.WithCancel(context.Background())
	go client.RunContext(ctx)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-client.Events:
			}
		}
	}()
	lib.Wait("library connected", func() bool { return lib.Connects() >= 1 })
	libOpens := killEveryConnection(lib, window)
	cancel()

	// Our adapter, with its production backoff (New's defaults).
	ours := fakeslack.New(t)
	a, err := New(Options{Config: config.Slack{Transport: "socket", BotToken: fakeslack.BotToken, AppToken: fakeslack.AppToken,
		APIURL: ours.APIURL}, Handler: &fakeBot{}, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	actx, acancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(actx) }()
	ours.Wait("adapter connected", a.Ready)
	ourOpens := killEveryConnection(ours, window)
	acancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v", err)
	}

	t.Logf("sockets opened in %s while each died after hello: socketmode.Client %d, ours %d", window, libOpens, ourOpens)
	if ourOpens > 12 {
		t.Errorf("our loop opened %d sockets in %s: it does not back off", ourOpens, window)
	}
	if libOpens < 3*ourOpens {
		t.Errorf("socketmode.Client opened %d sockets to our %d: it no longer reconnects in a tight loop, so use it (issue 9 item 5)", libOpens, ourOpens)
	}
}
