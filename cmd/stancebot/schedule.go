package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"

	_ "time/tzdata" // IANA zones for digest schedules even on machines without /usr/share/zoneinfo

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/commands"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/reload"
	"github.com/stancebot/stancebot/schedule"
	"github.com/stancebot/stancebot/schedule/spec"
	"github.com/stancebot/stancebot/store"
)

// digestJobs turns the config's digests (which config.Parse checked) into
// scheduler jobs. What only the loaded corpus can tell — a theme or
// country it lacks — is reported at the entry's key and line.
func digestJobs(cfg *config.Config, b *bot.Bot) ([]schedule.Job, error) {
	c := b.Corpus()
	var errs []error
	var jobs []schedule.Job
	for i, d := range cfg.Digests {
		for j, t := range d.Themes {
			if _, ok := b.ThemeExactly(t); !ok {
				errs = append(errs, cfg.Errorf(fmt.Sprintf("digests[%d].themes[%d]", i, j), "digest %q: unknown theme %q (themes: %s)",
					d.Name, t, strings.Join(b.ThemeNames(), ", ")))
			}
		}
		for j, name := range d.Countries {
			if _, ok := c.ResolveCountry(name); !ok {
				errs = append(errs, cfg.Errorf(fmt.Sprintf("digests[%d].countries[%d]", i, j), "digest %q: unknown country %q", d.Name, name))
			}
		}
		sp, err := spec.Parse(d.Cron, d.Timezone)
		if err != nil {
			errs = append(errs, cfg.Errorf(fmt.Sprintf("digests[%d].cron", i), "digest %q: %v", d.Name, err))
			continue
		}
		jobs = append(jobs, schedule.Job{
			ID: "digest:" + d.Name, Name: d.Name, Spec: sp,
			Themes: d.Themes, Countries: d.Countries, Targets: d.ParsedTargets(), Grace: d.Grace,
		})
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return jobs, nil
}

// startScheduler starts sending jobs and (when enabled) the chat
// subscriptions in the background. stop cancels it and waits for sends in
// flight to be recorded.
func startScheduler(ctx context.Context, cfg *config.Config, jobs []schedule.Job, b *bot.Bot, st *store.Store, senders map[string]adapters.Sender, log *slog.Logger) (stop func()) {
	s := &schedule.Scheduler{
		Builder: b,
		Ledger:  st,
		Senders: senders,
		Jobs:    jobs,
		Grace:   cfg.Subscriptions.Grace,
		Log:     log.With("component", "digests"),
	}
	if cfg.Subscriptions.On() {
		s.Subs = st
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := s.Run(ctx); err != nil {
			log.Error("digest scheduler stopped", "err", err)
		}
	})
	log.Info("digest scheduler started", "digests", len(jobs), "subscriptions", s.Subs != nil)
	return func() { cancel(); wg.Wait() }
}

// subscriptionCommands returns the chat commands digest, subscribe,
// unsubscribe and subscriptions, configured from cfg, to wrap around the
// question handler. senders may be filled later: it is read per message.
func subscriptionCommands(cfg *config.Config, b *bot.Bot, st *store.Store, senders map[string]adapters.Sender, log *slog.Logger) *commands.Digests {
	sc := cfg.Subscriptions
	c := &commands.Digests{
		Source:      b,
		History:     st,
		Policy:      commands.SubscribePolicy{Everyone: sc.Everyone(), Admins: sc.Admins},
		DefaultTZ:   sc.DefaultTimezone,
		MinInterval: sc.MinInterval,
		MaxPerRoom:  sc.MaxPerRoom,
		CanDeliver:  func(p string) bool { return senders[p] != nil },
		Language:    b.LanguageOf,
		Log:         log.With("component", "subscriptions"),
	}
	if sc.On() {
		c.Store = st
	}
	return c
}

// startReload keeps b's corpus in step with cfg.Corpus.Dir: on file changes
// (unless corpus.watch is false) and on SIGHUP it loads the directory (and
// the corpus.themes lexicon file, if any) in the background and swaps it
// in; a failed load keeps the current corpus. With the embedded seeds (no
// dir) there is nothing to reload and stop is a no-op.
func startReload(ctx context.Context, cfg *config.Config, b reload.Target, log *slog.Logger) (stop func()) {
	if cfg.Corpus.Dir == "" {
		return func() {}
	}
	r := &reload.Reloader{
		Dir:    cfg.Corpus.Dir,
		Target: b,
		LoadContext: func(ctx context.Context, dir string) (*corpus.Corpus, error) {
			return loadCorpusContext(ctx, dir, cfg.Corpus.Themes)
		},
		NoWatch: cfg.Corpus.Watch != nil && !*cfg.Corpus.Watch,
		Log:     log.With("component", "reload"),
	}
	ctx, cancel := context.WithCancel(ctx)
	errc := make(chan error, 1)
	go func() { errc <- r.Run(ctx) }()
	stopHUP := reload.NotifySIGHUP(ctx, r)
	return func() {
		stopHUP()
		cancel()
		if err := <-errc; err != nil {
			log.Error("corpus watch stopped", "err", err)
		}
	}
}
