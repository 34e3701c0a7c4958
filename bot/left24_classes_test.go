package bot

import (
	"testing"
)

// TestFirstStatementOldest: "first" before a statement's noun orders the
// answers oldest first, in each language, and is no topic; "first" before
// another word (a committee, a count, a verb) stays.
func TestFirstStatementOldest(t *testing.T) {
	for _, tt := range []struct {
		code, q, rest string
		oldest        bool
	}{
		{"en", "first statement by kenya", "by kenya", true},
		{"en", "kenya's first statement", "kenya's", true},
		{"en", "what were ghana's first remarks on ransomware", "what were ghana's on ransomware", true},
		{"en", "the very first public statement from fiji", "from fiji", true},
		{"es", "el primer comunicado de kenia", "de kenia", true},
		{"es", "las primeras declaraciones de chile sobre ransomware", "de chile sobre ransomware", true},
		{"fr", "la première déclaration du sénégal", "du sénégal", true},
		{"fr", "les premiers communiqués du maroc", "du maroc", true},
		// mirrors: a venue, a count, a verb
		{"en", "what did kenya say at the first committee", "what did kenya say at the first committee", false},
		{"en", "first 3 statements by kenya", "first 3 statements by kenya", false},
		{"en", "who first mentioned ransomware", "who first mentioned ransomware", false},
		{"es", "la primera comisión y chile", "la primera comisión y chile", false},
		{"fr", "le sénégal à la première commission", "le sénégal à la première commission", false},
	} {
		var rest string
		var d dateAsk
		if tt.code == "en" {
			rest, d = cutDates(tt.q)
		} else {
			rest, d = cutDatesESFR(tt.code, tt.q)
		}
		if rest != tt.rest || d.oldest != tt.oldest {
			t.Errorf("%s %q: %q oldest %v, want %q oldest %v", tt.code, tt.q, rest, d.oldest, tt.rest, tt.oldest)
		}
	}
}

// TestCountsStatements: a count of statements is read in each language,
// with a word or two between ("how many public statements"); a count of
// countries, a count of answers and a question without a count are not.
func TestCountsStatements(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how many statements on ransomware", true},
		{"How many public statements mention cables?", true},
		{"cuántas declaraciones hay sobre ransomware", true},
		{"cuantas declaraciones sobre cables submarinos", true},
		{"combien de déclarations sur les rançongiciels", true},
		{"combien d'interventions sur la cybercriminalité", true},
		// mirrors
		{"how many countries talk about ransomware", false},
		{"cuántos países hablan de ransomware", false},
		{"combien de pays parlent des rançongiciels", false},
		{"give me 3 statements on ransomware", false},
		{"statements on ransomware", false},
	} {
		if got := countsStatements(tt.q); got != tt.want {
			t.Errorf("countsStatements(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
