package bot

import "testing"

// TestJustTheSources: "just the sources", "solo las fuentes", "juste les
// liens", "et le lien ?" after a reply list its sources, as "sources?"
// does; with a country or topic of their own they ask something else.
func TestJustTheSources(t *testing.T) {
	b := dirBot(t, "../testdata/support")
	rec := askedRecord(b, "what does mongolia say on a binding treaty")
	for _, tt := range []struct{ in, kind string }{
		{"just the sources", "sources"},
		{"ok, only the links", "sources"},
		{"solo las fuentes", "sources"},
		{"¿las fuentes?", "sources"},
		{"juste les sources", "sources"},
		{"et le lien ?", "sources"},
		// Neighbours: not the sources.
		{"just the sources of iceland's statement on ransomware", "-"},
		{"only the un statements", "-"},
		{"and the uk?", "-"},
	} {
		_, kind := continueQuestion(b.Corpus(), rec, Question{Text: tt.in})
		if tt.kind == "-" && kind == "sources" || tt.kind != "-" && kind != tt.kind {
			t.Errorf("%q: kind %q, want %q", tt.in, kind, tt.kind)
		}
	}
}
