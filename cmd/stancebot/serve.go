package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/stancebot/stancebot/adapters"
	matrixadapter "github.com/stancebot/stancebot/adapters/matrix"
	slackadapter "github.com/stancebot/stancebot/adapters/slack"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/httplimit"
	"github.com/stancebot/stancebot/internal/memlimit"
	"github.com/stancebot/stancebot/leader"
	"github.com/stancebot/stancebot/metrics"
	"github.com/stancebot/stancebot/schedule"
	"github.com/stancebot/stancebot/store"
)

// Exit codes of `stancebot serve`.
const (
	exitOK      = 0
	exitRuntime = 1 // a failure after the config was accepted
	exitConfig  = 2 // bad flags or configuration: nothing was connected
)

// runServe is `stancebot serve --config FILE`: it loads and validates the
// configuration, then opens, runs and closes a Main until SIGINT or
// SIGTERM (or ctx ends).
func runServe(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("config", "config.yaml", "configuration file (see config.example.yaml)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: stancebot serve [--config FILE]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitConfig
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "serve: unexpected argument %q\n", fs.Arg(0))
		return exitConfig
	}
	cfg, err := config.Load(*path)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot serve: invalid configuration:\n%v\n", err)
		return exitConfig
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	return serve(ctx, NewMain(cfg, newLogger(cfg, stderr)))
}

// serve opens m, runs it until ctx ends or an adapter fails for good,
// closes it and returns the exit code.
func serve(ctx context.Context, m *Main) int {
	defer m.Close()
	if err := m.Open(); err != nil {
		m.Log.Error("cannot start", "err", err)
		if errors.As(err, new(configError)) {
			return exitConfig
		}
		return exitRuntime
	}
	if err := m.Run(ctx); err != nil {
		m.Log.Error("adapter failed", "err", err)
		return exitRuntime
	}
	m.Log.Info("stopped")
	return exitOK
}

// configError is a problem of the configuration found only once the
// corpus is loaded (a digest naming an unknown theme): exit code 2.
type configError struct{ error }

func (e configError) Unwrap() error { return e.error }

// Main is `stancebot serve`: every long-lived part, built in one place.
// Open builds them in order, Run runs them until the context ends, Close
// releases them. The end-to-end tests use the same Main.
type Main struct {
	Config *config.Config
	Log    *slog.Logger
	// Answer, when set, answers questions instead of the bot (tests use a
	// stand-in); the chat commands still wrap it.
	Answer bot.Handler
	// Ready, when set, is told the HTTP server's address once it listens.
	Ready func(addr string)
	// Limits bound the status server (zero fields: httplimit.Default;
	// tests use small ones).
	Limits httplimit.Limits

	Bot      *bot.Bot           // answers from the corpus; reload swaps the corpus
	Store    *store.Store       // ledgers, subscriptions, Matrix sync state
	Handler  bot.Handler        // what adapters call: chat commands around the question handler
	Adapters []adapters.Adapter // every enabled chat platform
	// Elector, with a PostgreSQL store, elects the replica that runs the
	// Matrix sync and the digest scheduler; nil with SQLite (one replica).
	Elector *leader.Elector

	senders  map[string]adapters.Sender // by platform, for digests
	loads    *loadTarget                // the bot as reload target, queueing loads for changes
	changes  *changePoster              // records each load, posts "what changed"
	jobs     []schedule.Job
	listener net.Listener
	server   *http.Server
	status   *status
	stops    []func()  // background parts started by Run, stopped in reverse
	memStop  func()    // ends the serving memory limit (memlimit.Serve)
	started  time.Time // when Open loaded the first corpus
}

// loadedAt is when the corpus in use was loaded: at Open, or at the last
// reload.
func (m *Main) loadedAt() time.Time {
	if m.loads != nil {
		if ns := m.loads.loadedAt.Load(); ns != 0 {
			return time.Unix(0, ns)
		}
	}
	return m.started
}

