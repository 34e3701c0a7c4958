package gen

import (
	"math/rand/v2"
	"strings"
)

// Question kinds measured by the benchmark.
const (
	KindStance  = "stance"  // one country on a topic
	KindTheme   = "theme"   // a theme across countries
	KindCompare = "compare" // two countries on a theme
)

// Question is one benchmark question in two forms: the plain-words Text
// stancebot reads, and the structured form (Countries, Topic) a search
// engine is queried with.
type Question struct {
	Kind      string
	Text      string   // natural-language question
	Countries []string // country filter: one for stance, two for compare, none for theme
	Topic     string   // words matched against statement text
	Want      int      // stance only: index in Corpus.Statements of the one right first answer; -1 otherwise
}

// Questions returns n questions of each kind, deterministic in seed.
// Stance questions ask about one generated statement by its country and
// its generated words (half of them with its theme too); theme questions
// ask who talks about a theme; compare questions pair two countries on one.
func (c *Corpus) Questions(n int, seed uint64) []Question {
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	qs := make([]Question, 0, 3*n)
	perm := rng.Perm(len(c.Statements))
	for i := range n {
		si := perm[i%len(perm)]
		s := c.Statements[si]
		var q Question
		if i%2 == 0 {
			q = Question{Text: "what does " + s.Country + " say on " + s.Words[0] + " " + s.Words[1] + "?",
				Topic: s.Words[0] + " " + s.Words[1]}
		} else {
			q = Question{Text: "what does " + s.Country + " say about " + s.Theme + " and " + s.Words[1] + "?",
				Topic: s.Theme + " " + s.Words[1]}
		}
		q.Kind, q.Countries, q.Want = KindStance, []string{s.Country}, si
		qs = append(qs, q)
	}
	tq := ThemeQueries()
	for i := range n {
		t := tq[i%len(tq)]
		qs = append(qs, Question{Kind: KindTheme, Text: "who talks about " + t + "?", Topic: t, Want: -1})
	}
	for range n {
		a := rng.IntN(len(c.Countries))
		b := (a + 1 + rng.IntN(len(c.Countries)-1)) % len(c.Countries)
		t := tq[rng.IntN(len(tq))]
		qs = append(qs, Question{Kind: KindCompare,
			Text:      "compare " + c.Countries[a] + " and " + c.Countries[b] + " on " + t,
			Countries: []string{c.Countries[a], c.Countries[b]}, Topic: t, Want: -1})
	}
	return qs
}

// Holds reports whether an answer (holder country, display text) is the
// statement s: the same holder, and text containing s's generated words.
// It accepts sentence-level answers as long as they carry the words.
func (s Statement) Holds(country, text string) bool {
	if country != s.Country {
		return false
	}
	for _, w := range s.Words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
