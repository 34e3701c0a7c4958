package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRecordNarrative: a vote's result, a summary's collective voice, a
// chair's call and thanks, an email's separator and a numbered speaker
// are nobody's; a delegation's own words that look alike are not caught.
func TestRecordNarrative(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"The draft was adopted by a recorded vote of 150 in favour to 7 against (Belarus, Iran), with 9 abstentions.", true},
		{"La Comisión aprobó el proyecto por 158 votos a favor, 6 en contra (Belarús, Irán) y 9 abstenciones.", true},
		{"Le projet a été adopté par 158 voix pour, 6 voix contre (Bélarus, Iran) et 9 abstentions.", true},
		{"Kenya voted against (as it had announced) the amendment.", false},
		{"Thank you, and I now give the floor to Libya.", true},
		{"Thank you, Libya. Next on my list is the Holy See.", true},
		{"I thank the Holy See. Before we break, I ask delegations to keep to three minutes.", true},
		{"Thank you, Chair. Libya believes that the mechanism should include a track on capacity-building.", false},
		{"My delegation takes the floor to respond to the statement made by Venezuela.", false},
		{"-----Original Message-----", true},
		{"On Wed, 4 Mar 2026 at 11:05, Mission of Burundi <mission@burundi.example> wrote:", true},
		{"On 4 March, Burundi wrote to the Chair to ask for a later date.", false},
		{"Speaker 1 (00:00:41): Ambassador, welcome.", true},
		{"Speaker of the House: Order.", false},
		{"^ Statement of Djibouti at the OEWG, 8 March 2024.", true},
		{"To ask His Majesty's Government what assessment they have made of the statement by the Russian Ministry.", true},
		{"To ask for more time, Kenya wrote to the Chair.", false},
	} {
		if got := g.recordNarrative(c.p, phraseCues(c.p)); got != c.want {
			t.Errorf("recordNarrative(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}

// TestMeetingCapitalised: an ARF or ASEAN report's "the Meeting",
// capitalised, speaks in the meeting's voice (meetingVoice) or records its
// procedure (a chair's label); "The Meeting of the Parties" is neither.
func TestMeetingCapitalised(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct {
		p           string
		voice, rule bool
	}{
		{"The Meeting welcomed the briefing by Myanmar on its national CERT.", true, false},
		{"Participants broadly agreed that capacity-building deserved attention.", true, false},
		{"The Meeting was co-chaired by Thailand and Australia.", true, true},
		{"The Meeting of the Parties is the right venue, Kenya said.", false, false},
		{"Participants from Ghana described their national CERT.", false, false},
	} {
		if got := meetingVoice(c.p); got != c.voice {
			t.Errorf("meetingVoice(%q) = %v, want %v", c.p, got, c.voice)
		}
		if _, _, kind := g.turnLabel(c.p); (kind == labelChair) != c.rule {
			t.Errorf("turnLabel(%q) = %v, want the procedure: %v", c.p, kind, c.rule)
		}
	}
}

// TestQuoteMarks: a quoted message's blank line ends a paragraph, and a
// caption's ">>" opens a new one without its marks.
func TestQuoteMarks(t *testing.T) {
	dir := t.TempDir()
	page := "Live captions\n\n>> Thank you, I now give the floor to Libya.\n>> Thank you, Chair. Libya believes that oil and gas infrastructure needs protection.\n\n" +
		"From: Mission\nSubject: RE: draft\n\n> Dear Chair,\n>\n> Burundi is concerned about the timing of the consultations.\n"
	if err := os.WriteFile(filepath.Join(dir, "p.txt"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := LoadDir(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range c.Statements() {
		got[s.Text] = s.Country
	}
	want := map[string]string{
		"Thank you, Chair. Libya believes that oil and gas infrastructure needs protection.": "Libya",
		"Burundi is concerned about the timing of the consultations.":                        "Burundi",
	}
	for text, country := range want {
		if got[text] != country {
			t.Errorf("%q held by %q, want %q (all: %v)", text, got[text], country, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("statements %v, want only %v", got, want)
	}
}

// TestWithdrawReservation: a signatory's reservation withdraws it from the
// signed paragraphs it names, by their order, and from no other; a
// paragraph number beyond them, or a country that did not sign, withdraws
// nothing.
func TestWithdrawReservation(t *testing.T) {
	a, b, c := &paraInfo{}, &paraInfo{}, &paraInfo{}
	signed := []*paraInfo{a, b, c}
	signers := []string{"Eswatini", "Lesotho"}
	all := func() []parsedPara {
		var ps []parsedPara
		for _, p := range signed {
			for _, s := range signers {
				ps = append(ps, parsedPara{info: p, holder: s})
			}
		}
		return ps
	}
	for _, tc := range []struct {
		h, text string
		want    int // paragraphs left
	}{
		{"Eswatini", "The Kingdom of Eswatini dissociates itself from paragraph 2.", 5},
		{"Eswatini", "Eswatini dissociates itself from paragraphs 2 and 3.", 4},
		{"Lesotho", "Le Lesotho se dissocie du paragraphe 1.", 5},
		{"Lesotho", "Lesotho se desvincula del párrafo 3.", 5},
		{"Eswatini", "Eswatini dissociates itself from paragraph 7.", 6},
		{"Angola", "Angola dissociates itself from paragraph 2.", 6},
		{"Eswatini", "Eswatini welcomes paragraph 2.", 6},
	} {
		got := withdrawReservation(all(), signed, signers, tc.h, tc.text)
		if len(got) != tc.want {
			t.Errorf("%q: %d paragraphs left, want %d", tc.text, len(got), tc.want)
		}
		for _, p := range got {
			if p.holder == tc.h && tc.want < 6 && strings.Contains(tc.text, "2") && p.info == b {
				t.Errorf("%q: %s still holds paragraph 2", tc.text, tc.h)
			}
		}
	}
}
