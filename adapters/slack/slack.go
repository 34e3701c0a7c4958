// Package slack is stancebot's Slack adapter: it receives questions over
// Socket Mode or the HTTP Events API (app mentions, direct messages and a
// slash command), answers each delivery once through an adapters.Handler,
// and posts the reply as Block Kit in the question's thread.
package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/httplimit"
	"github.com/stancebot/stancebot/inbox"
	"github.com/stancebot/stancebot/internal/retry"
	"github.com/stancebot/stancebot/metrics"
)

// Platform is the platform name in questions, metrics and the event ledger.
const Platform = "slack"

// Options configure an Adapter.
type Options struct {
	Config  config.Slack
	Handler adapters.Handler
	// Inbox records every event before it is acknowledged and leases it to
	// the worker that answers it (package inbox); *store.Store implements it.
	// Nil: in memory, so a restart forgets what was pending.
	Inbox  inbox.Inbox
	Logger *slog.Logger
	// ShutdownTimeout bounds how long Run waits for replies in flight
	// once its context is cancelled (default 10s).
	ShutdownTimeout time.Duration
	// HTTPClient is used for Web API calls (default: 30s timeout).
	HTTPClient *http.Client
	// HTTPLimits bound the http transport's server (zero fields:
	// httplimit.Default).
	HTTPLimits httplimit.Limits
	// Conversations holds the reply records of the bot's answers (the
	// handler's bot.FollowUps keeps them): a channel message that replies
	// in a thread with a record is a follow-up question and needs no
	// mention. Nil: only mentions, DMs and slash commands are questions.
	Conversations bot.Conversations
	// Feedback keeps the votes users give answers with 👍 / 👎. Nil: the
	// vote buttons are not shown.
	Feedback feedback.Store
	// Corpus gives the corpus answers come from; Compare with… offers the
	// countries that hold statements on the answer's themes. Nil: no
	// Compare with….
	Corpus func() *corpus.Corpus
	// LoadedAt gives when the corpus in use was loaded (the App Home
	// shows it). Nil: not shown.
	LoadedAt func() time.Time
	// Subscriptions lets the App Home list the user's digest
	// subscriptions with Unsubscribe buttons. Nil: none listed.
	Subscriptions Subscriptions
}

// Adapter is the Slack connection. It implements adapters.Adapter,
// adapters.Sender and Ready for /readyz.
type Adapter struct {
	cfg     config.Slack
	handler adapters.Handler
	inbox   inbox.Inbox
	log     *slog.Logger
	grace   time.Duration
	api     *slack.Client
	out     *outbox
	conv    bot.Conversations
	votes   feedback.Store
	corpus  func() *corpus.Corpus
	// App Home (home.go)
	loadedAt func() time.Time
	subs     Subscriptions

	botUserID string // learnt from auth.test before any event is taken

	ready    atomic.Bool
	closing  atomic.Bool
	inflight sync.WaitGroup // the workers

	queue      chan task    // recorded events waiting for a worker
	qmu        sync.RWMutex // guards closing the queue against enqueue
	queueShut  bool
	sweepEvery time.Duration
	// leaseFor is how long a worker holds an event (leaseTTL; shorter in
	// tests that kill replicas and wait for another to take over).
	leaseFor time.Duration
	now      func() time.Time
	// work is the context replies run under: it outlives Run's context by
	// the shutdown grace period so replies in flight can finish.
	work       context.Context
	cancelWork context.CancelFunc

	// sweepSoon asks for a sweep as soon as the workers have room: events
	// overflowed the queue and wait in the inbox. known holds the keys
	// queued or being answered here, which a sweep skips (inbox.go).
	sweepSoon chan struct{}
	known     keySet

	httpAddr atomic.Value     // string: the bound address of the http transport
	limits   httplimit.Limits // bounds of the http transport's server

	// socket tuning, changed by tests only
	pingInterval time.Duration
	readTimeout  time.Duration
	backoffMin   time.Duration
	backoffMax   time.Duration
}

var (
	_ adapters.Adapter = (*Adapter)(nil)
	_ adapters.Sender  = (*Adapter)(nil)
)

