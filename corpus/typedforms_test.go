package corpus

import (
	"testing"
)

// TestTypedFormsOfNames reads country names as chat messages type them:
// run together, an elision without its apostrophe, a compass word or
// "Republic" cut short, in English, Spanish and French. None of these
// forms is in the data; each comes from the name itself.
func TestTypedFormsOfNames(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ q, want string }{
		// Run together.
		{"what does srilanka say about privacy", "Sri Lanka/alias"},
		{"costarica critical infrastructure", "Costa Rica/alias"},
		{"newzealand on norms", "New Zealand/alias"},
		{"elsalvador y la atribución", "El Salvador/alias"},
		{"southafrica vs saudiarabia", "South Africa/alias,Saudi Arabia/alias"},
		{"cotedivoire cybercrime", "Côte d'Ivoire/alias"},
		{"burkinafaso on capacity building", "Burkina Faso/alias"},
		// A typo in a run-together name is read as in any one-word name.
		{"srilnka on hate speech", "Sri Lanka/typo"},
		// An elision without its apostrophe, glued or spaced.
		{"cote divoire on ransomware", "Côte d'Ivoire/alias"},
		{"cote d ivoire vs ghana", "Côte d'Ivoire/alias,Ghana/name"},
		{"la cote divoire et la cybercriminalité", "Côte d'Ivoire/alias"},
		// A compass word cut to its initial, as "S. Korea" is.
		{"S. Africa on capacity building", "South Africa/alias"},
		{"s africa digital divide", "South Africa/alias"},
		{"N Macedonia on cybercrime", "North Macedonia/alias"},
		{"S. Sudan and Eritrea", "South Sudan/alias,Eritrea/name"},
		// "República", "République" cut as "Rep.", "Rép.".
		{"rep dominicana atribución", "Dominican Republic/es"},
		{"la Rep. Dominicana sobre medidas de confianza", "Dominican Republic/es"},
		{"rép. dominicaine mesures de confiance", "Dominican Republic/fr"},
		{"rep checa", "Czechia/es"},
		// What must stay as it was.
		{"what's africa's position on capacity building", "region:Africa"},
		{"what does the dominican rep say", "Dominican Republic/alias"},
		{"cote on attribution", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := summary(g.Scan(Tokenize(tt.q), true, nil)); got != tt.want {
				t.Errorf("Scan(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestTypedFormsStayOutOfText: a page's running text is read with the
// data's names only; a run-together or compass form is a chat habit.
func TestTypedFormsStayOutOfText(t *testing.T) {
	g := DefaultGazetteer()
	for _, s := range []string{"The srilanka delegation", "S. Africa has argued"} {
		if r := g.Scan(Tokenize(s), false, nil); len(r.Countries) > 0 {
			t.Errorf("text %q read as %q, want no country", s, summary(r))
		}
	}
}

// TestEnglishNameAccentsSayNoLanguage: an English name spelt with its
// accents ("Côte d'Ivoire", "São Tomé and Príncipe") is English, and its
// accents say nothing of the question's language; a Spanish spelling of an
// English name ("Perú") still does.
func TestEnglishNameAccentsSayNoLanguage(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct {
		country, typed string
		want           bool
	}{
		{"Côte d'Ivoire", "côte d’ivoire", true},
		{"Côte d'Ivoire", "Côte d'Ivoire", true},
		{"São Tomé and Príncipe", "são tomé and príncipe", true},
		{"Peru", "Perú", false},
		{"Türkiye", "türkiye", true},
	}
	for _, tt := range tests {
		if got := g.englishSpelling(tt.country, tt.typed); got != tt.want {
			t.Errorf("englishSpelling(%q, %q) = %v, want %v", tt.country, tt.typed, got, tt.want)
		}
	}
}

// TestISOCodesWhereACountryActs: chat writes countries by their ISO codes
// ("NL on due diligence", "GH vs NL"), in capitals and where a country
// acts; a code that is a word, an acronym or another name ("IT", "AI",
// "UA", "FM") and a code standing for something else ("HR and privacy")
// stay what they are.
func TestISOCodesWhereACountryActs(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ q, want string }{
		{"NL on due diligence", "Netherlands/abbreviation"},
		{"what does NL say on attribution", "Netherlands/abbreviation"},
		{"NL's view on countermeasures", "Netherlands/abbreviation"},
		{"GH vs NL on attribution", "Ghana/abbreviation,Netherlands/abbreviation"},
		{"compare KZ and CR on ransomware", "Kazakhstan/abbreviation,Costa Rica/abbreviation"},
		// Lower case only as two codes compared.
		{"compare cz and ro", "Czechia/abbreviation,Romania/abbreviation"},
		{"cz vs ro on 5g", "Czechia/abbreviation,Romania/abbreviation"},
		{"ZA govt on capacity building", "South Africa/abbreviation"},
		// Opening a terse message before its topic: "KE cables".
		{"KE cables", "Kenya/abbreviation"},
		{"PL election interference", "Poland/abbreviation"},
		{"DK spyware?", "Denmark/abbreviation"},
		{"RO 5g", "Romania/abbreviation"},
		{"KE 2fa", "Kenya/abbreviation"},
		// Codes that open a message as the field's other abbreviations,
		// a code alone, or a code after the opening word: no country.
		{"GA resolution on norms", ""},
		{"SC briefing on ransomware", ""},
		{"HR defenders online", ""},
		{"KE", ""},
		{"cables KE", ""},
		{"KE, cables", ""},
		{"KE 2021", ""},
		{"KE 100k", ""},
		// Lower case, or not where a country acts: no country.
		{"nl on due diligence", ""},
		{"cz cables", ""},
		{"compare cz and cables", ""},
		{"who mentions HR and privacy", ""},
		{"HR and privacy", ""},
		{"is PE in favour of a treaty", ""},
		// Words, acronyms and other names keep their reading.
		{"IT and OT security", ""},
		{"AI on the battlefield", ""},
		{"UA on capacity building", "region:African Union"},
		{"hungarian FM on attribution", "Hungary/demonym"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := summary(g.Scan(Tokenize(tt.q), true, nil)); got != tt.want {
				t.Errorf("Scan(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
