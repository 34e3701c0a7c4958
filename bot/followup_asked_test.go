package bot

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
)

// TestCompareFollowUpKeepsSilentCountries holds that a country asked about
// in a thread that had no statement on the topic is still one of "the
// three" (or "the two") the user compares next: "compare all three" once
// fell through to a topic "three" because only answered countries were
// remembered.
func TestCompareFollowUpKeepsSilentCountries(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		thread []string
		want   []string // the countries the last reply compares
	}{
		{[]string{"what does Japan say on countermeasures?", "and Kenya?", "and Armenia?", "compare all three"}, []string{"Japan", "Kenya", "Armenia"}},
		{[]string{"japan countermeasures", "and armenia?", "compare the two"}, []string{"Japan", "Armenia"}},
		{[]string{"armenia on countermeasures", "what about japan", "compare both"}, []string{"Japan", "Armenia"}},
	}
	for i, tt := range tests {
		h := followUpHandler(b, &conversation.Memory{})
		var r Reply
		for _, text := range tt.thread {
			r = h.Handle(context.Background(), Question{Text: text, Platform: "console", Room: "r" + string(rune('0'+i)), Time: time.Now()})
		}
		got := slices.Clone(r.Countries)
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if r.Intent != IntentCompare || !slices.Equal(got, want) {
			t.Errorf("%q: intent %s comparing %v, want %v (%s)", tt.thread, r.Intent, r.Countries, tt.want, r.Message)
		}
	}
}
