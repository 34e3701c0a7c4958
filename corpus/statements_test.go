package corpus

import "testing"

// statements is every statement of c, in corpus order.
func statements(c *Corpus) []Statement {
	out := make([]Statement, 0, c.Len())
	for _, s := range c.Statements() {
		out = append(out, s)
	}
	return out
}

// TestStatementAccessors checks that Len, Statement and Statements agree,
// that IDs are positions, and that stopping the iteration early stops it.
func TestStatementAccessors(t *testing.T) {
	c := seedCorpus(t)
	n := 0
	for i, s := range c.Statements() {
		if i != n || s.ID != i {
			t.Fatalf("statement %d has ID %d, yielded as %d", n, s.ID, i)
		}
		if got := c.Statement(i); got.Text != s.Text || got.Key != s.Key || got.Country != s.Country {
			t.Fatalf("Statement(%d) = %+v, iteration gave %+v", i, got, s)
		}
		n++
	}
	if n != c.Len() || n == 0 {
		t.Fatalf("iterated %d statements, Len %d", n, c.Len())
	}
	seen := 0
	for range c.Statements() {
		if seen++; seen == 2 {
			break
		}
	}
	if seen != 2 {
		t.Fatalf("early stop: %d", seen)
	}
}

// TestFromStatements checks a corpus built from statements made by hand:
// IDs are positions, themes come from the text and holders are indexed.
func TestFromStatements(t *testing.T) {
	c := FromStatements([]Statement{
		{ID: 7, Country: "Peru", Text: "Peru supports capacity building for cybercrime investigations.", Key: "k1", Sources: []string{"a"}},
		{Country: "Chile", Text: "Chile calls for a binding treaty.", Key: "k2", Mentions: []string{"Peru"}},
	})
	if c.Len() != 2 || c.Version == "" {
		t.Fatalf("Len %d, version %q", c.Len(), c.Version)
	}
	if s := c.Statement(0); s.ID != 0 || s.Key != "k1" || len(s.Sources) != 1 || s.Sources[0] != "a" || len(s.Themes) == 0 {
		t.Errorf("statement 0 = %+v", s)
	}
	if ids := c.StatementsOf("Chile"); len(ids) != 1 || ids[0] != 1 {
		t.Errorf("Chile's statements %v", ids)
	}
	if ids := c.MentionedIn("Peru"); len(ids) != 1 || ids[0] != 1 {
		t.Errorf("statements naming Peru %v", ids)
	}
	if FromStatements(nil).Len() != 0 {
		t.Error("an empty corpus has statements")
	}
}
