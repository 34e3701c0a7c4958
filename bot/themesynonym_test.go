package bot

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestThemeQuestionBySynonym: "who mentions the financial sector" reads as
// critical infrastructure through a question synonym; besides the
// statements tagged with the theme, it answers with those that hold the
// synonym's own words, which no tag marks.
func TestThemeQuestionBySynonym(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Statement by Kenya\n\nKenya calls for the protection of critical infrastructure.\n")},
		"b.txt": {Data: []byte("Statement by Bahrain\n\nBahrain shares its experience in protecting the financial sector against intrusions.\n")},
		"c.txt": {Data: []byte("Statement by Ghana\n\nGhana asks for a fund for capacity building.\n")},
	}
	c := fsCorpus(t, fsys)
	b := New(c)
	for _, q := range []string{"who mentions the financial sector", "which countries talk about the banking system"} {
		r := b.Ask(q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		want := []string{"Kenya"}
		if q == "who mentions the financial sector" {
			want = []string{"Bahrain", "Kenya"}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%q: answers %v, want %v (%s)", q, got, want, r.Message)
		}
	}
}

// TestStanceBySynonym: a country none of whose statements is tagged with
// the asked theme, and none holds the question's words, is answered by
// the statements that use one of the theme's question synonyms ("rejected
// the accusation" on attribution), marked closest, in a stance question
// and a comparison; a country that uses none has no statement.
func TestStanceBySynonym(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Statement by Japan\n\nJapan publicly attributed the theft to a group linked to North Korea.\n")},
		"b.txt": {Data: []byte("Statement by North Korea\n\nNorth Korea rejected the accusation as a smear campaign.\n")},
		"c.txt": {Data: []byte("Statement by Bahrain\n\nBahrain shares its experience in protecting the financial sector against intrusions.\n")},
		"d.txt": {Data: []byte("Statement by Ghana\n\nGhana asks for a fund for capacity building.\n")},
	}
	c := fsCorpus(t, fsys)
	b := New(c)
	tests := []struct {
		q       string
		answers []string // country:match
	}{
		{"what does north korea say on attribution", []string{"North Korea:closest"}},
		{"¿qué dice corea del norte sobre la atribución?", []string{"North Korea:closest"}},
		{"bahrain on critical infrastructure", []string{"Bahrain:closest"}},
		{"compare japan and north korea on attribution", []string{"Japan:topic", "North Korea:closest"}},
		{"what does ghana say on attribution", nil},
		{"ghana on critical infrastructure", nil},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country+":"+a.Match)
		}
		if !slices.Equal(got, tt.answers) {
			t.Errorf("%q: answers %v, want %v (%s)", tt.q, got, tt.answers, r.Message)
		}
	}
}

// TestKindOfAttackIsNoUseOfForce: "ransomware attacks", "ddos attacks":
// a word no theme knows before "attacks" or "war" names a kind of attack;
// the head alone does not make the question one on the use of force (it
// answered Article 51 first). "armed attacks", "cyber attacks" and a bare
// "attacks" still are.
func TestKindOfAttackIsNoUseOfForce(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Statement by Kenya\n\nKenya considers that a cyber operation amounting to an armed attack triggers self-defence under Article 51.\n")},
		"b.txt": {Data: []byte("Statement by Uruguay\n\nUruguay recovered from a ransomware attack on its health ministry in 2024 and shared the lessons.\n")},
	}
	b := New(fsCorpus(t, fsys))
	for _, tt := range []struct {
		q         string
		force     bool   // the reply is on the use of force
		firstFrom string // the first answer's country
	}{
		{"who talks about ransomware attacks", false, "Uruguay"},
		{"which countries mention ransomware attacks on hospitals", false, "Uruguay"},
		{"who talks about armed attacks", true, "Kenya"},
		{"who talks about cyber attacks", true, "Kenya"},
		{"who talks about attacks", true, "Kenya"},
	} {
		r := b.Ask(tt.q, 0)
		if slices.Contains(r.Themes, "use of force") != tt.force || len(r.Answers) == 0 || r.Answers[0].Country != tt.firstFrom {
			first := ""
			if len(r.Answers) > 0 {
				first = r.Answers[0].Country
			}
			t.Errorf("%q: themes %v, first answer %q; want use of force %v, first %s (%s)", tt.q, r.Themes, first, tt.force, tt.firstFrom, r.Message)
		}
	}
}
