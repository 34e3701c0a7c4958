package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/stancebot/stancebot/metrics"
)

// maxBody bounds a request body; Slack's payloads are far smaller.
const maxBody = 1 << 20

// runHTTP serves the Events API (and slash commands) on the configured
// listener until ctx is cancelled, then stops taking requests.
func (a *Adapter) runHTTP(ctx context.Context) error {
	ln, err := a.limits.Listen(a.cfg.HTTP.Listen)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle(a.cfg.HTTP.Path, a)
	srv := a.limits.Server(mux)
	a.httpAddr.Store(ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	a.ready.Store(true)
	a.log.Info("slack: events API listening", "addr", ln.Addr().String(), "path", a.cfg.HTTP.Path)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	a.closing.Store(true)
	a.ready.Store(false)
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		a.log.Warn("slack: events API shutdown", "err", err)
	}
	return nil
}

// ServeHTTP is the Events API request URL. It verifies the request's
// signature, answers url_verification, acknowledges events and slash
// commands at once and answers them in the background.
func (a *Adapter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		http.Error(w, "body too large or unreadable", http.StatusBadRequest)
		return
	}
	if err := verify(r.Header, body, a.cfg.SigningSecret); err != nil {
		metrics.AdapterError(Platform, "signature")
		a.log.Warn("slack: rejected a request", "why", err, "remote", r.RemoteAddr)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	if a.closing.Load() {
		// Not taken: Slack retries, and another instance may answer.
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	retry, _ := strconv.Atoi(r.Header.Get("X-Slack-Retry-Num"))
	src := source{transport: "http", retry: retry}

	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "application/x-www-form-urlencoded" {
		form, err := url.ParseQuery(string(body))
		if err != nil {
			http.Error(w, "bad form", http.StatusBadRequest)
			return
		}
		switch {
		case form.Get("ssl_check") == "1":
			// Slack checking the certificate: an empty 200 and nothing else.
			w.WriteHeader(http.StatusOK)
			return
		case form.Has("payload"):
			// Interactivity (buttons, selects, shortcuts, modals) arrives on
			// the same URL as a form field holding JSON.
			a.serveInteraction(w, []byte(form.Get("payload")), src)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		cmd, err := slack.SlashCommandParse(r)
		if err != nil {
			http.Error(w, "bad form", http.StatusBadRequest)
			return
		}
		if err := a.onSlash(cmd, "", src); err != nil {
			http.Error(w, "cannot record the command now; retry later", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK) // empty 200: the answer follows via response_url
		return
	}
	outer, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil && outer.Type == "" {
		http.Error(w, "bad JSON", http.StatusBadRequest)
		return
	}
	switch outer.Type {
	case slackevents.URLVerification:
		uv, _ := outer.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if uv == nil {
			http.Error(w, "bad url_verification", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]string{"challenge": uv.Challenge})
	case slackevents.CallbackEvent, "unmarshalling_error":
		if err := a.onEvent(body, src); err != nil {
			// Not acknowledged: Slack retries it (X-Slack-Retry-Num).
			http.Error(w, "cannot record the event now; retry later", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	default:
		a.log.Info("slack: events API notice", "type", outer.Type)
		w.WriteHeader(http.StatusOK)
	}
}

// errStale is a request whose timestamp is outside the 5-minute window.
var errStale = errors.New("timestamp outside the 5-minute window")

// verify checks Slack's v0 request signature: HMAC-SHA256 over
// "v0:timestamp:body" with the signing secret, compared in constant time,
// with a timestamp at most five minutes from now (against replays).
func verify(h http.Header, body []byte, secret string) error {
	if secret == "" {
		return errors.New("no signing secret configured")
	}
	sv, err := slack.NewSecretsVerifier(h, secret)
	if errors.Is(err, slack.ErrExpiredTimestamp) {
		return errStale
	}
	if err != nil {
		return err
	}
	if _, err := sv.Write(body); err != nil {
		return err
	}
	return sv.Ensure() // hmac.Equal: constant time
}
