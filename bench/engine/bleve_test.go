package engine

import (
	"testing"

	"github.com/stancebot/stancebot/bench/gen"
)

func genDocs(t testing.TB, n int) (*gen.Corpus, []Doc) {
	t.Helper()
	_, c, err := gen.GenerateFS(gen.Config{Statements: n, Dup: 1, Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]Doc, len(c.Statements))
	for i, s := range c.Statements {
		docs[i] = Doc{Country: s.Country, Text: s.Text}
	}
	return c, docs
}

func TestBleveAnswers(t *testing.T) {
	c, docs := genDocs(t, 400)
	for _, store := range []BleveStore{MemOnly, ScorchMem} {
		b, err := NewBleve(docs, store)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(b.Name(), func(t *testing.T) { checkAnswers(t, c, b) })
		b.Close()
	}
}

func checkAnswers(t *testing.T, c *gen.Corpus, b Engine) {
	for _, q := range c.Questions(40, 3) {
		if err := b.Ask(&q, 3); err != nil {
			t.Fatal(err)
		}
		hits := b.Hits()
		switch q.Kind {
		case gen.KindStance:
			want := c.Statements[q.Want]
			if len(hits) == 0 || !want.Holds(hits[0].Country, hits[0].Text) {
				t.Errorf("%q: first hit %v, want %q", q.Text, hits, want.Text)
			}
			for _, h := range hits {
				if h.Country != q.Countries[0] {
					t.Errorf("%q: hit from %s passed the country filter", q.Text, h.Country)
				}
			}
		case gen.KindCompare:
			for _, h := range hits {
				if h.Country != q.Countries[0] && h.Country != q.Countries[1] {
					t.Errorf("%q: hit from %s passed the country filter", q.Text, h.Country)
				}
			}
			if len(hits) > 6 {
				t.Errorf("%q: %d hits, want at most 6", q.Text, len(hits))
			}
		case gen.KindTheme:
			if len(hits) == 0 {
				t.Errorf("%q: no hits", q.Text)
			}
		}
	}
}
