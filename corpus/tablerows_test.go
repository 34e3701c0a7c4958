package corpus

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestTableCountryColumnsAndPipes: a table whose country is in a later
// column, and a table exported with " | " and no Markdown rule, give one
// statement per row held by that row's country; a row naming none is
// nobody's, never the row before's; prose with a bar in it stays prose.
func TestTableCountryColumnsAndPipes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string // statement prefix -> holder ("" for none)
	}{
		{"country column", "| Speaker | Delegation | Message |\n|---|---|---|\n| Ms. Ana Ruiz | Uruguay | Funding matters. |\n| Mr. Lee | Google | Industry helps. |\n| Mr. Sato | Japan | Norms apply. |\n",
			map[string]string{"Delegation: Uruguay": "Uruguay", "Delegation: Google": "", "Delegation: Japan": "Japan"}},
		{"país column", "| Orador | País | Mensaje |\n|---|---|---|\n| Sra. Ríos | Paraguay | Apoya un fondo voluntario. |\n",
			map[string]string{"País: Paraguay": "Paraguay"}},
		{"pipes", "Member State | Date | Summary of views\nMalawi | 3 May 2026 | Supports a permanent mechanism.\nZambia | 9 May 2026 | Stresses capacity-building for CERTs.\n\nSource: the database.\n",
			map[string]string{"Malawi — Date: 3 May 2026": "Malawi", "Zambia — Date: 9 May 2026": "Zambia", "Member State": ""}},
		{"prose with a bar", "Ghana supports the either | or approach of the draft in\nits present form and said so in the debate.\n",
			map[string]string{"Ghana supports the either | or approach": "Ghana"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Load(context.Background(), fstest.MapFS{"t.txt": {Data: []byte(tc.text)}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, s := range c.Statements() {
				got[s.Text] = s.Country
			}
			for prefix, want := range tc.want {
				found := false
				for text, holder := range got {
					if strings.HasPrefix(text, prefix) {
						found = true
						if holder != want {
							t.Errorf("%q held by %q, want %q", text, holder, want)
						}
					}
				}
				if !found && want != "" {
					t.Errorf("no statement opens %q; have %v", prefix, got)
				}
			}
		})
	}
}
