// Package spec parses digest schedules (a cron expression plus an IANA time
// zone) and computes their slots on the wall clock of that zone, so that a
// daylight-saving change neither skips nor doubles a slot.
//
// Parsing is github.com/robfig/cron/v3's; only the computation of the next
// slot is done here, because cron/v3's SpecSchedule.Next skips a wall time
// that falls into a spring-forward gap and fires twice for a wall time
// repeated by a fall-back. Here:
//   - a wall time that does not exist (Europe/Brussels, last Sunday of
//     March, 02:00-02:59) fires once, shifted forward by the gap (02:30
//     fires at 03:30 CEST);
//   - a wall time that exists twice (last Sunday of October, 02:00-02:59)
//     fires once, at its first occurrence (CEST);
//   - two wall times that land on the same instant fire once.
package spec

import (
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Shorthands accepted in place of a cron expression, and what they mean.
var Shorthands = map[string]string{
	"hourly": "0 * * * *",
	"daily":  "0 9 * * *",   // every day at 09:00
	"weekly": "0 9 * * MON", // Mondays at 09:00
	// The same in Spanish and French, as the commands' usage lines in
	// those languages give them.
	"diario":       "0 9 * * *",
	"diaria":       "0 9 * * *",
	"semanal":      "0 9 * * MON",
	"quotidien":    "0 9 * * *",
	"quotidienne":  "0 9 * * *",
	"hebdomadaire": "0 9 * * MON",
}

var parser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// Spec is a parsed schedule. It is immutable and safe for concurrent use.
type Spec struct {
	Expr string         // the cron expression as given (shorthands expanded)
	Loc  *time.Location // the zone its wall times are read in
	wall *cron.SpecSchedule
}

// LoadLocation resolves an IANA zone name; empty means UTC. "Local" is
// refused: a schedule must not depend on the machine it runs on.
func LoadLocation(tz string) (*time.Location, error) {
	switch tz {
	case "":
		return time.UTC, nil
	case "Local":
		return nil, fmt.Errorf("time zone %q: use an IANA name such as Europe/Brussels", tz)
	}
	loc, err := time.LoadLocation(tz)
	if err != nil {
		return nil, fmt.Errorf("time zone %q: not an IANA zone name (e.g. Europe/Brussels, America/New_York, UTC)", tz)
	}
	return loc, nil
}

// Parse parses a five-field cron expression (minute hour day-of-month month
// day-of-week), a descriptor (@daily, @weekly, @monthly, @hourly,
// @yearly) or a shorthand (hourly, daily, weekly) in the zone tz.
func Parse(expr, tz string) (*Spec, error) {
	loc, err := LoadLocation(tz)
	if err != nil {
		return nil, err
	}
	return ParseIn(expr, loc)
}

// ParseIn is Parse with an already loaded zone.
func ParseIn(expr string, loc *time.Location) (s *Spec, err error) {
	expr = strings.TrimSpace(expr)
	if full, ok := Shorthands[strings.ToLower(expr)]; ok {
		expr = full
	}
	switch {
	case expr == "":
		return nil, fmt.Errorf("empty cron expression")
	case strings.HasPrefix(expr, "TZ=") || strings.HasPrefix(expr, "CRON_TZ="):
		return nil, fmt.Errorf("cron %q: give the time zone separately, not as TZ=", expr)
	case strings.HasPrefix(expr, "@every"):
		return nil, fmt.Errorf("cron %q: @every is not a wall-clock schedule; use a cron expression", expr)
	}
	if !strings.HasPrefix(expr, "@") {
		if n := len(strings.Fields(expr)); n != 5 {
			return nil, fmt.Errorf("cron %q: want 5 fields (minute hour day-of-month month day-of-week), got %d", expr, n)
		}
	}
	defer func() { // cron/v3 has panicked on odd input before; never let it take the bot down
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("cron %q: invalid", expr)
		}
	}()
	sched, err := parser.Parse(expr)
	if err != nil {
		return nil, fmt.Errorf("cron %q: %w", expr, err)
	}
	ss, ok := sched.(*cron.SpecSchedule)
	if !ok {
		return nil, fmt.Errorf("cron %q: not a calendar schedule", expr)
	}
	wall := *ss
	wall.Location = time.UTC // wall times are computed as if UTC, then placed in loc
	if wall.Next(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)).IsZero() {
		return nil, fmt.Errorf("cron %q: never fires", expr)
	}
	return &Spec{Expr: expr, Loc: loc, wall: &wall}, nil
}

