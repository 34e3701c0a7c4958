package corpus

import (
	"slices"
	"testing"
)

// TestSynonymStems: a theme's question synonyms, as the stance fallback
// reads them: each one's stems, never one that shares a word with the
// theme's own phrases (whose rest alone would be too loose a sign).
func TestSynonymStems(t *testing.T) {
	l := DefaultLexicon()
	has := func(theme string, stems ...string) bool {
		return slices.ContainsFunc(l.SynonymStems(l.Index(theme)), func(st []string) bool { return slices.Equal(st, stems) })
	}
	if !has("critical infrastructure", Stems("energy grid")...) || !has("critical infrastructure", Stems("financial sector")...) {
		t.Errorf("critical infrastructure lacks energy grid or financial sector: %v", l.SynonymStems(l.Index("critical infrastructure")))
	}
	if !has("attribution", Stems("accusation")...) {
		t.Errorf("attribution lacks accusation: %v", l.SynonymStems(l.Index("attribution")))
	}
	for _, st := range l.SynonymStems(l.Index("critical infrastructure")) {
		if slices.Contains(st, Stem("infrastructure")) || slices.Equal(st, []string{Stem("protection")}) {
			t.Errorf("critical infrastructure synonym %v shares the theme's own word", st)
		}
	}
	if l.SynonymStems(-1) != nil || l.SynonymStems(len(l.Themes)+5) != nil {
		t.Error("a theme out of range has synonyms")
	}
}
