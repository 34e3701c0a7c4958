package bot

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
)

// TestElseLikeLeavesOut: "who else … like Peru", "which other countries …
// like Bolivia" ask the others on the topic, Peru left out as "besides
// Peru" leaves it (the question was read as Peru's stance). Mirrors:
// "like" with no "else"/"other" before it is no marker.
func TestElseLikeLeavesOut(t *testing.T) {
	b := asked13Bot(t)
	for _, tt := range []struct {
		q, intent string
		want      []string // the countries read
	}{
		{"who else wants the budapest convention like peru", IntentTheme, nil},
		{"which other countries back a binding treaty like bolivia", IntentTheme, nil},
		// Mirrors.
		{"does peru want the budapest convention like haiti", IntentCompare, []string{"Peru", "Haiti"}},
		{"peru like haiti on budapest", IntentCompare, []string{"Peru", "Haiti"}},
	} {
		r := b.Ask(tt.q, 0)
		if r.Intent != tt.intent || !slices.Equal(r.Countries, tt.want) {
			t.Errorf("%q: %s %v, want %s %v", tt.q, r.Intent, r.Countries, tt.intent, tt.want)
		}
	}
}

// TestWhoAgreesFollowUp: "who agrees?" after one country's answer asks
// the others on the thread's topic (it was read as nothing); mirrors: "who
// agrees with bolivia" names its country and is a question of its own.
func TestWhoAgreesFollowUp(t *testing.T) {
	b := asked13Bot(t)
	clock := time.Date(2026, 7, 1, 10, 0, 0, 0, time.UTC)
	for i, tt := range []struct {
		first, then, intent, theme string
		country                    string // a country that must be answered; "" none
	}{
		{"what does myanmar say on sovereignty", "who agrees?", IntentTheme, "sovereignty", "Bolivia"},
		{"que dice bolivia sobre la soberania", "quien esta de acuerdo?", IntentTheme, "sovereignty", "Myanmar"},
		{"que dit le zimbabwe sur la souverainete", "qui est d'accord ?", IntentTheme, "sovereignty", "Bolivia"},
		// Mirror.
		{"what does myanmar say on sovereignty", "who agrees with bolivia", "", "", "Bolivia"},
	} {
		h := Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
		room := "r" + string(rune('a'+i))
		h.Handle(context.Background(), Question{Text: tt.first, Platform: "console", Room: room, Time: clock})
		r := h.Handle(context.Background(), Question{Text: tt.then, Platform: "console", Room: room, Time: clock})
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		if tt.intent != "" && r.Intent != tt.intent || tt.theme != "" && !slices.Contains(r.Themes, tt.theme) || !slices.Contains(got, tt.country) {
			t.Errorf("%q → %q: %s %v answered by %v", tt.first, tt.then, r.Intent, r.Themes, got)
		}
	}
}

// TestRegionInOrgName: a region opening an organisation's name ("the asia
// internet coalition", "the africa cyber forum") names the organisation,
// whose words are no member country's: it was read as every Asian
// country. Mirrors: the region as speakers ("asean countries on scams",
// "what does asean say"), and a grouping that is itself a forum of states
// named whole ("the pacific islands forum").
func TestRegionInOrgName(t *testing.T) {
	b := asked13Bot(t)
	for _, tt := range []struct {
		q        string
		expanded bool
	}{
		{"what does the asia internet coalition say", false},
		{"what does the africa cyber forum say about ransomware", false},
		{"asia pacific network for cyber security on cables", false},
		// Mirrors.
		{"asean countries on scams", true},
		{"what does asean say", true},
		{"what does the pacific islands forum say about cables", true},
	} {
		r := b.Ask(tt.q, 0)
		if got := len(r.Countries) > 0; got != tt.expanded {
			t.Errorf("%q: countries %v, want the region's members read: %v", tt.q, r.Countries, tt.expanded)
		}
	}
}
