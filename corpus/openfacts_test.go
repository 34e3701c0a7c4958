package corpus

import (
	"testing"
	"unsafe"
)

// TestOpenFactsOf: the analysis reads a paragraph's opening voices once
// (openFactsOf), as twoPartiesOpening and outsideVoice read the text, and
// they fit the analysis's spare byte (paraInfo stays 96 bytes).
func TestOpenFactsOf(t *testing.T) {
	tests := []struct {
		p    string
		want openFacts
	}{
		{"The two sides agreed to hold regular consultations on ICT security.", oTwoParties},
		{"Ambas Partes acordaron intercambiar información sobre incidentes.", oTwoParties},
		{"Les deux ministres ont convenu de renforcer la coopération.", oTwoParties},
		{"We asked the ministry whether the strategy would be published.", oJournalist},
		{"Comme nous l'avons rapporté, le projet de loi a été retiré.", oJournalist},
		{"In our view, this approach underestimates the risks of escalation.", oAuthorsView},
		{"À notre avis, ce modèle ne peut pas être exporté.", oAuthorsView},
		{"Our take: the amendments are the most ambitious in the region.", oJournalist},
		{"Why it matters: the region has no shared incident reporting.", oJournalist},
		{"The bottom line: the cable needs a twin.", oJournalist},
		// mirrors
		{"The two-day workshop ended on Friday.", 0},
		{"We believe", 0},
		{"Botswana welcomed delegations from across the region.", 0},
		{"In the view of Kenya, capacity building comes first.", 0},
		{"The two-year programme matters: it trains 300 responders.", 0},
		{"Our delegation takes the view that the Charter applies.", 0},
	}
	for _, tt := range tests {
		if got := openFactsOf(tt.p, phraseCues(tt.p)); got != tt.want {
			t.Errorf("openFactsOf(%q) = %b, want %b", tt.p, got, tt.want)
		}
	}
	if got := unsafe.Sizeof(paraInfo{}); got > 96 {
		t.Errorf("paraInfo is %d bytes with opens, want at most 96", got)
	}
}

// TestHasLineStart: only a line's start counts.
func TestHasLineStart(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"+--+\n| a |", true},
		{"intro\n+---+---+\n", true},
		{"a+-b\nc +-", false},
		{"x+-\n+-", true},
		{"", false},
		{"+", false},
	} {
		if got := hasLineStart([]byte(tt.text), "+-"); got != tt.want {
			t.Errorf("hasLineStart(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestNewsletterTakeIsNobodys: a digest's editorial label ("Our take:",
// "Why it matters:") after a country's item is the newsletter's voice, not
// the country's; the country's own "Our delegation" stays its own.
func TestNewsletterTakeIsNobodys(t *testing.T) {
	const item = "Uruguay announced it will join the Counter Ransomware Initiative.\n\n"
	checkHeld(t, item+"Our take: the Ghanaian amendments are the most ambitious in the region.\n", []held{{"Uruguay", "Uruguay announced"}})
	checkHeld(t, item+"Why it matters: few countries in the region have joined so far.\n", []held{{"Uruguay", "Uruguay announced"}})
	// mirror: a country's own statement
	checkHeld(t, "Uruguay believes that ransomware must be fought together.\n\nOur delegation therefore supports the initiative.\n",
		[]held{{"Uruguay", "Uruguay believes"}, {"Uruguay", "Our delegation"}})
}
