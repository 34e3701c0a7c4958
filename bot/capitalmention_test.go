package bot

import "testing"

// TestCapitalAsMention: what a country says about another finds its
// statement naming only the other's capital ("a decision that Moscow
// dislikes"). Mirrors: a country with no such statement still has none,
// and a question with a topic is not widened to the capital.
func TestCapitalAsMention(t *testing.T) {
	b := asked7Bot(t)
	for _, tc := range []struct {
		q    string
		want int // answers
	}{
		{"what does lithuania say about russia", 1},
		{"lithuania on the kremlin", 1},
		// mirrors
		{"what does nepal say about russia", 0},
		{"what does lithuania say about russia on satellites", 0},
	} {
		r := b.Ask(tc.q, 0)
		n := 0
		for _, a := range r.Answers {
			if a.Country != "Lithuania" && tc.want > 0 {
				t.Errorf("%q: answer by %s", tc.q, a.Country)
			}
			n++
		}
		if (n > 0) != (tc.want > 0) {
			t.Errorf("%q: %d answers, want %d (%s)", tc.q, n, tc.want, r.Message)
		}
	}
}
