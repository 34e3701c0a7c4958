package bot

import (
	"testing"
	"testing/fstest"

	"github.com/stancebot/stancebot/corpus"
)

func TestCitationText(t *testing.T) {
	for _, tc := range []struct {
		c           Citation
		label, text string
	}{
		{Citation{ID: "a"}, "a", "a"},
		{Citation{ID: "a", URL: "https://e.org/a"}, "a", "<https://e.org/a> [a]"},
		{Citation{ID: "sub/b", Title: "OEWG statement", Publisher: "Mission of Chile", Date: "2021-03", URL: "https://e.org/b"},
			"“OEWG statement”, Mission of Chile, 2021-03 [sub/b]", "“OEWG statement”, Mission of Chile, 2021-03 <https://e.org/b> [sub/b]"},
		{Citation{ID: "c", Publisher: "Atlas"}, "Atlas [c]", "Atlas [c]"},
	} {
		if got := tc.c.Label(); got != tc.label {
			t.Errorf("Label() = %q, want %q", got, tc.label)
		}
		if got := tc.c.Text(); got != tc.text {
			t.Errorf("Text() = %q, want %q", got, tc.text)
		}
	}
}

func TestAnswerCitations(t *testing.T) {
	// Five pages carry the same Kenyan paragraph; sources.tsv dates two of
	// them, so the answer cites the newest first and the undated last.
	kenya := "Kenya calls for capacity building so that developing states can protect their critical infrastructure.\n"
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte(kenya)}, "b.txt": {Data: []byte(kenya)}, "c.txt": {Data: []byte(kenya)},
		"d.txt": {Data: []byte(kenya)}, "e.txt": {Data: []byte(kenya)},
		"sources.tsv": {Data: []byte("id\ttitle\turl\tdate\n" +
			"c\tC\t\t2022-01-05\n" +
			"a\tA\thttps://e.org/a\t2018\n")},
	}
	c := fsCorpus(t, fsys)
	if c.Len() != 1 {
		t.Fatalf("%d statements, want 1", c.Len())
	}
	a := toAnswer(c, new(c.Statement(0)), 0, "")
	if a.Date != "2018" || len(a.Citations) != 5 || a.Citations[0] != (Citation{ID: "c", Title: "C", Date: "2022-01-05"}) ||
		a.Citations[1].URL != "https://e.org/a" || a.Citations[2] != (Citation{ID: "b"}) || a.Citations[4] != (Citation{ID: "e"}) {
		t.Fatalf("answer %+v", a)
	}
	shown, more := SplitCitations(a.Citations)
	if len(shown) != 3 || more != 2 || MoreCitations(more) != "2 more" || MoreCitations(0) != "" {
		t.Fatalf("split %v %d", shown, more)
	}
	// A statement made outside Load still cites its IDs.
	if a := toAnswer(nil, &corpus.Statement{Sources: []string{"x"}}, 0, ""); len(a.Citations) != 1 || a.Citations[0].ID != "x" {
		t.Fatalf("fallback %+v", a.Citations)
	}
}
