package bot

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/conversation"
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

// TestFollowUpsOnMeetingRecords: follow-ups typed the way people type
// them, on the verbatim meeting record and the joint statement of
// testdata/records; each answer stays the asked country's.
func TestFollowUpsOnMeetingRecords(t *testing.T) {
	b := dirBot(t, "../testdata/records")
	h := followUpHandler(b, &conversation.Memory{})
	steps := []struct{ text, country, prefix string }{
		{"whats albania's take on attribution", "Albania", "We are firmly convinced"},
		{"and belarus?", "Belarus", "Exercising the right of reply"},
		{"what about a binding treaty", "Belarus", "The representative of Belarus said"},
		{"and kyrgyzstan?", "Kyrgyzstan", "Mr. Toktogulov"},
		{"and tonga?", "", ""},
		{"suriname on critical infrastructure", "Suriname", "We further recognize"},
		{"and guyana?", "Guyana", "We further recognize"},
		{"sources", "", ""},
	}
	for _, s := range steps {
		r := h.Handle(context.Background(), Question{Text: s.text, Platform: "console", Room: "r"})
		if s.text == "sources" {
			// A joint statement's sources name every signatory, never one
			// of them alone as if the others' words were its own.
			if !strings.Contains(r.Message, "Guyana, Barbados, Suriname") && !strings.Contains(r.Message, "Barbados, Guyana, Suriname") {
				t.Errorf("sources: %s", r.Message)
			}
			continue
		}
		if s.country == "" {
			if len(r.Answers) > 0 {
				t.Errorf("%q: %d answers, first by %s; want none", s.text, len(r.Answers), r.Answers[0].Country)
			}
			continue
		}
		if len(r.Answers) == 0 || !strings.HasPrefix(r.Answers[0].Text, s.prefix) {
			t.Errorf("%q: %v (%s); want %s's %q…", s.text, r.Answers, r.Message, s.country, s.prefix)
		}
		for _, a := range r.Answers {
			if a.Country != s.country {
				t.Errorf("%q: answer by %s, want %s", s.text, a.Country, s.country)
			}
		}
	}
}
