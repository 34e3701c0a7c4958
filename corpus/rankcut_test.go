package corpus

import (
	"math/rand/v2"
	"testing"
)

// TestOutranksMatchesBetter: rank's check before building a hit answers
// as better does on the hit it would build, ties broken by statement.
func TestOutranksMatchesBetter(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	scores := []float64{0, 0.5, 1, 1.0000000001, 2, 3.25}
	for range 20000 {
		a := ScoredHit{Stmt: rng.IntN(5), Score: scores[rng.IntN(len(scores))]}
		b := ScoredHit{Stmt: rng.IntN(5), Score: scores[rng.IntN(len(scores))], ThemeBonus: 1, Match: MatchTopic}
		if got, want := outranks(a.Score, a.Stmt, &b), better(a, b); got != want {
			t.Fatalf("outranks(%v, %d, %+v) = %v, better says %v", a.Score, a.Stmt, b, got, want)
		}
	}
}

// TestRankCutKeepsTopK: with a limit, the hits and the total are those of
// the unlimited ranking cut to the limit, for every country and offset.
func TestRankCutKeepsTopK(t *testing.T) {
	c := loadSeeds(t)
	ranked := 0
	defer func() {
		if ranked == 0 {
			t.Error("no query ranked more than one hit: the test checks nothing")
		}
	}()
	for _, q := range []Query{
		{Terms: []QueryTerm{{Stem: Stem("attribution")}, {Stem: Stem("norms")}}},
		{Themes: []int{0}, Terms: []QueryTerm{{Stem: Stem("sovereignty")}}},
		{Themes: []int{1, 2}},
	} {
		countries := []string{""}
		for _, cc := range c.Countries() {
			countries = append(countries, cc.Country)
		}
		for _, country := range countries {
			q.Countries = nil
			if country != "" {
				q.Countries = []string{country}
			}
			q.Limit, q.Offset = 0, 0
			all := c.Search(q)
			if len(all.Hits) > 1 {
				ranked++
			}
			for _, limit := range []int{1, 2, 3, 5} {
				for _, offset := range []int{0, 1, 4} {
					q.Limit, q.Offset = limit, offset
					got := c.Search(q)
					if got.Total != all.Total {
						t.Fatalf("%v: total %d, unlimited %d", q, got.Total, all.Total)
					}
					want := all.Hits[min(offset, len(all.Hits)):]
					want = want[:min(limit, len(want))]
					if len(got.Hits) != len(want) {
						t.Fatalf("%v: %d hits, want %d", q, len(got.Hits), len(want))
					}
					for i := range want {
						if got.Hits[i].Stmt != want[i].Stmt || got.Hits[i].Score != want[i].Score {
							t.Fatalf("%v: hit %d = %+v, want %+v", q, i, got.Hits[i], want[i])
						}
					}
				}
			}
		}
	}
}
