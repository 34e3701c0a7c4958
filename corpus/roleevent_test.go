package corpus

import "testing"

// TestDemonymAsLanguage: an English demonym after "in" or "into" is a
// language ("capacity building in Portuguese"), a word of the topic, no
// country asked; before
// an actor noun it still names one.
func TestDemonymAsLanguage(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ q, want string }{
		{"anyone talking about capacity building in portuguese", "topic:Portugal"},
		{"statements translated into french", "topic:France"},
		{"who talks about ransomware in Russian", "topic:Russia"},
		{"in chinese officials' view, is ransomware a crime", "China/demonym"},
		{"portuguese view on cables", "Portugal/demonym"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := summary(g.Scan(Tokenize(tt.q), true, nil)); got != tt.want {
				t.Errorf("Scan(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestCapitalNamingAMeeting: a meeting named for the city that hosts it
// ("the Zagreb workshop", "the Vilnius conference") is no government
// asked, only a word of the topic; the city acting ("zagreb on ransomware", "what did zagreb say")
// still is.
func TestCapitalNamingAMeeting(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ q, want string }{
		{"re the zagreb workshop what did bulgaria say on supply chains", "Bulgaria/name topic:Croatia"},
		{"at the Vilnius conference, what did Croatia say", "Croatia/name topic:Lithuania"},
		{"zagreb on ransomware", "Croatia/capital"},
		{"what did zagreb say", "Croatia/capital"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := summary(g.Scan(Tokenize(tt.q), true, nil)); got != tt.want {
				t.Errorf("Scan(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestDemonymOwnAccount: a demonym before what only its country can tell
// ("experience", "concerns", "priorities") names the country asked.
func TestDemonymOwnAccount(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ q, want string }{
		{"the croatian experience with ransomware", "Croatia/demonym"},
		{"kuwaiti concerns about hospitals", "Kuwait/demonym"},
		{"the Chinese proposal on data security", "topic:China"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := summary(g.Scan(Tokenize(tt.q), true, nil)); got != tt.want {
				t.Errorf("Scan(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
