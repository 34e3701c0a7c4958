package corpus

import "testing"

// TestSpacedInitials: a country's abbreviation typed as single letters
// with spaces ("u s", "u k", "u a e") in a question is that country, as
// its dotted form is; a lone "u" for "you" and single letters that are
// English words ("a", "i") stay words (left23; expectations written by
// hand before the code: 8 of the 16 failed on the first run, the 7
// spaced forms and "r u sure", read as the French "R-U"; one expectation
// error: "e e u u" is the Spanish abbreviation, labelled "/es").
func TestSpacedInitials(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ q, want string }{
		// Spaced forms: the country.
		{"what does chile say about u s sanctions", "Chile/name,United States/abbreviation"},
		{"the u k and japan on cables", "United Kingdom/abbreviation,Japan/name"},
		{"u s a on ransomware", "United States/abbreviation"},
		{"is there a u s view on spyware", "United States/abbreviation"},
		{"what do the u a e say on norms", "United Arab Emirates/abbreviation"},
		{"d r c position on capacity building", "DR Congo/abbreviation"},
		{"que dice e e u u sobre el ciberespacio", "United States/es"},
		// Mirrors that must not change: dotted and joined forms ...
		{"u.s. position on spyware", "United States/abbreviation"},
		{"the u.k. and the usa", "United Kingdom/abbreviation,United States/abbreviation"},
		{"uk and france on attribution", "United Kingdom/abbreviation,France/name"},
		// ... "u" as chat slang for "you", and stray single letters.
		{"can u tell me about norms", ""},
		{"thank u so much", ""},
		{"r u sure about ghana", "Ghana/name"},
		{"what is plan b on norms", ""},
		{"i m asking about peru", "Peru/name"},
		{"tell us about norms", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := summary(g.Scan(Tokenize(tt.q), true, nil)); got != tt.want {
				t.Errorf("Scan(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
