package bot

import "testing"

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
