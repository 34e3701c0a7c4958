package store

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/store/storetest"
)

// Votes are kept with everything curators need, listed oldest first from
// a date, and survive a restart; a vote that is neither up nor down is
// refused.
func TestFeedbackRecordAndList(t *testing.T) {
	storetest.Each(t, func(t *testing.T, loc string) {
		ctx := context.Background()
		s, err := Open(loc)
		if err != nil {
			t.Fatal(err)
		}
		t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
		votes := []feedback.Vote{
			{Question: "what does Ghana say on norms", Intent: "stance", Keys: []string{"k1", "k2"}, Vote: feedback.Up,
				Platform: "slack", Room: "C1", Thread: "1.2", User: "U1", At: t0},
			{Question: "Kenya on cybercrime", Intent: "stance", Keys: []string{"k9"}, Vote: feedback.Down, Reason: "wrong_topic",
				Platform: "matrix", Room: "!r:x", User: "@u:x", At: t0.Add(48 * time.Hour)},
		}
		for _, v := range votes {
			if err := s.Feedback().Record(ctx, v); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Feedback().Record(ctx, feedback.Vote{Vote: "meh", At: t0}); err == nil {
			t.Error("a vote that is neither up nor down was recorded")
		}
		s.Close()
		if s, err = Open(loc); err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		tests := []struct {
			since time.Time
			want  int
		}{{time.Time{}, 2}, {t0, 2}, {t0.Add(time.Hour), 1}, {t0.Add(72 * time.Hour), 0}}
		for _, tc := range tests {
			got, err := s.Feedback().List(ctx, tc.since)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tc.want {
				t.Fatalf("since %v: %d votes, want %d", tc.since, len(got), tc.want)
			}
			if tc.want == 2 {
				g := got[1]
				if g.Reason != "wrong_topic" || g.User != "@u:x" || len(g.Keys) != 1 || g.Keys[0] != "k9" || !g.At.Equal(votes[1].At) || got[0].Thread != "1.2" {
					t.Errorf("vote read back as %+v", g)
				}
			}
		}
	})
}

// A vote taken back (its Ref withdrawn) is gone with its reason; votes of
// other rooms with the same Ref, and votes without a Ref, stay.
func TestFeedbackWithdraw(t *testing.T) {
	storetest.Each(t, func(t *testing.T, loc string) {
		ctx := context.Background()
		s, err := Open(loc)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		t0 := time.Date(2026, 5, 2, 8, 0, 0, 0, time.UTC)
		f := s.Feedback()
		for _, v := range []feedback.Vote{
			{Question: "Chile on data protection", Vote: feedback.Down, Platform: "matrix", Room: "!a:x", User: "@u:x", At: t0, Ref: "$react1"},
			{Question: "Chile on data protection", Vote: feedback.Down, Reason: "missing_statement", Platform: "matrix", Room: "!a:x", User: "@u:x", At: t0.Add(time.Minute), Ref: "$react1"},
			{Question: "Chile on data protection", Vote: feedback.Up, Platform: "matrix", Room: "!b:x", User: "@v:x", At: t0, Ref: "$react1"},
			{Question: "Kenya on norms", Vote: feedback.Up, Platform: "slack", Room: "!a:x", User: "U1", At: t0},
		} {
			if err := f.Record(ctx, v); err != nil {
				t.Fatal(err)
			}
		}
		for _, tc := range []struct {
			ref     string
			want    int
			reasons string // the withdrawn entries' reasons, in order
		}{{"$react1", 2, ",missing_statement"}, {"$react1", 0, ""}, {"", 0, ""}, {"$unknown", 0, ""}} {
			got, err := f.Withdraw(ctx, "matrix", "!a:x", tc.ref)
			if err != nil || len(got) != tc.want {
				t.Errorf("withdraw %q: %d, %v; want %d", tc.ref, len(got), err, tc.want)
				continue
			}
			var reasons []string
			for _, v := range got {
				if v.Vote != feedback.Down || v.Question != "Chile on data protection" || v.User != "@u:x" || v.Ref != tc.ref {
					t.Errorf("withdrawn vote read back as %+v", v)
				}
				reasons = append(reasons, v.Reason)
			}
			slices.Sort(reasons)
			if r := strings.Join(reasons, ","); r != tc.reasons {
				t.Errorf("withdraw %q: reasons %q, want %q", tc.ref, r, tc.reasons)
			}
		}
		left, err := f.List(ctx, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if len(left) != 2 || left[0].Room != "!b:x" && left[1].Room != "!b:x" {
			t.Errorf("left after withdrawing: %+v", left)
		}
		for _, v := range left {
			if v.Room == "!b:x" && v.Ref != "$react1" {
				t.Errorf("ref not kept: %+v", v)
			}
		}
	})
}
