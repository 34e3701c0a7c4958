package bot

import "testing"

// TestCompareCueFollowUp: after "what does mongolia say on a binding
// treaty", a follow-up asking how another country compares asks for the
// two side by side on the treaty; one asking that country on the same
// topic, or on a topic of its own, does not.
func TestCompareCueFollowUp(t *testing.T) {
	b := dirBot(t, "../testdata/support")
	const first = "what does mongolia say on a binding treaty"
	rec := askedRecord(b, first)
	for _, tt := range []struct{ in, want string }{
		{"how does iceland's view compare?", "compare Mongolia and Iceland on binding treaty"},
		{"is that similar to what benin says?", "compare Mongolia and Benin on binding treaty"},
		{"is panama any different?", "compare Mongolia and Panama on binding treaty"},
		{"does iceland see it the same way?", "compare Mongolia and Iceland on binding treaty"},
		{"¿y Panamá piensa lo mismo?", "compare Mongolia and Panama on binding treaty"},
		{"et le Bénin, même avis ?", "compare Mongolia and Benin on binding treaty"},
		{"compare with iceland", "compare Mongolia and Iceland on binding treaty"},
		// Neighbours: the same topic for another country, a topic of its own.
		{"iceland on the same topic", "what does Iceland say on binding treaty"},
		{"and iceland?", "what does Iceland say on binding treaty"},
		{"is iceland's view on ransomware different", "is iceland's view on ransomware different"},
	} {
		if q, _ := continueQuestion(b.Corpus(), rec, Question{Text: tt.in}); q.Text != tt.want {
			t.Errorf("%q: rewritten to %q, want %q", tt.in, q.Text, tt.want)
		}
	}
	// With no topic before there is nothing to compare on.
	bare := ReplyRecord{Question: "tell me about mongolia", Lang: "en"}
	if q, _ := continueQuestion(b.Corpus(), bare, Question{Text: "how does iceland compare?"}); q.Text == "compare Mongolia and Iceland on " {
		t.Errorf("compared on no topic: %q", q.Text)
	}
}