// NewMain returns a Main for cfg, logging to log.
func NewMain(cfg *config.Config, log *slog.Logger) *Main {
	return &Main{Config: cfg, Log: log, senders: map[string]adapters.Sender{}}
}

// Open builds stancebot from its configuration, connecting to nothing
// outside the process yet (adapters connect in Run).
func (m *Main) Open() error {
	cfg := m.Config

	// 1. The corpus (the configured directory, else the embedded seeds) and the bot over it.
	c, err := loadCorpus(cfg.Corpus.Dir, cfg.Corpus.Themes)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	for _, w := range c.Warnings {
		m.Log.Warn("corpus", "warning", w.String())
	}
	m.Log.Info("corpus loaded", "statements", c.Len(), "version", c.Version)
	m.Bot = bot.New(c)
	// The serving memory limit (corpus.memory_headroom_percent): the live
	// heap, now the corpus, plus headroom for what questions allocate.
	// Loads and reloads lift it while they run.
	m.memStop = memlimit.Serve(cfg.Corpus.MemoryPolicy())

	// 2. The store.
	if m.Store, err = store.Open(cfg.StoreLocation()); err != nil {
		return err
	}

	// 3. The handler: chat commands as middleware around the question handler.
	var answer bot.Handler = m.Bot
	if m.Answer != nil {
		answer = m.Answer
	}
	// Follow-ups ("and Cuba?", "more", "sources", "why?") continue the
	// last answer of a thread; their reply records live in the store, so
	// they survive a restart, and the adapters read them to take a reply
	// in the bot's thread as a question without a mention.
	conv := m.Store.Conversations(conversation.DefaultTTL, nil)
	m.Handler = bot.Chain(answer, bot.PinLanguages(cfg.Languages), changeCommands(cfg, m.Bot, m.Store, m.senders, m.Log).Middleware,
		subscriptionCommands(cfg, m.Bot, m.Store, m.senders, m.Log).Middleware,
		bot.FollowUps(conv, m.Bot.Corpus, m.Log.With("component", "follow-ups")))
	m.loads = newLoadTarget(m.Bot)
	m.started = time.Now()
	m.changes = &changePoster{Store: m.Store, Senders: m.senders, Log: m.Log.With("component", "changes")}

	// 4. The adapters, each also a digest sender for its platform.
	if cfg.Slack.On() {
		a, err := slackadapter.New(slackadapter.Options{Config: *cfg.Slack, Handler: m.Handler, Inbox: m.Store,
			Logger: m.Log, ShutdownTimeout: cfg.ShutdownTimeout, Conversations: conv,
			Feedback: m.Store.Feedback(), Corpus: m.Bot.Corpus, Subscriptions: m.Store, LoadedAt: m.loadedAt})
		if err != nil {
			return fmt.Errorf("slack: %w", err)
		}
		m.Adapters = append(m.Adapters, a)
		m.senders[a.Name()] = a
	}
	if cfg.Replicated() {
		// Several replicas share the store: one leader (a lease row) runs
		// the Matrix sync and the digest scheduler (replicas.go).
		m.Elector = &leader.Elector{Leases: m.Store, Name: leaderLease, Holder: replicaName(),
			Log: m.Log.With("component", "leader")}
		m.changes.Leading = func() bool { return m.Elector.Status().Leader }
	}
	if cfg.Matrix != nil {
		build := func(st *store.Store) (adapters.Adapter, error) {
			a, err := matrixadapter.New(matrixadapter.Options{Config: *cfg.Matrix, Handler: m.Handler, Store: st,
				Logger: m.Log, ShutdownGrace: cfg.ShutdownTimeout, Conversations: conv, Feedback: m.Store.Feedback()})
			if err != nil {
				return nil, fmt.Errorf("matrix: %w", err)
			}
			return a, nil
		}
		a, err := build(m.Store)
		if err != nil {
			return err
		}
		if m.Elector != nil {
			// Each term's adapter writes (its sync token above all)
			// through a store fenced by the term's token.
			a = &leaderOnly{name: a.Name(), el: m.Elector, log: m.Log, build: func(token int64) (adapters.Adapter, error) {
				return build(m.Store.Fenced(leaderLease, token))
			}}
		}
		m.Adapters = append(m.Adapters, a)
		m.senders[a.Name()] = a.(adapters.Sender)
	}

	// 5. The configured digests, checked against the corpus.
	if m.jobs, err = digestJobs(cfg, m.Bot); err != nil {
		return configError{err}
	}

	// 6. The status server's socket (/healthz, /readyz, /metrics).
	if m.listener, err = m.Limits.Listen(cfg.Listen); err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Listen, err)
	}
	m.status = newStatus(m.Adapters)
	m.status.db = m.Store
	m.status.elector = m.Elector
	m.server = m.Limits.Server(m.status.mux())
	return nil
}

