package corpus

import (
	"strings"
	"testing"
)

// TestAbbreviatedLocalNames: "Nueva" and "Nouvelle" cut as notes and chat
// cut them name their country in a question, and a cut word alone names
// nothing.
func TestAbbreviatedLocalNames(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ text, want string }{
		{"que dit la Nlle-Zélande sur le DIH", "New Zealand"},
		{"que dit la nlle zelande sur le dih", "New Zealand"},
		{"q dice nva zelanda sobre dih", "New Zealand"},
		{"Papua Nva Guinea y la ciberdelincuencia", "Papua New Guinea"},
		{"la Rep. Dominicana", "Dominican Republic"},
		{"nlle version du rapport", ""},
		{"guinea ec. datos personales", "Equatorial Guinea"},
		{"que dit la Guinée éq. sur le câble", "Equatorial Guinea"},
		{"p. bajos diligencia debida", "Netherlands"},
		{"el ec. y la guinea", "Guinea"}, // mirror: the cut word alone is no name
	}
	for _, tt := range tests {
		var got []string
		for _, m := range g.Find(Tokenize(tt.text), true, nil) {
			got = append(got, m.Country)
		}
		if tt.want == "" && len(got) > 0 || tt.want != "" && !strings.Contains(strings.Join(got, ";"), tt.want) {
			t.Errorf("Find(%q) = %v, want %q", tt.text, got, tt.want)
		}
	}
}
