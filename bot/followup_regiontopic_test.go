package bot

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
)

// TestFollowUpRegionAsTopic: a grouping after a follow-up's topic prefix
// ("barbados" → "and on small islands") is what the last country is asked
// on, not its members compared. Mirrors: a grouping as a new side ("and
// the pacific islands forum?") and a country after "and on" are read as
// before.
func TestFollowUpRegionAsTopic(t *testing.T) {
	b := asked9Bot(t)
	clock := time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		first, then string
		want        []string // countries answered, sorted
	}{
		{"barbados", "and on small islands", []string{"Barbados"}},
		{"maldives", "anything on small island states", []string{"Maldives"}},
		// mirrors
		// (Vanuatu too: asked9's 993 lede, "APIA, … (Pacific News
		// Service) — Samoa and Vanuatu used a regional meeting … to press
		// for stronger protection of the submarine cables", is both's now
		// that the dateline's agency no longer hides the joint subject.)
		{"latvia on cables", "and the pacific islands forum?", []string{"Samoa", "Vanuatu"}},
		{"latvia", "and on cables", []string{"Latvia"}},
	} {
		h := Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
		h.Handle(context.Background(), Question{Text: tc.first, Platform: "console", Room: "r", Time: clock})
		r := h.Handle(context.Background(), Question{Text: tc.then, Platform: "console", Room: "r", Time: clock})
		var got []string
		for _, a := range r.Answers {
			if !slices.Contains(got, a.Country) {
				got = append(got, a.Country)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q → %q: answers by %v, want %v (%s)", tc.first, tc.then, got, tc.want, r.Message)
		}
	}
}
