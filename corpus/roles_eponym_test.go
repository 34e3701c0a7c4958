package corpus

import "testing"

// TestCapitalNamingInstrument: a capital that names a cyber instrument
// ("the Budapest Convention", "the Tallinn Manual"), standing alone after
// "on", "re" or "about", is the topic, not its country; before a say verb
// or a topic it still names its government. Apostrophe-less contractions
// ("whats") lead a question: a name after them that doubles as a Spanish
// demonym ("chinas") is the country asked, not a Spanish noun's adjective.
func TestCapitalNamingInstrument(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ q, want string }{
		{"what has eswatini said re budapest", "Eswatini/name topic:Hungary"},
		{"ghana on Budapest", "Ghana/name topic:Hungary"},
		{"has kenya said anything about budapest", "Kenya/name topic:Hungary"},
		{"jamaica and fiji on tallinn", "Jamaica/name,Fiji/name topic:Estonia"},
		{"mauritius on malabo", "Mauritius/name topic:Equatorial Guinea"},
		// Still the government: a subject, a possessive, a place.
		{"budapest on attribution", "Hungary/capital"},
		{"what does budapest say", "Hungary/capital"},
		{"the conference in budapest", "place:Hungary"},
		// Beside another instrument (asked23).
		{"does mauritius think budapest and the un convention are complementary?", "Mauritius/name topic:Hungary"},
		{"ghana budapest or the un treaty", "Ghana/name topic:Hungary"},
		// Not an instrument city: the object country stays a country.
		{"ghana on nairobi", "Ghana/name,Kenya/capital"},
		{"ghana and budapest and kenya", "Ghana/name,Hungary/capital,Kenya/name"},
		// Bare contractions (the name's possessive without its
		// apostrophe, read as the name since asked23).
		{"whats chinas position on attribution", "China/name"},
		{"wheres chinas view", "China/name"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := summary(g.Scan(Tokenize(tt.q), true, nil)); got != tt.want {
				t.Errorf("Scan(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