// Run serves until ctx ends (nil) or an adapter fails for good (its
// error; the other adapters are stopped). Each adapter bounds its own
// drain of replies in flight by the shutdown timeout.
func (m *Main) Run(ctx context.Context) error {
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The status server.
	go func() {
		if err := m.server.Serve(m.listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
			m.Log.Error("http server", "err", err)
		}
	}()
	m.Log.Info("stancebot serving", "addr", m.listener.Addr().String(), "adapters", len(m.Adapters))
	if m.Ready != nil {
		m.Ready(m.listener.Addr().String())
	}

	// The digest scheduler and the corpus reload watcher.
	if m.Elector != nil {
		// Replicas: the elector campaigns; the scheduler runs for each
		// term this replica leads and stops the moment the term ends.
		var wg sync.WaitGroup
		wg.Go(func() { m.Elector.Run(runCtx) })
		wg.Go(func() {
			m.Elector.Each(runCtx, func(tctx context.Context, token int64) {
				m.loads.Resume() // a new leader finishes the last "what changed" posts
				// The ledger is fenced by the term's token: once another
				// replica leads, this one's claims and records are refused
				// and it stops sending, even mid-digest.
				stop := startScheduler(tctx, m.Config, m.jobs, m.Bot, m.Store.Fenced(leaderLease, token), m.senders, m.Log)
				<-tctx.Done()
				stop()
			})
		})
		m.stops = append(m.stops, wg.Wait) // after the adapters: the lease is released last
	} else {
		m.stops = append(m.stops, startScheduler(runCtx, m.Config, m.jobs, m.Bot, m.Store, m.senders, m.Log))
	}
	m.stops = append(m.stops, startChanges(runCtx, m.loads, m.changes))
	m.stops = append(m.stops, startReload(runCtx, m.Config, m.loads, m.Log))

	// The adapters, and the event ledger's pruning.
	var wg sync.WaitGroup
	failed := make(chan error, len(m.Adapters))
	wg.Go(func() { pruneEvents(runCtx, m.Store, m.Log) })
	wg.Go(func() { watchStore(runCtx, m.Store, m.Log, storeProbeInterval) })
	for _, a := range m.Adapters {
		wg.Go(func() {
			defer m.status.stopped(a.Name())
			if err := a.Run(runCtx); err != nil {
				failed <- fmt.Errorf("%s: %w", a.Name(), err)
				cancel()
			}
		})
	}
	var err error
	select {
	case <-ctx.Done():
		m.Log.Info("shutting down: no new events; finishing replies in flight", "timeout", m.Config.ShutdownTimeout)
	case err = <-failed:
	}
	cancel()
	wg.Wait()
	return err
}

// Close stops the status server and the background parts, then closes
// the store (last, so sends in flight reach the ledger). It is safe after
// a failed Open.
func (m *Main) Close() error {
	if m.server != nil {
		sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
		m.server.Shutdown(sctx)
		scancel()
	} else if m.listener != nil {
		m.listener.Close()
	}
	for i := len(m.stops) - 1; i >= 0; i-- {
		m.stops[i]()
	}
	m.stops = nil
	if m.memStop != nil {
		m.memStop()
		m.memStop = nil
	}
	if m.Store != nil {
		return m.Store.Close()
	}
	return nil
}

