package slack

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/config"
)

// A burst larger than the workers and their queue can hold: the events
// that find the queue full wait in the inbox, and are brought in as soon
// as the workers have room — not one queueful per sweep interval (30 s),
// which made a burst of a few hundred take minutes. They were never
// leased, so nobody can have answered them: they are posted without
// reading the channel history first. Each is answered once.
func TestBurstBeyondTheQueueIsAnsweredWithoutWaitingForTheSweep(t *testing.T) {
	fs := fakeslack.New(t)
	gate := make(chan struct{})
	fb := &fakeBot{gate: gate}
	h := start(t, fs, nil, fb, func(c *config.Slack) { c.Transport = "http" })
	if h.a.sweepEvery < 30*time.Second {
		t.Fatalf("sweep every %s: the test needs the real interval", h.a.sweepEvery)
	}
	const events = 3 * (queueSize + workers)
	endpoint := "http://" + h.a.HTTPAddr() + "/slack/events"
	var wg sync.WaitGroup
	sem := make(chan struct{}, 16)
	for i := range events {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			body, _ := json.Marshal(fakeslack.Callback(fmt.Sprintf("EvFLOOD%03d", i), fakeslack.Mention(fmt.Sprintf("C08%02d", i%8), "U0001",
				fmt.Sprintf("1700008000.%06d", i), "", "<@"+fakeslack.BotUserID+"> Peru attribution")))
			resp, err := http.DefaultClient.Do(fakeslack.SignedRequest(endpoint, "application/json", "test-signing-secret", time.Now(), body))
			if err != nil {
				t.Error(err)
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("event %d: status %d", i, resp.StatusCode)
			}
		}()
	}
	wg.Wait() // every event recorded and acknowledged; the workers are held
	released := time.Now()
	close(gate)
	// A call is recorded when it arrives and its message committed a moment
	// later: wait for the messages, or the last one may not be there yet.
	committed := func() map[string]int {
		per := map[string]int{}
		for c := range 8 {
			for _, m := range fs.Messages(fmt.Sprintf("C08%02d", c)) {
				per[m.Metadata]++
			}
		}
		return per
	}
	fs.Wait(fmt.Sprintf("%d replies", events), func() bool {
		n := 0
		for _, k := range committed() {
			n += k
		}
		return n >= events
	})
	took := time.Since(released)
	if took > 10*time.Second {
		t.Errorf("the burst took %s after the workers were free: it waited for the sweep", took)
	}
	if n := len(fb.questions()); n != events {
		t.Errorf("%d questions answered, want %d", n, events)
	}
	per := committed()
	if len(per) != events {
		t.Errorf("%d distinct replies, want %d", len(per), events)
	}
	if n := len(fs.Calls("conversations.history")); n != 0 {
		t.Errorf("%d history lookups for events no worker had leased", n)
	}
	t.Logf("%d events, %d of them beyond the queue: all answered %s after the workers were free", events, events-queueSize-workers, took.Round(time.Millisecond))
}