// New builds an Adapter from options whose Config config.Parse validated
// (tokens, transport, URLs are not checked again here). It does not
// connect: Run does.
func New(o Options) (*Adapter, error) {
	if o.Handler == nil {
		return nil, errors.New("slack: no handler")
	}
	if o.Inbox == nil {
		o.Inbox = inbox.NewMemory() // nothing survives a restart
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.ShutdownTimeout <= 0 {
		o.ShutdownTimeout = config.DefaultShutdownTimeout
	}
	if o.HTTPClient == nil {
		// Keep as many idle connections as the outbox has calls in flight,
		// so a burst over many channels reuses them instead of opening one
		// per call.
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = maxCalls
		tr.MaxConnsPerHost = 2 * maxCalls
		o.HTTPClient = &http.Client{Timeout: 30 * time.Second, Transport: tr}
	}
	apiURL := o.Config.APIURL
	if apiURL == "" {
		apiURL = config.DefaultSlackAPIURL
	}
	log := o.Logger.With("adapter", Platform)
	a := &Adapter{
		cfg:     o.Config,
		handler: o.Handler,
		inbox:   o.Inbox,
		log:     log,
		grace:   o.ShutdownTimeout,
		api: slack.New(o.Config.BotToken,
			slack.OptionAPIURL(apiURL),
			slack.OptionAppLevelToken(o.Config.AppToken),
			slack.OptionHTTPClient(o.HTTPClient)),
		out:          newOutbox(log),
		conv:         o.Conversations,
		votes:        o.Feedback,
		corpus:       o.Corpus,
		loadedAt:     o.LoadedAt,
		subs:         o.Subscriptions,
		queue:        make(chan task, queueSize),
		sweepSoon:    make(chan struct{}, 1),
		sweepEvery:   sweepInterval,
		leaseFor:     leaseTTL,
		now:          time.Now,
		limits:       o.HTTPLimits,
		pingInterval: 20 * time.Second,
		readTimeout:  70 * time.Second,
		backoffMin:   250 * time.Millisecond,
		backoffMax:   30 * time.Second,
	}
	a.work, a.cancelWork = context.WithCancel(context.Background())
	return a, nil
}

// Name returns "slack".
func (a *Adapter) Name() string { return Platform }

// Ready reports whether the adapter is connected and taking events.
func (a *Adapter) Ready() bool { return a.ready.Load() }

// HTTPAddr is the address the http transport listens on, once Ready.
func (a *Adapter) HTTPAddr() string {
	s, _ := a.httpAddr.Load().(string)
	return s
}

// Run validates the tokens with auth.test, then receives events until ctx
// is cancelled. On cancellation it stops taking events, waits up to the
// shutdown timeout for replies in flight and returns nil. A rejected token
// is returned as an error straight away.
func (a *Adapter) Run(ctx context.Context) error {
	defer a.cancelWork()
	auth, err := a.authTest(ctx)
	if err != nil || auth == nil {
		a.closeQueue()
		return err
	}
	a.botUserID = auth.UserID
	a.log.Info("slack: authenticated", "team", auth.Team, "bot_user", auth.UserID, "transport", a.cfg.Transport)

	// The workers, and the sweep that answers what earlier runs (or a
	// full queue) left pending.
	holder := holderID()
	for i := range workers {
		a.inflight.Add(1)
		go func() {
			defer a.inflight.Done()
			a.worker(fmt.Sprintf("%s/%d", holder, i))
		}()
	}
	sweepCtx, stopSweep := context.WithCancel(ctx)
	sweeping := make(chan struct{})
	go func() { defer close(sweeping); a.sweepLoop(sweepCtx) }()

	var runErr error
	if a.cfg.Transport == config.SlackTransportHTTP {
		runErr = a.runHTTP(ctx)
	} else {
		runErr = a.runSocket(ctx)
	}
	a.closing.Store(true)
	a.ready.Store(false)
	stopSweep()
	<-sweeping
	a.closeQueue()
	a.drain()
	return runErr
}

// authTest validates the bot token and learns the bot's user ID. Slack
// refusing the token is an error at once; a network failure or a Slack
// outage is retried with backoff until ctx ends (then auth is nil).
func (a *Adapter) authTest(ctx context.Context) (*slack.AuthTestResponse, error) {
	var auth *slack.AuthTestResponse
	p := retry.Policy{
		Backoff: retry.Backoff{Min: a.backoffMin, Max: a.backoffMax},
		Classify: func(err error) retry.Verdict {
			if code, ok := apiError(err); ok && !transientAPIErrors[code] {
				return retry.Verdict{} // Slack refused the token
			}
			return retry.Verdict{Retry: true}
		},
		OnRetry: func(_ int, wait time.Duration, err error) {
			metrics.AdapterError(Platform, "auth.test")
			a.log.Warn("slack: auth.test failed, retrying", "err", err, "wait", wait)
		},
	}
	err := p.Do(ctx, func(ctx context.Context) error {
		var err error
		auth, err = a.api.AuthTestContext(ctx)
		return err
	})
	switch {
	case err == nil:
		return auth, nil
	case ctx.Err() != nil:
		return nil, nil
	}
	metrics.AdapterError(Platform, "auth.test")
	return nil, fmt.Errorf("slack: auth.test rejected the bot token (check slack.bot_token): %w", err)
}

// transientAPIErrors are Slack API error codes worth retrying.
var transientAPIErrors = map[string]bool{
	"internal_error": true, "fatal_error": true, "service_unavailable": true, "request_timeout": true,
	"ratelimited": true, "message_limit_exceeded": true,
}

// apiError returns the Slack error code of an API-level failure (an
// "ok": false answer), as opposed to a transport failure.
func apiError(err error) (string, bool) {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		return se.Err, true
	}
	return "", false
}

