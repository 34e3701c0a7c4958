package slack

import (
	"testing"

	"github.com/stancebot/stancebot/adapters/slack/fakeslack"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/httplimit/limittest"
)

// TestHTTPEventsServerLimits: the Events API listener applies timeouts, a
// header limit and a connection limit (issue 16 item 13).
func TestHTTPEventsServerLimits(t *testing.T) {
	fs := fakeslack.New(t)
	h := start(t, fs, nil, nil, func(c *config.Slack) { c.Transport = "http" }, func(o *Options) { o.HTTPLimits = limittest.Limits() })
	limittest.Check(t, h.a.HTTPAddr(), "/slack/events")
}
