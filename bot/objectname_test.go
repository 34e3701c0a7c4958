package bot

import (
	"strings"
	"testing"
)

// A country named after "by" takes its article in English ("no statement
// by European Union" read as a machine's); Spanish and French messages
// name it first, as a label, and are unchanged.
func TestNoStatementByNamesTakeTheirArticle(t *testing.T) {
	b := seedBot(t)
	for _, tt := range []struct{ q, want string }{
		{"does the EU mention ransomware", "The corpus has no statement by the European Union on ransomware."},
		{"what does the netherlands say", "The corpus has no statement by the Netherlands."},
		{"what do the philippines say on norms", "The corpus has no statement by the Philippines."},
		{"what does brazil say", "The corpus has no statement by Brazil."},
		{"¿qué dice la UE sobre el ransomware?", "Unión Europea: ninguna declaración en el corpus"},
	} {
		if r := b.Ask(tt.q, 0); !strings.Contains(r.Message, tt.want) {
			t.Errorf("Ask(%q): message %q, want it to contain %q", tt.q, r.Message, tt.want)
		}
	}
}
