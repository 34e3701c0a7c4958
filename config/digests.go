package config

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/stancebot/stancebot/delivery"
	"github.com/stancebot/stancebot/schedule/spec"
)

// Digest is one scheduled digest, a `digests:` entry:
//
//	digests:
//	  - name: weekly-norms
//	    cron: "0 9 * * MON"         # 5 fields, @weekly, or daily / weekly
//	    timezone: Europe/Brussels   # IANA name; default UTC
//	    themes: [attribution, due diligence]
//	    countries: []               # optional filter; empty: all countries
//	    targets: ["slack:C0123ABCD", "matrix:!abc:example.org"]
//	    grace: 1h                   # optional; how late a missed slot may still go out
//
// A target is "platform:room": a Slack channel ID or a Matrix room ID (the
// room ID is everything after the first colon).
type Digest struct {
	Name      string   `yaml:"name"`
	Cron      string   `yaml:"cron"`
	Timezone  string   `yaml:"timezone"`
	Themes    []string `yaml:"themes"`
	Countries []string `yaml:"countries"`
	Targets   []string `yaml:"targets"`
	// Grace is how late a missed slot may still go out (0: the scheduler's default).
	Grace time.Duration `yaml:"grace"`
}

// problems reports what is wrong with one entry, each at its key and line,
// e.g. `config.yaml:14: digests[0].cron: digest "weekly-norms": ...`.
// Whether its themes and countries exist is known only once the corpus is
// loaded: `serve` checks that and reports it through Config.Errorf.
func (d *Digest) problems(v *validator, key string) {
	name := ""
	if d.Name != "" {
		name = fmt.Sprintf("digest %q: ", d.Name)
	}
	add := func(k string, err error) { v.errorf(key+"."+k, "%s%v", name, err) }
	if strings.TrimSpace(d.Name) == "" {
		add("name", errors.New("required"))
	} else if strings.ContainsAny(d.Name, " \t\n:") {
		add("name", fmt.Errorf("%q must not contain spaces or colons", d.Name))
	}
	if _, zerr := spec.LoadLocation(d.Timezone); zerr != nil {
		add("timezone", zerr)
	} else if _, err := spec.Parse(d.Cron, d.Timezone); err != nil {
		add("cron", err)
	}
	if len(d.Themes) == 0 {
		add("themes", errors.New("at least one theme is required"))
	}
	if len(d.Targets) == 0 {
		add("targets", errors.New("at least one target (slack:CHANNEL_ID or matrix:!room:server) is required"))
	}
	seen := map[string]bool{}
	for i, t := range d.Targets {
		k := fmt.Sprintf("targets[%d]", i)
		tg, err := delivery.ParseTarget(t)
		if err == nil && tg.Platform != "slack" && tg.Platform != "matrix" {
			err = fmt.Errorf("target %q: unknown platform %q (slack, matrix)", t, tg.Platform)
		}
		if err != nil {
			add(k, err)
			continue
		}
		if seen[tg.String()] {
			add(k, fmt.Errorf("%q listed twice", t))
		}
		seen[tg.String()] = true
	}
	if d.Grace < 0 {
		add("grace", fmt.Errorf("%s: must not be negative", d.Grace))
	}
}

// ParsedTargets returns the targets, which Parse checked.
func (d Digest) ParsedTargets() []delivery.Target {
	out := make([]delivery.Target, 0, len(d.Targets))
	for _, t := range d.Targets {
		if tg, err := delivery.ParseTarget(t); err == nil {
			out = append(out, tg)
		}
	}
	return out
}

// Subscriptions controls digests subscribed from chat:
//
//	subscriptions:
//	  enabled: true             # default true
//	  who: admins               # "everyone" (default) or "admins"
//	  admins:                   # per platform, user IDs allowed when who: admins
//	    slack: [U0123ABCD]
//	    matrix: ["@alice:example.org"]
//	  default_timezone: Europe/Brussels  # when `subscribe` names none; default UTC
//	  min_interval: 1h          # refuse schedules firing more often; default 1h
//	  max_per_room: 20          # default 20
//	  grace: 1h                 # how late a missed slot may still go out; default 1h
type Subscriptions struct {
	Enabled         *bool               `yaml:"enabled"`
	Who             string              `yaml:"who"`
	Admins          map[string][]string `yaml:"admins"`
	DefaultTimezone string              `yaml:"default_timezone"`
	MinInterval     time.Duration       `yaml:"min_interval"`
	MaxPerRoom      int                 `yaml:"max_per_room"`
	Grace           time.Duration       `yaml:"grace"`
}

// On reports whether chat subscriptions are enabled (default true).
func (s Subscriptions) On() bool { return s.Enabled == nil || *s.Enabled }

// Everyone reports whether any user may subscribe.
func (s Subscriptions) Everyone() bool { return s.Who == "" || s.Who == "everyone" }

// problems reports what is wrong with the section, each at its key and line.
func (s *Subscriptions) problems(v *validator, key string) {
	add := func(k string, err error) { v.errorf(key+"."+k, "%v", err) }
	switch s.Who {
	case "", "everyone":
	case "admins":
		n := 0
		for _, us := range s.Admins {
			n += len(us)
		}
		if n == 0 {
			add("who", errors.New("admins, but no admin is listed under admins"))
		}
	default:
		add("who", fmt.Errorf("%q: want everyone or admins", s.Who))
	}
	for p := range s.Admins {
		if p != "slack" && p != "matrix" && p != "console" {
			add("admins."+p, errors.New("unknown platform (slack, matrix, console)"))
		}
	}
	if _, err := spec.LoadLocation(s.DefaultTimezone); err != nil {
		add("default_timezone", err)
	}
	if s.MinInterval < 0 {
		add("min_interval", fmt.Errorf("%s: must not be negative", s.MinInterval))
	}
	if s.Grace < 0 {
		add("grace", fmt.Errorf("%s: must not be negative", s.Grace))
	}
	if s.MaxPerRoom < 0 {
		add("max_per_room", fmt.Errorf("%d: must not be negative", s.MaxPerRoom))
	}
}