// drain waits, at most the shutdown timeout, for replies in flight.
func (a *Adapter) drain() {
	done := make(chan struct{})
	go func() {
		a.inflight.Wait()
		a.out.wait()
		close(done)
	}()
	t := time.NewTimer(a.grace)
	defer t.Stop()
	select {
	case <-done:
		a.log.Info("slack: stopped; replies in flight finished")
	case <-t.C:
		a.log.Warn("slack: shutdown timeout reached; abandoning replies in flight", "timeout", a.grace)
		a.cancelWork()
		select { // a handler that ignores its context must not hang the exit
		case <-done:
		case <-time.After(2 * time.Second):
		}
	}
}

// Send posts a reply (a digest) to a channel, split over several messages
// when it is long. It implements adapters.Sender.
func (a *Adapter) Send(ctx context.Context, channel string, r bot.Reply) error {
	msgs := render(r)
	a.digestButtons(channel, r, msgs) // digestbuttons.go
	if key, since, ok := adapters.SendKey(ctx); ok {
		ctx = withSendKeys(ctx, key, since, len(msgs)) // idempotent.go
	}
	for _, m := range msgs {
		if err := adapters.CheckSend(ctx); err != nil { // a digest whose sender lost its lease
			return err
		}
		if err := a.post(ctx, channel, "", m); err != nil {
			return err
		}
	}
	return nil
}

// post sends one message to a channel (in a thread when threadTS is set)
// through the channel's ordered queue.
func (a *Adapter) post(ctx context.Context, channel, threadTS string, m message) error {
	opts := []slack.MsgOption{
		slack.MsgOptionText(m.Text, false),
		slack.MsgOptionBlocks(m.Blocks...),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
	}
	if threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(threadTS))
	}
	err := a.postOnce(ctx, channel, threadTS, opts)
	if !blocksRefused(err) {
		return err
	}
	// Slack refused the blocks (a limit we did not foresee): send the
	// same message once more as plain text, so the user gets an answer.
	a.log.Warn("slack: blocks refused; sending plain text", "channel", channel, "err", err)
	rewindKey(ctx)
	opts = []slack.MsgOption{slack.MsgOptionText(m.Text, false),
		slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionDisableMediaUnfurl()}
	if threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(threadTS))
	}
	return a.postOnce(ctx, channel, threadTS, opts)
}

// blocksRefused reports whether Slack refused a message for its blocks.
func blocksRefused(err error) bool {
	code, ok := apiError(err)
	return ok && (code == "invalid_blocks" || code == "msg_blocks_too_long" || code == "invalid_blocks_format")
}

