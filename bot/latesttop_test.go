package bot

import (
	"strings"
	"testing"
)

// TestLatestTopN: a count asked with "latest" or "oldest" is the newest
// (oldest) that many statements, not the best-ranked that many ordered by
// date: "latest … top 1" (how a thread's "which one was most recent" is
// asked) showed Botswana's September speech over Mauritius' October
// statement. The question's exclusions stay ("besides Mongolia").
func TestLatestTopN(t *testing.T) {
	b := dirBot(t, "../testdata/asked23")
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"latest who talks about data protection top 1", []string{"Mauritius"}},
		{"latest who talks about data protection besides Mongolia top 1", []string{"Mauritius"}},
		{"oldest who talks about data protection top 1", []string{"Cameroon"}},
		{"latest who talks about data protection top 2", []string{"Mauritius", "Botswana"}},
		{"las 2 declaraciones más recientes sobre protección de datos", []string{"Mauritius", "Botswana"}},
		{"les 2 déclarations les plus récentes sur la protection des données", []string{"Mauritius", "Botswana"}},
	} {
		r := b.Ask(tt.q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: %v, want %v", tt.q, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: %v, want %v", tt.q, got, tt.want)
				break
			}
		}
	}
}

// TestDatedThemeLeavesOut: a theme question with a date filter keeps out
// the countries it leaves out ("besides Mongolia since 2026", "aparte de
// Botswana en 2026", "sauf le Botswana depuis 2026"), and says so: asked
// for every statement in the dates, it showed them among the others.
func TestDatedThemeLeavesOut(t *testing.T) {
	b := dirBot(t, "../testdata/asked23")
	for _, tt := range []struct{ q, left, note string }{
		{"who talks about data protection besides Mongolia since 2026", "Mongolia", "Leaving out Mongolia"},
		{"quien habla de proteccion de datos aparte de botswana en 2026", "Botswana", "Sin Botsuana"},
		{"qui parle de la protection des données sauf le botswana depuis 2026", "Botswana", "Sans Botswana"},
	} {
		r := b.Ask(tt.q, 0)
		if len(r.Answers) == 0 || !strings.HasPrefix(r.Message, tt.note) {
			t.Errorf("%q: %q", tt.q, r.Message)
		}
		for _, a := range r.Answers {
			if a.Country == tt.left {
				t.Errorf("%q: answered by %s", tt.q, a.Country)
			}
		}
	}
}
