package corpus

import (
	"context"
	"testing"

	"github.com/stancebot/stancebot/seeds"
)

func BenchmarkLoadSeeds(b *testing.B) {
	g, lex := DefaultGazetteer(), DefaultLexicon()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(context.Background(), seeds.FS, Options{Gazetteer: g, Lexicon: lex}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenizeStem(b *testing.B) {
	text := "Peru has noted the difficulty of attribution in cyberspace. Coinciding with other American states, Peru has focused on the state's duty to ensure that its territory is not used by non-state actors to launch attacks."
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = Stems(text)
	}
}

func BenchmarkCountryDetection(b *testing.B) {
	g := DefaultGazetteer()
	toks := Tokenize("compare the ROK, Peru and the United States of America with Salvadoran and Inda views")
	b.ReportAllocs()
	for b.Loop() {
		_ = g.Find(toks, true, nil)
	}
}

func BenchmarkScoreCountry(b *testing.B) {
	c, err := Load(context.Background(), seeds.FS, Options{})
	if err != nil {
		b.Fatal(err)
	}
	terms := []Term{{Stem: "attribut", Weight: 1}, {Stem: "technic", Weight: 0.3}, {Stem: "public", Weight: 0.3}}
	b.ReportAllocs()
	for b.Loop() {
		s := c.NewScorer(terms)
		s.Country("Peru", func(int, float64, int) {})
		s.Release()
	}
}

// BenchmarkSearchStance ranks one country's statements for a stance
// question through the query API (terms, theme expansion, relevance).
func BenchmarkSearchStance(b *testing.B) {
	c, err := Load(context.Background(), seeds.FS, Options{})
	if err != nil {
		b.Fatal(err)
	}
	q := Query{Countries: []string{"Peru"}, Themes: []int{c.Lexicon.Index("attribution")}, Terms: []QueryTerm{{Stem: "attribut", InTheme: true}}, Limit: 3}
	b.ReportAllocs()
	for b.Loop() {
		_ = c.Search(q)
	}
}

// BenchmarkStatement reads statements as an answer does (see stmtStore).
func BenchmarkStatement(b *testing.B) {
	c, err := Load(context.Background(), seeds.FS, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n, i := 0, 0
	for b.Loop() {
		s := c.Statement(i % c.Len())
		n += len(s.Text) + len(s.Sources) + len(s.Country)
		i++
	}
	_ = n
}
