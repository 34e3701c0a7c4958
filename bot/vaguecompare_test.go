package bot

import (
	"slices"
	"testing"
)

// TestCompareOnTheWholeDomain: a comparison on the whole domain ("on
// cybersecurity", "sobre ciberseguridad", "on cyber issues") compares the
// countries' statements, as a one-country question on it answers with the
// country's statements; a comparison on a topic keeps it.
func TestCompareOnTheWholeDomain(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		q     string
		theme string // "" : no topic kept
	}{
		{"compare kenya and brazil on cybersecurity", ""},
		{"kenya vs brazil on cyber issues", ""},
		{"kenia y brasil sobre ciberseguridad", ""},
		{"compare le kenya et le brésil sur la cybersécurité", ""},
		{"compare kenya and brazil on capacity building", "capacity building"},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		var got []string
		for _, a := range r.Answers {
			got = appendNew(got, a.Country)
		}
		if r.Intent != IntentCompare || !slices.Contains(got, "Kenya") || !slices.Contains(got, "Brazil") {
			t.Errorf("%q: intent %s, answers by %v; want a comparison with both (%s)", tt.q, r.Intent, got, r.Message)
		}
		if tt.theme == "" && len(r.Themes) != 0 || tt.theme != "" && !slices.Contains(r.Themes, tt.theme) {
			t.Errorf("%q: themes %v, want %q", tt.q, r.Themes, tt.theme)
		}
	}
}
