package console

import (
	"context"
	"io"
	"sync"
	"testing"

	"github.com/stancebot/stancebot/adapters/adaptertest"
	"github.com/stancebot/stancebot/bot"
)

// replyLog records each write of the console (one reply) as a message.
type replyLog struct {
	mu      sync.Mutex
	replies []string
}

func (r *replyLog) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.replies = append(r.replies, string(p))
	return len(p), nil
}

type consoleHarness struct {
	in  *io.PipeWriter
	out *replyLog
}

func (h *consoleHarness) Start(t *testing.T, hd bot.Handler) func() error {
	pr, pw := io.Pipe()
	h.in, h.out = pw, &replyLog{}
	c, err := New(Options{In: pr, Out: h.out, Handler: hd, User: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	return func() error {
		cancel()
		pw.Close() // the terminal goes away, as on SIGINT
		return <-done
	}
}

func (h *consoleHarness) Ask(t *testing.T, text string) string {
	go h.in.Write([]byte(text + "\n")) // the pipe blocks until Run reads
	return text
}

func (h *consoleHarness) Redeliver(*testing.T, string) {}
func (h *consoleHarness) AskAsSelf(*testing.T, string) {}
func (h *consoleHarness) AskAsBot(*testing.T, string)  {}

func (h *consoleHarness) Replies(*testing.T) []string {
	h.out.mu.Lock()
	defer h.out.mu.Unlock()
	return append([]string(nil), h.out.replies...)
}

func (h *consoleHarness) Limit() int { return 0 }

func (h *consoleHarness) Capabilities() adaptertest.Capabilities {
	return adaptertest.Capabilities{
		NoRedelivery: "a terminal line is read once",
		NoOtherUsers: "the console has one user and no other bots",
	}
}

func TestAdapterBehaviour(t *testing.T) { adaptertest.Run(t, &consoleHarness{}) }
