package bot

import (
	"testing"

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
	s := &corpus.Statement{Sources: []string{"a", "b", "c", "d", "e"}, Date: corpus.Date{Year: 2018},
		Citations: []corpus.Source{
			{ID: "c", Title: "C", Date: corpus.Date{Year: 2022, Month: 1, Day: 5}},
			{ID: "a", Title: "A", URL: "https://e.org/a", Date: corpus.Date{Year: 2018}},
			{ID: "b"}, {ID: "d"}, {ID: "e"},
		}}
	a := toAnswer(s, 0, "")
	if a.Date != "2018" || len(a.Citations) != 5 || a.Citations[0] != (Citation{ID: "c", Title: "C", Date: "2022-01-05"}) ||
		a.Citations[1].URL != "https://e.org/a" {
		t.Fatalf("answer %+v", a)
	}
	shown, more := SplitCitations(a.Citations)
	if len(shown) != 3 || more != 2 || MoreCitations(more) != "2 more" || MoreCitations(0) != "" {
		t.Fatalf("split %v %d", shown, more)
	}
	// A statement made outside Load still cites its IDs.
	if a := toAnswer(&corpus.Statement{Sources: []string{"x"}}, 0, ""); len(a.Citations) != 1 || a.Citations[0].ID != "x" {
		t.Fatalf("fallback %+v", a.Citations)
	}
}
