package bot

import "testing"

// TestElseSaidAndWhoSaid: after one country's answer, "what else did they
// say?" asks all that country's statements and "who said that?" the last
// reply's sources; after several countries' answers "what else did they
// say?" asks for more of the same.
func TestElseSaidAndWhoSaid(t *testing.T) {
	b := dirBot(t, "../testdata/support")
	one, many := askedRecord(b, "what does mongolia say on a binding treaty"), askedRecord(b, "who talks about a binding treaty")
	for _, tt := range []struct {
		rec            ReplyRecord
		in, want, kind string
	}{
		{one, "what else did they say?", "tell me about Mongolia", "continue"},
		{one, "¿qué más dijo?", "tell me about Mongolia", "continue"},
		{one, "who said that?", "who said that?", "sources"},
		{one, "whose words are these", "whose words are these", "sources"},
		{many, "what else did they say?", many.Question, "more"},
		// Neighbours: a new question, "more".
		{one, "what else did iceland say on ransomware?", "what else did iceland say on ransomware?", ""},
		{one, "tell me more", one.Question, "more"},
	} {
		q, kind := continueQuestion(b.Corpus(), tt.rec, Question{Text: tt.in})
		if q.Text != tt.want || kind != tt.kind {
			t.Errorf("%q after %q: %q (%s), want %q (%s)", tt.in, tt.rec.Question, q.Text, kind, tt.want, tt.kind)
		}
	}
}

// askedRecord is the thread record of an English question b answered:
// the question and the keys of its answers.
func askedRecord(b *Bot, q string) ReplyRecord {
	rec := ReplyRecord{Question: q, Lang: "en"}
	for _, a := range b.Ask(q, 0).Answers {
		rec.Keys = append(rec.Keys, a.Key)
	}
	return rec
}
