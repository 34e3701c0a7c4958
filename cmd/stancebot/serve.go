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
	"github.com/stancebot/stancebot/metrics"
	"github.com/stancebot/stancebot/store"
)

// Exit codes of `stancebot serve`.
const (
	exitOK      = 0
	exitRuntime = 1 // a failure after the config was accepted
	exitConfig  = 2 // bad flags or configuration: nothing was connected
)

func init() {
	extraCommands["serve"] = func(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) int {
		return runServe(ctx, args, stdout, stderr)
	}
}

// runServe is `stancebot serve --config FILE`: it loads and validates the
// configuration, builds the bot, opens the store, starts every enabled
// adapter and the /healthz, /readyz and /metrics server, and runs until
// SIGINT or SIGTERM (or ctx ends), then shuts down gracefully.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
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
	log := newLogger(cfg, stderr)
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	return serve(ctx, cfg, log, serveDeps{})
}

// serveDeps are the pieces tests replace.
type serveDeps struct {
	// handler builds what answers questions (default: the bot over the
	// configured corpus).
	handler func(cfg *config.Config, log *slog.Logger) (adapters.Handler, error)
	// ready, when set, is told the HTTP server's address once it listens.
	ready func(addr string)
}

// buildBot loads the corpus (the configured directory, else the embedded
// seeds) and returns the bot answering from it.
func buildBot(cfg *config.Config, log *slog.Logger) (adapters.Handler, error) {
	c, err := loadCorpus(cfg.Corpus.Dir, cfg.Corpus.Themes)
	if err != nil {
		return nil, fmt.Errorf("load corpus: %w", err)
	}
	for _, w := range c.Warnings {
		log.Warn("corpus", "warning", w.String())
	}
	log.Info("corpus loaded", "statements", len(c.Statements), "version", c.Version)
	return bot.New(c), nil
}

// serve runs the configured stancebot until ctx ends and returns the exit code.
func serve(ctx context.Context, cfg *config.Config, log *slog.Logger, deps serveDeps) int {
	if deps.handler == nil {
		deps.handler = buildBot
	}
	handler, err := deps.handler(cfg, log)
	if err != nil {
		log.Error("cannot build the bot", "err", err)
		return exitRuntime
	}
	st, err := store.Open(cfg.StoreLocation())
	if err != nil {
		log.Error("cannot open the store", "err", err)
		return exitRuntime
	}
	defer st.Close()

	var running []adapters.Adapter
	senders := map[string]adapters.Sender{} // by platform, for the digest scheduler
	if cfg.Slack.On() {
		a, err := slackadapter.New(slackadapter.Options{Config: *cfg.Slack, Handler: handler, Claims: st,
			Logger: log, ShutdownTimeout: cfg.ShutdownTimeout})
		if err != nil {
			log.Error("cannot set up slack", "err", err)
			return exitRuntime
		}
		running = append(running, a)
		senders[a.Name()] = a
	}
	if cfg.Matrix != nil {
		a, err := matrixadapter.NewWithOptions(*cfg.Matrix, handler, st, log,
			matrixadapter.Options{ShutdownGrace: cfg.ShutdownTimeout})
		if err != nil {
			log.Error("cannot set up matrix", "err", err)
			return exitRuntime
		}
		running = append(running, a)
		senders[a.Name()] = a
	}

	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		log.Error("cannot listen", "addr", cfg.Listen, "err", err)
		return exitRuntime
	}
	status := newStatus(running)
	status.db = st
	srv := &http.Server{Handler: status.mux(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("http server", "err", err)
		}
	}()
	log.Info("stancebot serving", "addr", ln.Addr().String(), "adapters", len(running))
	if deps.ready != nil {
		deps.ready(ln.Addr().String())
	}

	// Run every adapter; the first that fails for good stops the others.
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Digests, subscriptions and corpus reload need the real bot (tests
	// may serve a stand-in handler). Chat commands are registered before
	// any adapter runs, so they answer from the first event.
	if b, ok := handler.(*bot.Bot); ok {
		cmds, err := digestCommands(cfg, b, st, senders, log)
		if err != nil {
			log.Error("subscriptions", "err", err)
			return exitConfig
		}
		b.AddCommand(cmds)
		stopSched, err := startScheduler(runCtx, cfg, b, st, senders, log)
		if err != nil {
			log.Error("digests", "err", err)
			return exitConfig
		}
		defer stopSched() // runs before st.Close: sends in flight reach the ledger
		stopReload, err := startReload(runCtx, cfg, b, log)
		if err != nil {
			log.Error("corpus reload", "err", err)
			return exitRuntime
		}
		defer stopReload()
	}
	var wg sync.WaitGroup
	failed := make(chan error, len(running))
	wg.Go(func() { pruneEvents(runCtx, st, log) })
	for _, a := range running {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer status.stopped(a.Name())
			if err := a.Run(runCtx); err != nil {
				failed <- fmt.Errorf("%s: %w", a.Name(), err)
				cancel()
			}
		}()
	}
	code := exitOK
	select {
	case <-ctx.Done():
		log.Info("shutting down: no new events; finishing replies in flight", "timeout", cfg.ShutdownTimeout)
	case err := <-failed:
		log.Error("adapter failed", "err", err)
		code = exitRuntime
	}
	cancel()
	wg.Wait() // each adapter bounds its own drain by the shutdown timeout
	sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer scancel()
	srv.Shutdown(sctx)
	if code == exitOK {
		log.Info("stopped")
	}
	return code
}

// status answers /healthz, /readyz and /metrics.
type status struct {
	adapters []adapters.Adapter
	mu       sync.Mutex
	down     map[string]bool // adapters whose Run returned
	// db, when set, must answer a ping for the replica to be ready: a
	// replica that lost its PostgreSQL cannot record or claim anything.
	db interface{ Ping(context.Context) error }
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
		if err := st.PruneEvents(ctx, time.Now().Add(-eventRetention)); err != nil && ctx.Err() == nil {
			log.Warn("pruning the event ledger", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
