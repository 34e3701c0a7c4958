package corpus

import "testing"

// TestLowerInitials: the initials of a short name of three words or more
// ("Saint Vincent and the Grenadines" → SVG) are typed in lower case in
// chat as well, and read where a code is read ("svg on elections",
// "nauru, svg and mauritius") and at the end of a follow-up ("what about
// svg", "same for KW"); initials of an official name only ("res" of
// "Republic of El Salvador", "iss" of "Independent State of Samoa") are
// words of the field and stay so in lower case, as do initials that are
// a word of French or Spanish chat ("stp", s'il te plaît), and an ISO
// code is read only in capitals.
func TestLowerInitials(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ q, want string }{
		{"svg on elections", "Saint Vincent and the Grenadines/abbreviation"},
		{"did svg say anything about elections", "Saint Vincent and the Grenadines/abbreviation"},
		{"svg capacity building", "Saint Vincent and the Grenadines/abbreviation"},
		{"nauru, svg and mauritius on cables", "Nauru/name,Saint Vincent and the Grenadines/abbreviation,Mauritius/name"},
		{"what about svg", "Saint Vincent and the Grenadines/abbreviation"},
		{"same for KW", "Kuwait/abbreviation"},
		{"and SVG?", "Saint Vincent and the Grenadines/abbreviation"},
		{"svg", "Saint Vincent and the Grenadines/abbreviation"},
		{"KW", ""},
		{"res on cyber", ""},
		{"stp que dit la roumanie", "Romania/fr"},
		{"STP on cables", "São Tomé and Príncipe/abbreviation"},
		{"the res on cyber", ""},
		{"iss on satellites", ""},
		{"kw on ransomware", ""},
		{"what about it", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := summary(g.Scan(Tokenize(tt.q), true, nil)); got != tt.want {
				t.Errorf("Scan(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
