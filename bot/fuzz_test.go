package bot

import (
	"encoding/json"
	"testing"
)

// FuzzAsk feeds arbitrary questions to the parser and ranker: no panic,
// a known intent, a message, and JSON that encodes.
func FuzzAsk(f *testing.F) {
	for _, q := range []string{"what does Peru say on attribution?", "compare India and the EU on norms", "U.S.", "’s", "Peur", "explain", "", "\x00\xff", "the the the", "ROK ROK ROK vs vs"} {
		f.Add(q)
	}
	b := seedBot(f)
	intents := map[string]bool{IntentStance: true, IntentCountry: true, IntentTheme: true, IntentCompare: true, IntentList: true, IntentHelp: true, IntentNone: true, IntentRecent: true}
	f.Fuzz(func(t *testing.T, q string) {
		r := b.Ask(q, 0)
		if !intents[r.Intent] || r.Message == "" {
			t.Fatalf("Ask(%q) = intent %q, message %q", q, r.Intent, r.Message)
		}
		// A message of several questions answers each in its part.
		parts := r.Parts
		if len(parts) == 0 {
			parts = []Reply{r}
		}
		for _, p := range parts {
			for _, a := range p.Answers {
				if p.Intent == IntentStance && a.Country != p.Countries[0] {
					t.Fatalf("Ask(%q): stance answer by %s, asked %s", q, a.Country, p.Countries[0])
				}
			}
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatal(err)
		}
	})
}
