package corpus

import "testing"

// TestBracketedInitials holds paraInitials' gate to the tokenising reading:
// a paragraph passes when, and only when, it brackets initials that are no
// country's abbreviation, so the gate skips nothing the rule would find and
// spares the tokenising of every paragraph with a capital after "(".
func TestBracketedInitials(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct {
		p    string
		want bool
	}{
		{"the Cyber Security Agency of Singapore (CSA) said", true},
		{"l'Agence nationale de la sécurité (ANSSI) du Bénin", true},
		{"the agency (NCSC2) said", true},
		{"the United Arab Emirates (UAE) said", false},
		{"as the report notes (See annex 2), the team", false},
		{"the team (CERT-In) responded", false},
		{"(A) first point", false},
		{"a long name (ABCDEFGHIJ) here", false},
		{"unclosed (CSA", false},
		{"no brackets at all", false},
		{"(5G) networks", false},
	}
	for _, tt := range tests {
		if got := g.bracketedInitials([]byte(tt.p)); got != tt.want {
			t.Errorf("bracketedInitials(%q) = %v, want %v", tt.p, got, tt.want)
		}
		// The gate must never hide initials the rule defines.
		if !tt.want {
			if m := mergeInitials(nil, g.paraInitials([]byte(tt.p))); len(m) != 0 {
				t.Errorf("paraInitials(%q) = %v past a closed gate", tt.p, m)
			}
		}
	}
	if m := mergeInitials(nil, g.paraInitials([]byte("the Cyber Security Agency of Singapore (CSA) said"))); m["CSA"] != "Singapore" {
		t.Errorf("paraInitials: CSA = %q, want Singapore", m["CSA"])
	}
}
