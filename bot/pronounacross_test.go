package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestPronounAcrossSentences: a pronoun of the question stands for the
// countries a context sentence before it names ("we have a meeting with
// the emirati delegation tomorrow. what's their position on AI"): the
// answer is that country on the question's topic, not on the context's
// words. Mirrors: a context sentence with a theme of its own, a question
// without a topic word, a question naming its own country and a message of
// one sentence are read as before.
func TestPronounAcrossSentences(t *testing.T) {
	b := asked9Bot(t)
	for _, tc := range []struct {
		q, country, sub string
	}{
		{"we have a meeting with the emirati delegation tomorrow. what's their position on AI", "United Arab Emirates", "AI"},
		{"we're meeting the latvians on thursday. what do they say about cables?", "Latvia", "cable"},
		{"I have a call with the bhutanese embassy later. anything on their strategy for children?", "Bhutan", "children"},
		{"context: the ugandan mission asked us to co-sponsor a side event. what is their view on internet shutdowns?", "Uganda", "elections"},
		{"met the finns and the latvians yesterday. do they support a new treaty", "Finland,Latvia", "treaty"},
		{"we met the cambodian police last week. what do they say about scams", "Cambodia", "scam"},
		// A country the question names after "about" is what they speak about.
		{"we're meeting the latvians on thursday. what did they say about north korea", "Latvia", "Korea"},
		// mirrors
		{"we're meeting the latvians on undersea cables. what do they say?", "Latvia", "cable"},
		{"we're meeting the latvians on thursday. what do they say?", "Latvia", "-"},
		{"we met the latvians. what does malta say about their cables", "Malta", "cable"},
		{"what do the latvians say about cables", "Latvia", "cable"},
	} {
		r := b.Ask(tc.q, 0)
		want := strings.Split(tc.country, ",")
		var got []string
		for _, a := range r.Answers {
			if !slices.Contains(got, a.Country) {
				got = append(got, a.Country)
			}
		}
		if len(got) == 0 {
			t.Errorf("%q: no answer (%s)", tc.q, r.Message)
			continue
		}
		for _, g := range got {
			if !slices.Contains(want, g) {
				t.Errorf("%q: answer by %s, want %v", tc.q, g, want)
			}
		}
		if tc.sub != "-" && !strings.Contains(strings.ToLower(r.Answers[0].Text), strings.ToLower(tc.sub)) {
			t.Errorf("%q: first answer %.70q, want %q in it", tc.q, r.Answers[0].Text, tc.sub)
		}
	}
}
