package corpus

import (
	"fmt"
	"testing"

	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/spanish"
)

// TestMemoStem holds the memoised Spanish and French stemmers to the
// stemmers themselves, asked twice (the second answer from the memo) and
// past the memo's bound, so that it is cleared and refilled.
func TestMemoStem(t *testing.T) {
	for name, stem := range map[string]func(string) string{
		"es": func(w string) string { return spanish.Stem(w, true) },
		"fr": func(w string) string { return french.Stem(w, true) },
	} {
		memo := memoStem(stem)
		words := []string{"ciberdelincuencia", "soberania", "diligencia", "debida", "souverainete", "cybercriminalite", "atribucion", "", "a"}
		for i := 0; i < foreignStemMax+10; i += 997 {
			words = append(words, fmt.Sprintf("palabras%dciones", i))
		}
		for round := 0; round < 2; round++ {
			for _, w := range words {
				if got, want := memo(w), stem(w); got != want {
					t.Fatalf("%s: memo(%q) = %q, the stemmer gives %q", name, w, got, want)
				}
			}
		}
		for i := 0; i < foreignStemMax+10; i++ { // past the bound: cleared, still right
			w := fmt.Sprintf("mot%dement", i)
			if i%5000 == 0 && memo(w) != stem(w) {
				t.Fatalf("%s: memo(%q) wrong after %d words", name, w, i)
			}
			memo(w)
		}
		if got, want := memo("soberania"), stem("soberania"); got != want {
			t.Fatalf("%s: memo after clearing = %q, want %q", name, got, want)
		}
	}
}
