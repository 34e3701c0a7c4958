package corpus

import "testing"

// TestGroupStatementHeading: a grouping's statement, "joint" or not, is
// each member's, and a paragraph condemning another country stays the
// members'; a chair's statement or a statement about a grouping is not
// its members'.
func TestGroupStatementHeading(t *testing.T) {
	body := "\n\nWe condemn the Russian Federation's malicious cyber activities against Ukraine. Russia must cease these activities immediately.\n"
	g7 := []string{"Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States"}
	var want []held
	for _, c := range g7 {
		want = append(want, held{c, "We condemn"})
	}
	for _, h := range []string{"G7 Foreign Ministers' Statement on Cyber Security", "Statement by the G7 Foreign Ministers", "Declaración de los G7"} {
		t.Run(h, func(t *testing.T) { checkHeld(t, h+body, want) })
	}
	quad := []held{{"Australia", "We condemn"}, {"India", "We condemn"}, {"Japan", "We condemn"}, {"United States", "We condemn"}}
	t.Run("Quad", func(t *testing.T) { checkHeld(t, "Quad Leaders' Joint Statement"+body, quad) })
	g := DefaultGazetteer()
	for _, h := range []string{"Statement on the G7 summit", "Chairman's Statement of the 33rd ASEAN Regional Forum", "G7 cyber expert group meets"} {
		toks := Tokenize(h)
		if got := g.groupStatement(toks); got != nil {
			t.Errorf("groupStatement(%q) = %v", h, got)
		}
	}
}
