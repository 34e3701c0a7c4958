package corpus

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLiteralOutranksForm: a question that says an acronym concept
// ("CERT", "disinformation") ranks a statement using that word above a
// shorter one that holds only one of its forms (data/acronyms.txt); a
// question that says the form itself discounts neither; and the English
// reading of a French statement, where the translator spells the
// statement's own acronym out, counts in full.
func TestLiteralOutranksForm(t *testing.T) {
	fsys := fstest.MapFS{
		"peru.txt": {Data: []byte("Peru has argued that influence operations by foreign states breach non-intervention.\n\n" +
			"Peru has also warned that disinformation spread on social media during its elections undermines public trust in institutions and in the media.\n")},
		"chile.txt": {Data: []byte("Chile funds its national computer emergency response team.\n\n" +
			"Chile has told the working group that its national CERT now shares indicators of compromise with every ministry and with the private sector.\n")},
		"mali.txt": {Data: []byte("Le Mali a annoncé la création d'un CERT national.\n")},
	}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	terms := func(words ...string) []QueryTerm {
		var content []string
		for _, w := range words {
			content = append(content, Stem(w))
		}
		qt := make([]QueryTerm, len(content))
		for i, s := range content {
			qt[i] = QueryTerm{Stem: s}
		}
		_, _, qt = AcronymTerms(content, words, qt)
		return qt
	}
	first := func(country string, qt []QueryTerm) (string, float64) {
		hits := c.Search(Query{Countries: []string{country}, Terms: qt}).Hits
		if len(hits) == 0 {
			return "", 0
		}
		return c.Statement(hits[0].Stmt).Text, hits[0].Score
	}
	for _, tt := range []struct {
		country string
		words   []string
		want    string // in the first answer's text
	}{
		{"Peru", []string{"disinformation"}, "disinformation spread"},
		{"Chile", []string{"cert"}, "national CERT now"},
		// Asked by a form: the shorter statement wins on length, as before.
		{"Peru", []string{"influence", "operations"}, "influence operations"},
		{"Chile", []string{"computer", "emergency", "response", "team"}, "computer emergency"},
	} {
		got, _ := first(tt.country, terms(tt.words...))
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s on %q: first %q, want one with %q", tt.country, strings.Join(tt.words, " "), got, tt.want)
		}
	}
	// Mali's "CERT" reads "computer emergency response team" in English:
	// it is the statement's own word and scores as one.
	_, lit := first("Mali", terms("cert"))
	_, form := first("Mali", terms("computer", "emergency", "response", "team"))
	if lit == 0 || lit < form {
		t.Errorf("Mali's translated CERT scores %v asked as CERT, %v asked by its form", lit, form)
	}
}
