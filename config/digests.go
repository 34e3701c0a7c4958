package config

import (
	"errors"
	"fmt"
	"strings"
	"time"

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
	Grace     string   `yaml:"grace"`
}

// Validate checks one digest entry. themes and countries report whether a
// name is known to the corpus (nil skips that check). Errors name the
// field; ValidateDigests adds the entry.
func (d Digest) Validate(themes, countries func(string) bool) error {
	var errs []error
	if strings.TrimSpace(d.Name) == "" {
		errs = append(errs, errors.New("name: required"))
	} else if strings.ContainsAny(d.Name, " \t\n:") {
		errs = append(errs, fmt.Errorf("name: %q must not contain spaces or colons", d.Name))
	}
	if _, err := spec.Parse(d.Cron, d.Timezone); err != nil {
		field := "cron"
		if _, zerr := spec.LoadLocation(d.Timezone); zerr != nil {
			field = "timezone"
		}
		errs = append(errs, fmt.Errorf("%s: %w", field, err))
	}
	if len(d.Themes) == 0 {
		errs = append(errs, errors.New("themes: at least one theme is required"))
	}
	for i, t := range d.Themes {
		if themes != nil && !themes(t) {
			errs = append(errs, fmt.Errorf("themes[%d]: unknown theme %q", i, t))
		}
	}
	for i, c := range d.Countries {
		if countries != nil && !countries(c) {
			errs = append(errs, fmt.Errorf("countries[%d]: unknown country %q", i, c))
		}
	}
	if len(d.Targets) == 0 {
		errs = append(errs, errors.New("targets: at least one target (slack:CHANNEL_ID or matrix:!room:server) is required"))
	}
	seen := map[string]bool{}
	for i, t := range d.Targets {
		tg, err := spec.ParseTarget(t)
		if err == nil && tg.Platform != "slack" && tg.Platform != "matrix" {
			err = fmt.Errorf("target %q: unknown platform %q (slack, matrix)", t, tg.Platform)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("targets[%d]: %w", i, err))
			continue
		}
		if seen[tg.String()] {
			errs = append(errs, fmt.Errorf("targets[%d]: %q listed twice", i, t))
		}
		seen[tg.String()] = true
	}
	if _, err := d.GraceDuration(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// GraceDuration returns Grace parsed (0 when unset: the scheduler default).
func (d Digest) GraceDuration() (time.Duration, error) {
	return parseDuration("grace", d.Grace)
}

// ParsedTargets returns the targets; call after Validate.
func (d Digest) ParsedTargets() ([]spec.Target, error) {
	out := make([]spec.Target, 0, len(d.Targets))
	for _, t := range d.Targets {
		tg, err := spec.ParseTarget(t)
		if err != nil {
			return nil, err
		}
		out = append(out, tg)
	}
	return out, nil
}

// ValidateDigests validates every entry and that names are unique; each
// error names its entry, e.g. `digests[0] "weekly-norms": cron: ...`.
func ValidateDigests(ds []Digest, themes, countries func(string) bool) error {
	var errs []error
	names := map[string]int{}
	for i, d := range ds {
		prefix := fmt.Sprintf("digests[%d] %q", i, d.Name)
		if err := d.Validate(themes, countries); err != nil {
			for _, e := range unjoin(err) {
				errs = append(errs, fmt.Errorf("%s: %w", prefix, e))
			}
		}
		if j, dup := names[d.Name]; dup && d.Name != "" {
			errs = append(errs, fmt.Errorf("%s: name: already used by digests[%d]", prefix, j))
		}
		names[d.Name] = i
	}
	return errors.Join(errs...)
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
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
	MinInterval     string              `yaml:"min_interval"`
	MaxPerRoom      int                 `yaml:"max_per_room"`
	Grace           string              `yaml:"grace"`
}

// On reports whether chat subscriptions are enabled (default true).
func (s Subscriptions) On() bool { return s.Enabled == nil || *s.Enabled }

// Everyone reports whether any user may subscribe.
func (s Subscriptions) Everyone() bool { return s.Who == "" || s.Who == "everyone" }

// Validate checks the section; errors are prefixed "subscriptions.".
func (s Subscriptions) Validate() error {
	var errs []error
	switch s.Who {
	case "", "everyone":
	case "admins":
		n := 0
		for _, us := range s.Admins {
			n += len(us)
		}
		if n == 0 {
			errs = append(errs, errors.New("subscriptions.admins: who is admins but no admin is listed"))
		}
	default:
		errs = append(errs, fmt.Errorf("subscriptions.who: %q: want everyone or admins", s.Who))
	}
	for p := range s.Admins {
		if p != "slack" && p != "matrix" && p != "console" {
			errs = append(errs, fmt.Errorf("subscriptions.admins.%s: unknown platform (slack, matrix, console)", p))
		}
	}
	if _, err := spec.LoadLocation(s.DefaultTimezone); err != nil {
		errs = append(errs, fmt.Errorf("subscriptions.default_timezone: %w", err))
	}
	if _, err := s.MinIntervalDuration(); err != nil {
		errs = append(errs, fmt.Errorf("subscriptions.%w", err))
	}
	if _, err := s.GraceDuration(); err != nil {
		errs = append(errs, fmt.Errorf("subscriptions.%w", err))
	}
	if s.MaxPerRoom < 0 {
		errs = append(errs, fmt.Errorf("subscriptions.max_per_room: %d: must not be negative", s.MaxPerRoom))
	}
	return errors.Join(errs...)
}

// MinIntervalDuration returns MinInterval parsed (0 when unset).
func (s Subscriptions) MinIntervalDuration() (time.Duration, error) {
	return parseDuration("min_interval", s.MinInterval)
}

// GraceDuration returns Grace parsed (0 when unset).
func (s Subscriptions) GraceDuration() (time.Duration, error) {
	return parseDuration("grace", s.Grace)
}

func parseDuration(field, v string) (time.Duration, error) {
	if v == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%s: %q: want a duration such as 30m or 2h", field, v)
	}
	return d, nil
}