// status answers /healthz, /readyz and /metrics.
type status struct {
	adapters []adapters.Adapter
	mu       sync.Mutex
	down     map[string]bool // adapters whose Run returned
	// db, when set, must answer a ping for the replica to be ready: a
	// replica that lost its PostgreSQL cannot record or claim anything.
	db interface{ Ping(context.Context) error }
	// elector, when set, answers /leader (nil: one replica, always leading).
	elector *leader.Elector
}

func newStatus(as []adapters.Adapter) *status {
	return &status{adapters: as, down: map[string]bool{}}
}

func (s *status) stopped(name string) {
	s.mu.Lock()
	s.down[name] = true
	s.mu.Unlock()
}

func (s *status) mux() *http.ServeMux {
	m := http.NewServeMux()
	m.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok\n")
	})
	m.HandleFunc("/readyz", s.ready)
	m.HandleFunc("/leader", leaderStatus(s.elector))
	m.Handle("/metrics", promhttp.HandlerFor(metrics.Registry, promhttp.HandlerOpts{}))
	return m
}

// ready is 200 when every adapter is running and, if it can tell,
// connected; 503 otherwise. The body lists each adapter's state.
func (s *status) ready(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ok := true
	var b strings.Builder
	for _, a := range s.adapters {
		state := "ready"
		if s.down[a.Name()] {
			state, ok = "stopped", false
		} else if rd, is := a.(adapters.Readier); is && !rd.Ready() {
			state, ok = "not ready", false
		}
		fmt.Fprintf(&b, "%s: %s\n", a.Name(), state)
	}
	if s.db != nil {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := s.db.Ping(ctx); err != nil {
			ok = false
			fmt.Fprintf(&b, "store: unreachable\n")
		} else if wc, is := s.db.(writeChecker); is && wc.WriteErr() != nil {
			ok = false
			fmt.Fprintf(&b, "store: not ready: %v\n", wc.WriteErr())
		} else {
			fmt.Fprintf(&b, "store: ready\n")
		}
	}
	if !ok {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	if len(s.adapters) == 0 {
		b.WriteString("no adapters enabled\n")
	}
	io.WriteString(w, b.String())
}

// newLogger builds the slog logger the config asks for. Every secret the
// config expanded is redacted from log output, as a second line of
// defence: nothing logs a secret on purpose.
func newLogger(cfg *config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	level.UnmarshalText([]byte(cfg.Log.Level)) // validated by config
	var secrets []string
	for _, s := range cfg.Secrets() {
		if len(s) >= 6 { // short values would redact ordinary words
			secrets = append(secrets, s)
		}
	}
	opts := &slog.HandlerOptions{Level: level, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		return redact(a, secrets)
	}}
	if cfg.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func redact(a slog.Attr, secrets []string) slog.Attr {
	if len(secrets) == 0 {
		return a
	}
	var s string
	switch a.Value.Kind() {
	case slog.KindString:
		s = a.Value.String()
	case slog.KindAny:
		switch v := a.Value.Any().(type) {
		case error:
			s = v.Error()
		case fmt.Stringer:
			s = v.String()
		default:
			return a
		}
	default:
		return a
	}
	out := s
	for _, sec := range secrets {
		out = strings.ReplaceAll(out, sec, "[REDACTED]")
	}
	if out != s || a.Value.Kind() == slog.KindAny {
		return slog.String(a.Key, out)
	}
	return a
}

// eventRetention is how long answered event IDs are kept: far longer than
// Slack (or a Matrix homeserver) would redeliver an event.
const eventRetention = 7 * 24 * time.Hour

// pruneEvents forgets old answered-event IDs now and then every hour, so
// the ledger does not grow without bound.
func pruneEvents(ctx context.Context, st *store.Store, log *slog.Logger) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if err := st.Prune(ctx, time.Now().Add(-eventRetention)); err != nil && ctx.Err() == nil {
			log.Warn("pruning the event ledger", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
