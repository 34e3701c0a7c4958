package store

import (
	"context"
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
