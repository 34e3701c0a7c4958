package bot

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExceptTheOnlySpeaker holds the reply to "who besides X …" when X is
// the only country that speaks on the topic: it names X as left out, not
// "no country speaks on it" (untrue), in English, Spanish and French, with
// the Spanish and French markers that translation turns into "apart from".
func TestExceptTheOnlySpeaker(t *testing.T) {
	dir := t.TempDir()
	page := "Statements\n\nTurkmenistan called for a legally binding treaty on information security.\n\nMonaco supported voluntary norms on supply chains.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	b := dirBot(t, dir)
	tests := []struct{ q, want string }{
		{"does anyone besides turkmenistan want a treaty", "besides Turkmenistan speaks"},
		{"who other than Turkmenistan supports a binding treaty?", "besides Turkmenistan speaks"},
		{"quién aparte de turkmenistán quiere un tratado", "aparte de Turkmenistán"},
		{"quién sin contar a turkmenistán quiere un tratado", "aparte de Turkmenistán"},
		{"qui à part le turkménistan veut un traité", "à part Turkménistan"},
		{"quels pays en dehors du Turkménistan veulent un traité", "à part Turkménistan"},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if len(r.Answers) != 0 || !strings.Contains(r.Message, tt.want) {
			t.Errorf("%q: %d answers, message %q; want none and %q", tt.q, len(r.Answers), r.Message, tt.want)
		}
	}
}
