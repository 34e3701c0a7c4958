package bot

import (
	"os"
	"path/filepath"
	"testing"
)

// TestAcronymsBothWays: an acronym in a question finds a statement that
// spells it out and the reverse (data/acronyms.txt), a one-word variant
// ("CSIRT") finds another ("CERT"), "-ism" finds "-ist"; a country that
// says nothing of the sort still gets no answer.
func TestAcronymsBothWays(t *testing.T) {
	dir := t.TempDir()
	page := `Ghana has set up a national computer emergency response team with support from partners.
Laos reported DDoS attacks against the websites of its ministries in 2024.
Nepal has created a national CSIRT under the ministry of communications.
Oman fears that terrorists recruit young people through social networks.
`
	if err := os.WriteFile(filepath.Join(dir, "p.txt"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	b := dirBot(t, dir)
	for _, tt := range []struct{ q, country string }{
		{"ghana CERT", "Ghana"},
		{"ghana csirt", "Ghana"},
		{"laos denial of service", "Laos"},
		{"what does laos say about denial-of-service attacks", "Laos"},
		{"nepal computer security incident response team", "Nepal"},
		{"nepal cert", "Nepal"},
		{"oman on terrorism", "Oman"},
		{"nepal on ddos", ""},
		{"ghana on terrorism", ""},
	} {
		r := b.Ask(tt.q, 0)
		switch {
		case tt.country == "" && len(r.Answers) > 0:
			t.Errorf("%q: %d answers, first %s %.40q; want none", tt.q, len(r.Answers), r.Answers[0].Country, r.Answers[0].Text)
		case tt.country != "" && (len(r.Answers) == 0 || r.Answers[0].Country != tt.country):
			t.Errorf("%q: %v (%s); want %s's statement", tt.q, r.Answers, r.Message, tt.country)
		}
		for _, a := range r.Answers {
			if a.Country != tt.country {
				t.Errorf("%q: answer by %s", tt.q, a.Country)
			}
		}
	}
}