// source describes one delivery for logs and deduplication.
type source struct {
	transport string // "socket" or "http"
	retry     int    // Slack's retry attempt (0 for the first delivery)
}

// messageEvent is what the adapter keeps of an app_mention or message
// event (parsed by slackevents): the inbox payload it answers from.
type messageEvent struct {
	Type        string `json:"type"`
	User        string `json:"user"`
	Text        string `json:"text"`
	TS          string `json:"ts"`
	ThreadTS    string `json:"thread_ts"`
	Channel     string `json:"channel"`
	ChannelType string `json:"channel_type"`
	BotID       string `json:"bot_id"`
	SubType     string `json:"subtype"`
	Edited      bool   `json:"edited,omitempty"`
}

// onEvent takes one event_callback payload. It records the event in the
// ledger before returning, and answers it in the background. It returns
// an error only when the ledger could not record the event: the caller
// then does not acknowledge it, so Slack delivers it again later (rather
// than the bot answering what it cannot remember answering).
func (a *Adapter) onEvent(raw []byte, src source) error {
	outer, err := slackevents.ParseEvent(json.RawMessage(raw), slackevents.OptionNoVerifyToken())
	if err != nil {
		a.log.Warn("slack: undecodable event", "err", err, "transport", src.transport)
		return nil
	}
	if outer.Type != slackevents.CallbackEvent {
		a.log.Debug("slack: ignoring callback", "type", outer.Type)
		return nil
	}
	eventID := ""
	if cb, ok := outer.Data.(*slackevents.EventsAPICallbackEvent); ok {
		eventID = cb.EventID
	}
	var ev messageEvent
	switch e := outer.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		ev = messageEvent{Type: "app_mention", User: e.User, Text: e.Text, TS: e.TimeStamp, ThreadTS: e.ThreadTimeStamp,
			Channel: e.Channel, BotID: e.BotID, Edited: e.Edited != nil}
	case *slackevents.MessageEvent:
		ev = messageEvent{Type: "message", User: e.User, Text: e.Text, TS: e.TimeStamp, ThreadTS: e.ThreadTimeStamp,
			Channel: e.Channel, ChannelType: e.ChannelType, BotID: e.BotID, SubType: e.SubType} // edits of messages come as subtype message_changed
	case *slackevents.AppHomeOpenedEvent:
		return a.onHomeOpened(eventID, homeEvent{User: e.User, Channel: e.Channel, Tab: e.Tab, EventTS: e.EventTimeStamp}, src)
	default:
		a.log.Debug("slack: ignoring event", "event_id", eventID, "type", outer.InnerEvent.Type, "why", "not a message")
		return nil
	}
	if why := a.ignore(ev); why != "" {
		a.log.Debug("slack: ignoring event", "event_id", eventID, "type", ev.Type, "why", why)
		return nil
	}
	// Answer each message once: a retry carries the same channel and ts,
	// and the same message may arrive both as app_mention and message.im.
	key := "msg:" + ev.Channel + ":" + ev.TS
	fresh, err := a.record(key, pending{Event: &ev}, src)
	if err != nil || !fresh {
		return err
	}
	a.enqueue(task{key: key, p: pending{Event: &ev}})
	return nil
}

// ignore says why an event is not a question for the bot, or "" when it is.
func (a *Adapter) ignore(ev messageEvent) string {
	switch {
	case ev.Type != "app_mention" && ev.Type != "message":
		return "not a message"
	case ev.Type == "message" && ev.ChannelType != "im" && !a.inBotThread(ev):
		return "channel message without a mention, outside the bot's threads"
	case ev.BotID != "":
		return "from a bot"
	case ev.SubType != "":
		return "subtype " + ev.SubType
	case ev.Edited:
		return "an edit"
	case ev.User == "" || ev.User == a.botUserID:
		return "from the bot itself"
	case ev.Channel == "" || ev.TS == "":
		return "no channel or ts"
	}
	return ""
}

