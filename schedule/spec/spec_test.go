package spec

import (
	"strings"
	"testing"
	"time"
)

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

// slots lists every slot in (from, to].
func slots(t *testing.T, s *Spec, from, to time.Time) []string {
	t.Helper()
	var out []string
	for at := s.Next(from); !at.IsZero() && !at.After(to); at = s.Next(at) {
		out = append(out, at.Format(time.RFC3339))
		if len(out) > 1000 {
			t.Fatal("runaway")
		}
	}
	return out
}

func TestNextAcrossBrusselsDST(t *testing.T) {
	tests := []struct {
		name     string
		expr     string
		from, to string
		want     []string
	}{
		{
			name: "daily 02:30 over spring-forward fires once, shifted by the gap",
			expr: "30 2 * * *", from: "2026-03-27T12:00:00Z", to: "2026-03-30T12:00:00Z",
			want: []string{
				"2026-03-28T01:30:00Z", // 02:30 CET
				"2026-03-29T01:30:00Z", // 02:30 does not exist: 03:30 CEST
				"2026-03-30T00:30:00Z", // 02:30 CEST
			},
		},
		{
			name: "daily 02:30 over fall-back fires once, at the first occurrence",
			expr: "30 2 * * *", from: "2026-10-23T12:00:00Z", to: "2026-10-26T12:00:00Z",
			want: []string{
				"2026-10-24T00:30:00Z", // 02:30 CEST
				"2026-10-25T00:30:00Z", // 02:30 CEST; the second 02:30 (CET, 01:30Z) is not a slot
				"2026-10-26T01:30:00Z", // 02:30 CET
			},
		},
		{
			name: "weekly Monday 09:00 across spring-forward",
			expr: "0 9 * * MON", from: "2026-03-20T00:00:00Z", to: "2026-04-07T00:00:00Z",
			want: []string{"2026-03-23T08:00:00Z", "2026-03-30T07:00:00Z", "2026-04-06T07:00:00Z"},
		},
		{
			name: "weekly shorthand across fall-back",
			expr: "weekly", from: "2026-10-17T00:00:00Z", to: "2026-11-03T00:00:00Z",
			want: []string{"2026-10-19T07:00:00Z", "2026-10-26T08:00:00Z", "2026-11-02T08:00:00Z"},
		},
		{
			name: "half-hourly through the spring gap: every instant once",
			expr: "*/30 * * * *", from: "2026-03-29T00:00:00Z", to: "2026-03-29T02:00:00Z",
			want: []string{"2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z", "2026-03-29T02:00:00Z"},
		},
		{
			name: "half-hourly through fall-back: repeated wall times do not fire again",
			expr: "*/30 * * * *", from: "2026-10-24T23:30:00Z", to: "2026-10-25T02:00:00Z",
			want: []string{"2026-10-25T00:00:00Z", "2026-10-25T00:30:00Z", "2026-10-25T02:00:00Z"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Parse(tc.expr, "Europe/Brussels")
			if err != nil {
				t.Fatal(err)
			}
			got := slots(t, s, utc(tc.from), utc(tc.to))
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("slots\n got %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestNextFromInsideRepeatedHour(t *testing.T) {
	s, err := Parse("30 2 * * *", "Europe/Brussels")
	if err != nil {
		t.Fatal(err)
	}
	// 02:15 CET on fall-back day, after the first 02:30 already passed.
	got := s.Next(utc("2026-10-25T01:15:00Z"))
	if want := utc("2026-10-26T01:30:00Z"); !got.Equal(want) {
		t.Errorf("Next = %v, want %v", got, want)
	}
	// From just after the gap on spring-forward day, the shifted slot is still ahead.
	got = s.Next(utc("2026-03-29T01:10:00Z"))
	if want := utc("2026-03-29T01:30:00Z"); !got.Equal(want) {
		t.Errorf("Next = %v, want %v", got, want)
	}
}

func TestPrev(t *testing.T) {
	s, err := Parse("0 9 * * 1", "Europe/Brussels")
	if err != nil {
		t.Fatal(err)
	}
	got, ok := s.Prev(utc("2026-03-30T07:30:00Z"), 8*24*time.Hour)
	if !ok || !got.Equal(utc("2026-03-30T07:00:00Z")) {
		t.Errorf("Prev = %v %v", got, ok)
	}
	if _, ok := s.Prev(utc("2026-03-30T06:59:00Z"), time.Hour); ok {
		t.Error("Prev found a slot in an hour with none")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ expr, tz, want string }{
		{"", "UTC", "empty"},
		{"0 9 * *", "UTC", "want 5 fields"},
		{"0 25 * * *", "UTC", "cron"},
		{"* * * * * *", "UTC", "want 5 fields"},
		{"TZ=Europe/Brussels", "UTC", "time zone separately"},
		{"CRON_TZ=UTC 0 9 * * *", "UTC", "time zone separately"},
		{"@every 1h", "UTC", "@every"},
		{"@fortnightly", "UTC", "cron"},
		{"0 9 30 2 *", "UTC", "never fires"},
		{"0 9 * * 1", "Mars/Olympus", "IANA"},
		{"0 9 * * 1", "Local", "IANA"},
		{"0 9 * * FOO", "UTC", "cron"},
	}
	for _, tc := range tests {
		_, err := Parse(tc.expr, tc.tz)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q, %q) = %v, want error containing %q", tc.expr, tc.tz, err, tc.want)
		}
	}
	for _, ok := range []string{"daily", "Weekly", "@monthly", "0 9 * * MON-FRI", "*/15 8-18 * * *"} {
		if _, err := Parse(ok, "America/New_York"); err != nil {
			t.Errorf("Parse(%q): %v", ok, err)
		}
	}
}

func TestMinGap(t *testing.T) {
	s, _ := Parse("*/5 * * * *", "UTC")
	if g := s.MinGap(utc("2026-01-01T00:00:00Z"), 10); g != 5*time.Minute {
		t.Errorf("MinGap = %v", g)
	}
}

func TestNextShortcutAgreesWithFullSearch(t *testing.T) {
	for _, tz := range []string{"Europe/Brussels", "Australia/Lord_Howe"} {
		for _, expr := range []string{"30 2 * * *", "*/30 * * * *", "0 9 * * MON", "15 0 1 * *"} {
			s, err := Parse(expr, tz)
			if err != nil {
				t.Fatal(err)
			}
			for at := utc("2026-01-01T00:00:00Z"); at.Year() == 2026; at = at.Add(1111 * time.Minute) {
				if got, want := s.Next(at), s.nextSlow(at); !got.Equal(want) {
					t.Fatalf("%s %s: Next(%v) = %v, full search %v", expr, tz, at, got, want)
				}
			}
		}
	}
}

// FuzzParse: any expression and zone gives a spec or an error, never a
// panic, and a spec's Next moves forward.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"0 9 * * MON", "*/5 1-3 * * *", "@weekly", "daily", "TZ=UTC", "0 0 31 2 *", "1-60/0 * * * *", "CRON_TZ=", "0 9 * * 7"} {
		f.Add(s, "Europe/Brussels")
	}
	f.Fuzz(func(t *testing.T, expr, tz string) {
		s, err := Parse(expr, tz)
		if err != nil {
			return
		}
		at := time.Date(2026, 3, 29, 0, 0, 0, 0, time.UTC)
		if next := s.Next(at); !next.IsZero() && !next.After(at) {
			t.Fatalf("Next(%v) = %v", at, next)
		}
	})
}
