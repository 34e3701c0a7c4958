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
	Grace     string   `yaml:"grace"`
}

// Validate checks one digest entry. themes and countries report whether a
// name is known to the corpus (nil skips that check; the config loader
// cannot check them, having no corpus yet). Errors name the field;
// ValidateDigests adds the entry.
func (d Digest) Validate(themes, countries func(string) bool) error {
	var errs []error
	for _, ke := range d.problems(themes, countries) {
		errs = append(errs, ke)
	}
	return errors.Join(errs...)
}

// validate is the config loader's hook: every problem is reported at its
// key and line, e.g. `config.yaml:14: digests[0].cron: digest "weekly-norms": ...`.
func (d *Digest) validate(v *validator, key string) {
	name := ""
	if d.Name != "" {
		name = fmt.Sprintf("digest %q: ", d.Name)
	}
	for _, ke := range d.problems(nil, nil) {
		v.errorf(key+"."+ke.Key, "%s%v", name, ke.Err)
	}
}

func (d Digest) problems(themes, countries func(string) bool) []*KeyError {
	var errs []*KeyError
	add := func(key string, err error) { errs = append(errs, &KeyError{Key: key, Err: err}) }
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
	for i, t := range d.Themes {
		if themes != nil && !themes(t) {
			add(fmt.Sprintf("themes[%d]", i), fmt.Errorf("unknown theme %q", t))
		}
	}
	for i, c := range d.Countries {
		if countries != nil && !countries(c) {
			add(fmt.Sprintf("countries[%d]", i), fmt.Errorf("unknown country %q", c))
		}
	}
	if len(d.Targets) == 0 {
		add("targets", errors.New("at least one target (slack:CHANNEL_ID or matrix:!room:server) is required"))
	}
	seen := map[string]bool{}
	for i, t := range d.Targets {
		key := fmt.Sprintf("targets[%d]", i)
		tg, err := delivery.ParseTarget(t)
		if err == nil && tg.Platform != "slack" && tg.Platform != "matrix" {
			err = fmt.Errorf("target %q: unknown platform %q (slack, matrix)", t, tg.Platform)
		}
		if err != nil {
			add(key, err)
			continue
		}
		if seen[tg.String()] {
			add(key, fmt.Errorf("%q listed twice", t))
		}
		seen[tg.String()] = true
	}
	if _, err := parseDuration(d.Grace); err != nil {
		add("grace", err)
	}
	return errs
}

// GraceDuration returns Grace parsed (0 when unset: the scheduler default).
func (d Digest) GraceDuration() (time.Duration, error) {
	g, err := parseDuration(d.Grace)
	if err != nil {
		return 0, fmt.Errorf("grace: %w", err)
	}
	return g, nil
}

// ParsedTargets returns the targets; call after Validate.
func (d Digest) ParsedTargets() ([]delivery.Target, error) {
	out := make([]delivery.Target, 0, len(d.Targets))
	for _, t := range d.Targets {
		tg, err := delivery.ParseTarget(t)
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
	for _, ke := range s.problems() {
		errs = append(errs, fmt.Errorf("subscriptions.%w", ke))
	}
	return errors.Join(errs...)
}

// validate is the config loader's hook.
func (s *Subscriptions) validate(v *validator, key string) {
	for _, ke := range s.problems() {
		v.errorf(key+"."+ke.Key, "%v", ke.Err)
	}
}

func (s Subscriptions) problems() []*KeyError {
	var errs []*KeyError
	add := func(key string, err error) { errs = append(errs, &KeyError{Key: key, Err: err}) }
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
	if _, err := parseDuration(s.MinInterval); err != nil {
		add("min_interval", err)
	}
	if _, err := parseDuration(s.Grace); err != nil {
		add("grace", err)
	}
	if s.MaxPerRoom < 0 {
		add("max_per_room", fmt.Errorf("%d: must not be negative", s.MaxPerRoom))
	}
	return errs
}

// MinIntervalDuration returns MinInterval parsed (0 when unset).
func (s Subscriptions) MinIntervalDuration() (time.Duration, error) {
	d, err := parseDuration(s.MinInterval)
	if err != nil {
		return 0, fmt.Errorf("min_interval: %w", err)
	}
	return d, nil
}

// GraceDuration returns Grace parsed (0 when unset).
func (s Subscriptions) GraceDuration() (time.Duration, error) {
	d, err := parseDuration(s.Grace)
	if err != nil {
		return 0, fmt.Errorf("grace: %w", err)
	}
	return d, nil
}

func parseDuration(v string) (time.Duration, error) {
	if v == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%q: want a duration such as 30m or 2h", v)
	}
	return d, nil
}
