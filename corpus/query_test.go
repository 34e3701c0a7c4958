package corpus

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stancebot/stancebot/seeds"
)

func seedCorpus(t testing.TB) *Corpus {
	t.Helper()
	c, err := Load(context.Background(), seeds.FS, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func terms(stems ...string) []QueryTerm {
	var out []QueryTerm
	for _, s := range stems {
		out = append(out, QueryTerm{Stem: s})
	}
	return out
}

func TestSearch(t *testing.T) {
	c := seedCorpus(t)
	attribution := c.Lexicon.Index("attribution")
	tests := []struct {
		name      string
		q         Query
		country   string // every hit's holder, when set
		wantMatch string // first hit's match kind; "" for no hits
	}{
		{"theme of one country", Query{Countries: []string{"Peru"}, Themes: []int{attribution}, Terms: terms("attribut")}, "Peru", MatchTopic},
		{"own words only", Query{Countries: []string{"Peru"}, Terms: terms("privaci")}, "Peru", MatchClosest},
		{"nothing close", Query{Countries: []string{"Peru"}, Terms: terms("insur")}, "Peru", ""},
		{"per country", Query{Themes: []int{attribution}, PerCountry: true}, "", MatchTopic},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Search(tt.q)
			if tt.wantMatch == "" {
				if len(res.Hits) != 0 {
					t.Fatalf("%d hits, want none", len(res.Hits))
				}
				return
			}
			if len(res.Hits) == 0 {
				t.Fatal("no hits")
			}
			if res.Hits[0].Match != tt.wantMatch {
				t.Errorf("match %q, want %q", res.Hits[0].Match, tt.wantMatch)
			}
			for _, h := range res.Hits {
				if tt.country != "" && c.Statement(h.Stmt).Country != tt.country {
					t.Errorf("hit by %s", c.Statement(h.Stmt).Country)
				}
				if h.Score != h.BM25+h.ThemeBonus {
					t.Errorf("score %v != bm25 %v + bonus %v", h.Score, h.BM25, h.ThemeBonus)
				}
			}
		})
	}
}

// TestSearchNoTermLimit: a question's own word past the 64th term still
// counts (the old 64-bit mask dropped it, and the statement was no answer).
func TestSearchNoTermLimit(t *testing.T) {
	c := seedCorpus(t)
	var ts []QueryTerm
	for i := 0; i < 80; i++ {
		ts = append(ts, QueryTerm{Stem: fmt.Sprintf("zzz%d", i), InTheme: true})
	}
	ts = append(ts, QueryTerm{Stem: "privaci"})
	res := c.Search(Query{Countries: []string{"Peru"}, Terms: ts, Breakdown: true})
	if len(res.Hits) == 0 {
		t.Fatal("no hit for the 81st word")
	}
	if len(res.Hits[0].Matched) != 1 || res.Hits[0].Matched[0] != "privaci" {
		t.Errorf("matched %v", res.Hits[0].Matched)
	}
	// Own words the corpus holds but Peru does not, and one Peru holds:
	// not half, so no answer.
	peru := map[string]bool{}
	for _, id := range c.StatementsOf("Peru") {
		for _, st := range Stems(c.Statement(id).Text) {
			peru[st] = true
		}
	}
	own := []QueryTerm{{Stem: "privaci"}}
	for i := range c.Len() {
		for _, st := range Stems(c.Statement(i).Text) {
			if len(own) < 81 && !peru[st] && !genericStems[st] && !slices.ContainsFunc(own, func(q QueryTerm) bool { return q.Stem == st }) {
				own = append(own, QueryTerm{Stem: st})
			}
		}
	}
	if len(own) < 65 {
		t.Fatalf("only %d words", len(own))
	}
	if res := c.Search(Query{Countries: []string{"Peru"}, Terms: own}); len(res.Hits) != 0 {
		t.Fatalf("%d hits for 1 of %d words", len(res.Hits), len(own))
	}
	// Words no statement holds do not count against a statement.
	if res := c.Search(Query{Countries: []string{"Peru"}, Terms: append(terms("privaci"), ts[:80]...)}); len(res.Hits) == 0 {
		t.Fatal("words absent from the corpus counted against the statement")
	}
	// Only absent words: nothing is close.
	if res := c.Search(Query{Countries: []string{"Peru"}, Terms: terms("zzzinsurance")}); len(res.Hits) != 0 {
		t.Fatalf("%d hits for a word no statement holds", len(res.Hits))
	}
}

func TestSearchOffset(t *testing.T) {
	c := seedCorpus(t)
	q := Query{Countries: []string{"Peru"}, Terms: terms("cyberspac")}
	all := c.Search(q).Hits
	q.Offset, q.Limit = 1, 1
	page := c.Search(q)
	if len(all) < 2 || len(page.Hits) != 1 || page.Hits[0].Stmt != all[1].Stmt || page.Total != len(all) {
		t.Fatalf("page %+v of %d", page, len(all))
	}
}

// TestSearchLiteralSynonym: a theme read from a synonym ("surveillance" for
// human rights) never tags statements, so a statement holding the asked
// word literally must answer, and rank above one tagged only through
// another of the theme's phrases.
func TestSearchLiteralSynonym(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte(
		"Mongolia has argued that the digital divide is the main obstacle to development in the region.\n" +
			"Mongolia has also denounced mass surveillance by foreign intelligence agencies.\n" +
			"Mongolia has called for more training of judges.\n")}}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	hr := c.Lexicon.Index("human rights")
	if slices.Contains(c.Lexicon.ThemeStems(hr), Stem("surveillance")) {
		t.Fatal("surveillance is a lexicon phrase now: this test needs a word only the synonyms hold")
	}
	res := c.Search(Query{Countries: []string{"Mongolia"}, Themes: []int{hr}, Terms: []QueryTerm{{Stem: Stem("surveillance"), InTheme: true}}})
	if len(res.Hits) != 2 {
		t.Fatalf("%d hits, want the tagged statement and the one saying surveillance", len(res.Hits))
	}
	if got := c.Statement(res.Hits[0].Stmt).Text; !strings.Contains(got, "surveillance") {
		t.Errorf("first hit %q, want the statement that says surveillance", got)
	}
	for _, h := range res.Hits {
		if h.Match != MatchTopic {
			t.Errorf("hit %d: match %q, want topic", h.Stmt, h.Match)
		}
	}
}
