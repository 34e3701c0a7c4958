package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/stancebot/stancebot/internal/retry"
	"github.com/stancebot/stancebot/metrics"
)

// The Socket Mode loop is our own, not slack-go/socketmode's Client,
// because of one defect TestFlappingSocketBacksOff shows: in slack-go
// v0.35 the Client's backoff lives inside one connect call and covers
// only failed opens, so when a connection opens, says hello and dies at
// once (as during a Slack incident) it reconnects immediately, in a tight
// loop of apps.connections.open calls (about 180 in 1.5 s against the
// fake Slack, where this loop makes 4). Here every reconnect waits an
// exponential backoff with jitter that only a connection that lived a
// while resets, and is counted in metrics; the event is recorded before
// its envelope is acknowledged, and readiness follows each `hello`. The
// wire types come from slack-go. Should the test find the Client fixed,
// it fails and asks for the switch.

// runSocket keeps a Socket Mode connection open until ctx is cancelled.
func (a *Adapter) runSocket(ctx context.Context) error {
	wait := a.backoffMin
	connected := false
	for {
		if ctx.Err() != nil {
			return nil
		}
		_, url, err := a.api.StartSocketModeContext(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			metrics.AdapterError(Platform, "apps.connections.open")
			if code, ok := apiError(err); ok && !transientAPIErrors[code] {
				return fmt.Errorf("slack: apps.connections.open rejected the app-level token (check slack.app_token and its connections:write scope): %w", err)
			}
			d := wait
			var rl *slack.RateLimitedError
			if errors.As(err, &rl) && rl.RetryAfter > d {
				d = rl.RetryAfter
			}
			a.log.Warn("slack: apps.connections.open failed, retrying", "err", err, "wait", d)
			if retry.Sleep(ctx, retry.Jitter(d)) != nil {
				return nil
			}
			wait = min(wait*2, a.backoffMax)
			continue
		}
		if connected {
			metrics.Reconnect(Platform)
		}
		connected = true
		start := time.Now()
		hello, why := a.serveConn(ctx, url)
		a.ready.Store(false)
		if ctx.Err() != nil {
			return nil
		}
		// A connection that said hello and lived a while resets the backoff;
		// one that keeps dying at once backs off further each time.
		if hello && time.Since(start) > time.Minute {
			wait = a.backoffMin
		}
		a.log.Warn("slack: socket mode connection ended, reconnecting", "why", why, "wait", wait)
		if retry.Sleep(ctx, retry.Jitter(wait)) != nil {
			return nil
		}
		wait = min(wait*2, a.backoffMax)
	}
}

// serveConn runs one WebSocket connection: it acks every envelope, hands
// events on, and returns when the socket dies, Slack asks to disconnect or
// ctx is cancelled. hello reports whether Slack said hello.
func (a *Adapter) serveConn(ctx context.Context, url string) (hello bool, why string) {
	dialer := websocket.Dialer{HandshakeTimeout: 15 * time.Second, WriteBufferSize: 32 << 10}
	conn, resp, err := dialer.DialContext(ctx, url, nil)
	if resp != nil && resp.Body != nil {
		resp.Body.Close()
	}
	if err != nil {
		metrics.AdapterError(Platform, "socket_dial")
		return false, "dial: " + err.Error()
	}
	defer conn.Close()

	var wmu sync.Mutex // gorilla/websocket allows one writer at a time
	write := func(v any) error {
		wmu.Lock()
		defer wmu.Unlock()
		conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
		return conn.WriteJSON(v)
	}
	alive := func() { conn.SetReadDeadline(time.Now().Add(a.readTimeout)) }
	alive()
	conn.SetPingHandler(func(data string) error {
		alive()
		wmu.Lock()
		defer wmu.Unlock()
		err := conn.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(10*time.Second))
		if errors.Is(err, websocket.ErrCloseSent) {
			return nil
		}
		return err
	})
	conn.SetPongHandler(func(string) error { alive(); return nil })

	// Ping Slack now and then, so a dead socket is noticed through the read
	// deadline even when Slack is silent; close the socket on cancellation.
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		t := time.NewTicker(a.pingInterval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-ctx.Done():
				wmu.Lock()
				conn.WriteControl(websocket.CloseMessage,
					websocket.FormatCloseMessage(websocket.CloseNormalClosure, "shutting down"), time.Now().Add(time.Second))
				wmu.Unlock()
				conn.Close()
				return
			case <-t.C:
				wmu.Lock()
				conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(10*time.Second))
				wmu.Unlock()
			}
		}
	}()

	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			if ctx.Err() != nil {
				return hello, "shutting down"
			}
			metrics.AdapterError(Platform, "socket_read")
			return hello, "read: " + err.Error()
		}
		alive()
		var req socketmode.Request
		if err := json.Unmarshal(data, &req); err != nil {
			a.log.Warn("slack: undecodable socket mode message", "err", err)
			continue
		}
		// Record, then ack, then answer in the background: Slack wants the
		// ack within 3 seconds and redelivers otherwise, and an event that
		// could not be recorded is left unacknowledged for that reason.
		src := source{transport: "socket", retry: req.RetryAttempt}
		var unrecorded error
		var ackPayload any // an interaction's answer carried by the ack
		switch req.Type {
		case socketmode.RequestTypeEventsAPI:
			unrecorded = a.onEvent(req.Payload, src)
		case socketmode.RequestTypeSlashCommands:
			var cmd slack.SlashCommand
			if err := json.Unmarshal(req.Payload, &cmd); err != nil {
				a.log.Warn("slack: undecodable slash command", "err", err)
				break
			}
			unrecorded = a.onSlash(cmd, req.EnvelopeID, src)
		case socketmode.RequestTypeInteractive:
			var cb slack.InteractionCallback
			if err := json.Unmarshal(req.Payload, &cb); err != nil {
				a.log.Warn("slack: undecodable interaction", "err", err)
				break
			}
			ackPayload, unrecorded = a.onInteraction(cb, src)
		}
		if req.EnvelopeID != "" && unrecorded == nil {
			if err := write(socketmode.Response{EnvelopeID: req.EnvelopeID, Payload: ackPayload}); err != nil {
				metrics.AdapterError(Platform, "socket_ack")
				return hello, "ack: " + err.Error()
			}
		}
		switch req.Type {
		case socketmode.RequestTypeHello:
			hello = true
			a.ready.Store(true)
			a.log.Info("slack: socket mode connected", "connections", req.NumConnections)
		case socketmode.RequestTypeDisconnect:
			return hello, "disconnect requested: " + req.Reason
		case socketmode.RequestTypeEventsAPI, socketmode.RequestTypeSlashCommands, socketmode.RequestTypeInteractive:
		default:
			a.log.Debug("slack: ignoring socket mode message", "type", req.Type)
		}
	}
}
