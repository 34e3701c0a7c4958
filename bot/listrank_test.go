package bot

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestRankedLists: a list that asks for the most ("the most common
// topics", "which country has the most statements", "¿qué país tiene más
// declaraciones?", "les thèmes les plus fréquents") comes by count, the
// most first, with the counts; a plain list keeps its order, and a topic
// word that only looks like one stays a topic.
func TestRankedLists(t *testing.T) {
	b := altBot(t)
	counts := regexp.MustCompile(`\((\d+)\)`)
	tests := []struct {
		q, intent, what string
		ranked          bool
	}{
		{"whats the most common topic", IntentList, "themes", true},
		{"top themes?", IntentList, "themes", true},
		{"what topics come up most often", IntentList, "themes", true},
		{"cuáles son los temas más comunes", IntentList, "themes", true},
		{"quels sont les thèmes les plus fréquents ?", IntentList, "themes", true},
		{"which country has the most statements", IntentList, "countries", true},
		{"which countries are most active", IntentList, "countries", true},
		{"que pais tiene mas declaraciones", IntentList, "countries", true},
		// Neighbours.
		{"which countries are covered", IntentList, "countries", false},
		{"what topics does the corpus cover", IntentList, "themes", false},
		{"who talks about common criteria", IntentTheme, "", false},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if r.Intent != tt.intent {
			t.Errorf("%q: intent %s, want %s (%s)", tt.q, r.Intent, tt.intent, r.Message)
			continue
		}
		if tt.intent != IntentList {
			continue
		}
		var ns []int
		for _, m := range counts.FindAllStringSubmatch(r.Message, -1) {
			n, _ := strconv.Atoi(m[1])
			ns = append(ns, n)
		}
		desc := slices.IsSortedFunc(ns, func(x, y int) int { return y - x })
		if tt.ranked && (len(ns) < 2 || !desc) {
			t.Errorf("%q: counts %v, want the most first (%s)", tt.q, ns, r.Message)
		}
		if !tt.ranked && tt.what == "countries" && desc && len(ns) > 2 && !slices.IsSorted(ns) {
			t.Errorf("%q: a plain list came by count (%s)", tt.q, r.Message)
		}
		if !tt.ranked && tt.what == "themes" && strings.Contains(r.Message, "(") {
			t.Errorf("%q: a plain theme list came with counts (%s)", tt.q, r.Message)
		}
	}
}
