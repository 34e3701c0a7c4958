package corpus

import (
	"context"
	"testing"
	"testing/fstest"
)

// TestCorrectRareWords: in a small corpus, a typo of a word only one
// statement holds is corrected to it; a word naming a country (a demonym
// in a statement) is never a correction's target, so its typo stays the
// gazetteer's to read.
func TestCorrectRareWords(t *testing.T) {
	fsys := fstest.MapFS{"p.txt": {Data: []byte("Indonesia believes decisions should be taken by consensus.\n\nMozambique has worked with Portuguese-speaking partners on ransomware.\n")}}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		typo, want string
		ok         bool
	}{
		{"consensuus", "consensus", true},
		{"rnsomware", "ransomware", true},
		{"portugese", "", false},
	}
	for _, tt := range tests {
		if got, ok := c.Correct(tt.typo); got != tt.want || ok != tt.ok {
			t.Errorf("Correct(%q) = %q, %v; want %q, %v", tt.typo, got, ok, tt.want, tt.ok)
		}
	}
}
