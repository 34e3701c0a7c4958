package lang

import "testing"

// TestFoldFastPath holds Fold's rune-by-rune path to the normalisation
// pipeline (foldSlow): every rune of its table alone, after and before
// ASCII letters and each other (so that no pair composes differently),
// real Spanish and French words, and text the table does not cover
// (which must take the pipeline).
func TestFoldFastPath(t *testing.T) {
	if len(foldTable) < 300 {
		t.Fatalf("only %d runes in the table: the fast path is hardly used", len(foldTable))
	}
	var runes []rune
	for r := range foldTable {
		runes = append(runes, r)
	}
	check := func(s string) {
		t.Helper()
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Errorf("Fold(%q) = %q, the pipeline gives %q", s, got, want)
		}
	}
	for _, a := range runes {
		check(string(a))
		check("a" + string(a) + "Z")
		for _, b := range runes {
			check(string(a) + string(b))
		}
	}
	for _, s := range []string{
		"¿Qué dice Perú sobre la diligencia debida?", "Quelle est la position de l'Inde sur la souveraineté ?",
		"CIBERDELINCUENCIA", "Œuvre", "cœur", "l’Estonie", "Corée du Sud", "Côte d’Ivoire", "São Tomé", "Curaçao",
		"Ñandú", "İstanbul", "straße", "Øresund", "Łódź", "e\u0301", "a\u0308b", "日本", "Ελλάδα", "\xff\xfe", "",
	} {
		check(s)
	}
}

// FuzzFoldFastPath holds Fold to the normalisation pipeline on any text.
func FuzzFoldFastPath(f *testing.F) {
	for _, s := range []string{"Perú", "souveraineté", "l’Inde", "e\u0301", "Øre", "\xff", "ǅ", "Ǆ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Errorf("Fold(%q) = %q, the pipeline gives %q", s, got, want)
		}
	})
}