// onSlash takes one slash command, recording it before it returns; like
// onEvent it returns an error only when the command could not be
// recorded, and the caller then does not acknowledge it.
func (a *Adapter) onSlash(cmd slack.SlashCommand, id string, src source) error {
	if cmd.Command != "" && a.cfg.SlashCommand != "" && cmd.Command != a.cfg.SlashCommand {
		a.log.Warn("slack: ignoring a slash command other than slack.slash_command",
			"command", cmd.Command, "configured", a.cfg.SlashCommand)
		return nil
	}
	if cmd.TriggerID != "" {
		id = cmd.TriggerID // unique per invocation, on both transports
	}
	if id == "" {
		id = cmd.ChannelID + ":" + cmd.UserID + ":" + strconvNow(a.now())
	}
	key := "cmd:" + id
	fresh, err := a.record(key, pending{Slash: &cmd}, src)
	if err != nil || !fresh {
		return err
	}
	a.enqueue(task{key: key, p: pending{Slash: &cmd}})
	return nil
}

// strconvNow names a slash command that carries no ID by its time.
func strconvNow(t time.Time) string { return fmt.Sprint(t.UnixNano()) }

// respond answers a slash command through its response_url, and falls
// back to chat.postMessage / chat.postEphemeral when that fails.
func (a *Adapter) respond(ctx context.Context, cmd slack.SlashCommand, m message) error {
	kind := a.cfg.SlashResponse
	if kind == "" {
		kind = slack.ResponseTypeInChannel
	}
	if cmd.ResponseURL != "" {
		err := a.out.do(ctx, cmd.ChannelID, "response_url", func(ctx context.Context) error {
			_, _, _, err := a.api.SendMessageContext(ctx, cmd.ChannelID,
				slack.MsgOptionResponseURL(cmd.ResponseURL, kind),
				slack.MsgOptionText(m.Text, false), slack.MsgOptionBlocks(m.Blocks...))
			return err
		})
		if err == nil {
			return nil
		}
		a.log.Warn("slack: response_url failed, posting instead", "channel", cmd.ChannelID, "err", err)
	}
	if kind == slack.ResponseTypeEphemeral {
		return a.out.do(ctx, cmd.ChannelID, "chat.postEphemeral", func(ctx context.Context) error {
			_, err := a.api.PostEphemeralContext(ctx, cmd.ChannelID, cmd.UserID,
				slack.MsgOptionText(m.Text, false), slack.MsgOptionBlocks(m.Blocks...))
			return err
		})
	}
	return a.post(ctx, cmd.ChannelID, "", m)
}

// closeQueue stops the workers once the queue is empty; enqueue after it
// leaves events pending.
func (a *Adapter) closeQueue() {
	a.qmu.Lock()
	defer a.qmu.Unlock()
	if !a.queueShut {
		a.queueShut = true
		close(a.queue)
	}
}

// answer asks the handler and sends every rendered message in order.
// It returns the first send error.
func (a *Adapter) answer(ctx context.Context, q bot.Question, send func(context.Context, message) error) error {
	start := time.Now()
	r := adapters.CapEcho(a.handler.Handle(ctx, q), q.Text)
	msgs := render(r)
	if a.conv != nil && q.Room != "" && buttonable(r) {
		// Buttons act on the reply record FollowUps just kept for this
		// conversation (buttons.go).
		last := &msgs[len(msgs)-1]
		last.Blocks = append(last.Blocks, a.actionsBlock(r, recordRef{Room: q.Room, Thread: q.Thread, ID: r.RecordID}))
	}
	for _, m := range msgs {
		if err := send(ctx, m); err != nil {
			a.log.Error("slack: reply not delivered", "channel", q.Room, "err", err)
			return err
		}
	}
	metrics.Question(Platform, r.Intent, len(r.Answers), time.Since(start))
	a.log.Info("slack: answered", "channel", q.Room, "intent", r.Intent, "answers", len(r.Answers),
		"took", time.Since(start).Round(time.Millisecond))
	return nil
}

// slackTime parses a Slack ts ("1700000000.000100").
func slackTime(ts string) time.Time {
	var sec, usec int64
	if _, err := fmt.Sscanf(ts, "%d.%d", &sec, &usec); err != nil {
		return time.Time{}
	}
	return time.Unix(sec, usec*1000)
}
