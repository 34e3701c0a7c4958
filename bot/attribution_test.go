package bot

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stancebot/stancebot/corpus"
)

// TestLowConfidenceNote: an answer attributed with low confidence is still
// given, carries its attribution and a note, and the reply's message says
// so in one line; a high-confidence answer has no note.
func TestLowConfidenceNote(t *testing.T) {
	page := "Kenya has argued that capacity building must be demand-driven.\n" +
		"Partnerships with Ghana on ransomware response are part of the regional programme.\n"
	c, err := corpus.Load(context.Background(), fstest.MapFS{"p.txt": {Data: []byte(page)}}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := New(c)
	r := b.Ask("what does Kenya say on ransomware?", 0)
	if len(r.Answers) == 0 {
		t.Fatalf("no answer: %s", r.Message)
	}
	a := r.Answers[0]
	if a.Country != "Kenya" || a.Attribution.Confidence != corpus.ConfLow || a.Attribution.Method != corpus.MethodBlockOrder {
		t.Fatalf("answer %+v", a)
	}
	if !strings.Contains(a.Note, "low confidence") || !strings.Contains(r.Message, "Note on Kenya's statement “Partnerships with Ghana") {
		t.Errorf("note %q, message %q", a.Note, r.Message)
	}
	r = b.Ask("what does Kenya say on capacity building?", 0)
	if len(r.Answers) == 0 || r.Answers[0].Note != "" || r.Answers[0].Attribution.Confidence != corpus.ConfHigh || strings.Contains(r.Message, "Note on") {
		t.Errorf("high-confidence answer: %+v, message %q", r.Answers, r.Message)
	}
}

// TestRelatedWordsFallback: a word no statement holds is matched by its
// family ("elections" by "electoral") when nothing else answers, for one
// country and for "who"; a question the family does not reach stays
// unanswered.
func TestRelatedWordsFallback(t *testing.T) {
	page := "Moldova is worried about interference in its electoral process by foreign services.\n" +
		"Georgia has called for capacity building in the Black Sea region.\n"
	c, err := corpus.Load(context.Background(), fstest.MapFS{"p.txt": {Data: []byte(page)}}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := New(c)
	tests := []struct {
		q, want string // want "": no answer
	}{
		{"moldova on elections", "Moldova"},
		{"who is worried about elections?", "Moldova"},
		{"georgia on elections", ""},
		{"moldova on normal traffic", ""},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		got := ""
		if len(r.Answers) > 0 {
			got = r.Answers[0].Country
		}
		if got != tt.want {
			t.Errorf("%q: first answer by %q, want %q (%s)", tt.q, got, tt.want, r.Message)
		}
	}
}
