package bot

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestThemesInsideForms: a theme word inside a longer acronym form names
// no theme ("industrial" reads as industry, multi-stakeholder, alone but
// not in "industrial control systems"); alone or beside the form it still
// does.
func TestThemesInsideForms(t *testing.T) {
	c := fsCorpus(t, fstest.MapFS{"f.txt": {Data: []byte(
		"Fiji has described an intrusion into the industrial control systems of a utility.\n" +
			"Fiji has also said that industry and civil society must be consulted.\n")}})
	for _, tt := range []struct {
		q      string
		themes []string
	}{
		{"who talks about industrial control systems", nil},
		{"fiji SCADA", nil},
		{"who talks about industry", []string{"multi-stakeholder"}},
		{"fiji industrial control systems and civil society", []string{"multi-stakeholder"}},
		{"fiji on attribution", []string{"attribution"}},
	} {
		p := Parse(c, tt.q)
		var got []string
		for _, th := range p.Themes {
			got = append(got, c.Lexicon.Themes[th].Name)
		}
		if !slices.Equal(got, tt.themes) {
			t.Errorf("%q: themes %v, want %v", tt.q, got, tt.themes)
		}
	}
}