// String renders the spec as "EXPR (ZONE)".
func (s *Spec) String() string { return s.Expr + " (" + s.Loc.String() + ")" }

// maxShift bounds how far a zone transition can move a wall time; no zone
// has moved by more than a day.
const maxShift = 26 * time.Hour

// Next returns the first slot strictly after t, or the zero time if the
// expression never fires again (e.g. 30 February).
func (s *Spec) Next(t time.Time) time.Time {
	// Wall times are not monotonic in instants across a transition, so
	// look at every wall slot from a little before t's wall time and keep
	// the earliest instant after t.
	if !hasTransition(t, s.Loc) {
		// No offset change near t: the next wall slot is the next instant,
		// unless it lies near a transition itself.
		w := s.wall.Next(wallOf(t, s.Loc))
		if w.IsZero() {
			return w
		}
		if at := resolve(w, s.Loc); at.After(t) && !hasTransition(at, s.Loc) {
			return at.UTC()
		}
	}
	return s.nextSlow(t)
}

// nextSlow is Next without the shortcut: it considers every wall slot
// from a little before t's wall time and keeps the earliest instant after t.
func (s *Spec) nextSlow(t time.Time) time.Time {
	start := wallOf(t, s.Loc).Add(-maxShift)
	var best time.Time
	var horizon time.Time
	w := start
	for i := 0; i < 100000; i++ {
		w = s.wall.Next(w)
		if w.IsZero() {
			break
		}
		if !horizon.IsZero() && w.After(horizon) {
			break
		}
		at := resolve(w, s.Loc)
		if at.After(t) && (best.IsZero() || at.Before(best)) {
			best = at
			horizon = w.Add(2 * maxShift)
		}
	}
	if best.IsZero() {
		return best
	}
	return best.UTC()
}

// Prev returns the last slot at or before t and false when there is none
// within the given lookback.
func (s *Spec) Prev(t time.Time, lookback time.Duration) (time.Time, bool) {
	var last time.Time
	for at := s.Next(t.Add(-lookback)); !at.IsZero() && !at.After(t); at = s.Next(at) {
		last = at
	}
	return last, !last.IsZero()
}

// MinGap returns the smallest interval between the next n slots after t
// (-1 when fewer than two slots remain); it is used to refuse subscriptions that would fire too often.
func (s *Spec) MinGap(t time.Time, n int) time.Duration {
	smallest := time.Duration(-1)
	prev := s.Next(t)
	for i := 0; i < n && !prev.IsZero(); i++ {
		next := s.Next(prev)
		if next.IsZero() {
			break
		}
		if d := next.Sub(prev); smallest < 0 || d < smallest {
			smallest = d
		}
		prev = next
	}
	return smallest
}

// wallOf returns t's wall clock in loc, labelled UTC.
func wallOf(t time.Time, loc *time.Location) time.Time {
	l := t.In(loc)
	return time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), 0, time.UTC)
}

// resolve places a wall time (labelled UTC) in loc: the earliest instant
// showing that wall time, or, inside a spring-forward gap, the wall time
// read with the offset in force before the gap (shifted forward by it).
func resolve(w time.Time, loc *time.Location) time.Time {
	u := w.Unix()
	_, offBefore := time.Unix(u-int64(maxShift/time.Second), 0).In(loc).Zone()
	_, offAt := time.Unix(u, 0).In(loc).Zone()
	_, offAfter := time.Unix(u+int64(maxShift/time.Second), 0).In(loc).Zone()
	var best time.Time
	for _, off := range []int{offBefore, offAt, offAfter} {
		at := time.Unix(u-int64(off), 0)
		if wallOf(at, loc).Equal(w) && (best.IsZero() || at.Before(best)) {
			best = at
		}
	}
	if best.IsZero() {
		best = time.Unix(u-int64(offBefore), 0)
	}
	return best
}

// hasTransition reports whether loc changes offset within maxShift of t.
func hasTransition(t time.Time, loc *time.Location) bool {
	start, end := t.In(loc).ZoneBounds()
	lo, hi := t.Add(-maxShift), t.Add(maxShift)
	return !start.IsZero() && start.After(lo) || !end.IsZero() && end.Before(hi)
}
