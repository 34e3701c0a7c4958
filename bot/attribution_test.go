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
