package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
)

// TestGoingBackContracted backs the going-back cues whose article is
// contracted ("revenons au Liban", "volvamos al Perú"): the article is
// part of the cue, not the topic asked.
func TestGoingBackContracted(t *testing.T) {
	for _, tc := range []struct{ in, want, code string }{
		{"revenons au liban", "what about liban", "fr"},
		{"revenons aux comores", "what about comores", "fr"},
		{"pour revenir au perou", "what about perou", "fr"},
		{"retour au cameroun", "what about cameroun", "fr"},
		{"volvamos al peru", "what about peru", "es"},
		{"volviendo al tema de la soberania", "what about tema de la soberania", "es"},
		// Neighbours: the uncontracted cues as before.
		{"revenons a la suisse", "what about la suisse", "fr"},
		{"volvamos a uruguay", "what about uruguay", "es"},
		{"au liban", "", ""},
	} {
		got, code, ok := correctionFollowUp(tc.in)
		if !ok {
			got = ""
		}
		if got != tc.want || code != tc.code {
			t.Errorf("correctionFollowUp(%q) = %q %q, want %q %q", tc.in, got, code, tc.want, tc.code)
		}
	}
}

// TestRestateFollowUp backs restateFollowUp: a follow-up made only of
// pronouns for the thread's country and topic and a verb of saying asks
// the last question again; one that names anything else is left alone.
func TestRestateFollowUp(t *testing.T) {
	rec := ReplyRecord{Question: "what does eswatini say about cybercrime"}
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"what did they say about it", true},
		{"what do they say on that", true},
		{"what's their position on it", true},
		{"whats their take on this", true},
		{"what did they say", true},
		{"que dijeron al respecto", true},
		{"que dicen ellos sobre eso", true},
		{"qu'est-ce qu'ils en disent", true},
		{"qu'en disent-ils", true},
		{"quelle est leur position", true},
		// Neighbours: another topic, another country, more, why.
		{"what did they say about cables", false},
		{"what does iceland say about it", false},
		{"what else did they say", false},
		{"why did they say that", false},
		{"what about it", false},
		{"que dijeron sobre ransomware", false},
		{"et eux sur l'ia", false},
	} {
		got, ok := restateFollowUp(rec, tc.in)
		if ok != tc.want || ok && got != rec.Question {
			t.Errorf("restateFollowUp(%q) = %q %v, want %v", tc.in, got, ok, tc.want)
		}
	}
	if _, ok := restateFollowUp(ReplyRecord{}, "what did they say about it"); ok {
		t.Error("restateFollowUp with no last question restated it")
	}
}

// TestThemPronounEnglish backs "they" and "them" as English function
// words: a short English follow-up in a French or Spanish thread is
// answered in English; French and Spanish ones keep their language.
func TestThemPronounEnglish(t *testing.T) {
	c := asked19Bot(t).Corpus()
	for in, want := range map[string]string{"compare them": "en", "and them?": "en", "what do they say": "en",
		"compare les": "fr", "comparez-les": "fr", "compáralos": "es"} {
		if got := followUpLang(c, in, "de"); got != want {
			t.Errorf("followUpLang(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOrdinalAfterOrdinal backs Record.Counted: an ordinal after an
// ordinal counts in the list the first one counted in, whichever came
// first, in English, Spanish and French; once the thread moves on to a
// reply of its own, an ordinal counts in that reply again.
func TestOrdinalAfterOrdinal(t *testing.T) {
	b := asked19Bot(t)
	clock := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	for i, tc := range []struct {
		msgs []string
		want string // the country of the last message's reply
	}{
		{[]string{"compare azerbaijan and tonga on submarine cables", "the first one — when was that?", "and the second?"}, "Tonga"},
		{[]string{"compare azerbaijan and tonga on submarine cables", "the second one?", "and the first?"}, "Azerbaijan"},
		{[]string{"compare azerbaijan and tonga on submarine cables", "the last one", "the first one"}, "Azerbaijan"},
		{[]string{"compara azerbaiyán y tonga sobre los cables submarinos", "¿el primero?", "¿y el segundo?"}, "Tonga"},
		{[]string{"compare l'azerbaïdjan et les tonga sur les câbles sous-marins", "le premier ?", "et le deuxième ?"}, "Tonga"},
		// Neighbour: a new question in between starts a new list.
		{[]string{"compare azerbaijan and tonga on submarine cables", "the first one", "compare oman and qatar on capacity building", "the second one"}, "Qatar"},
	} {
		h := Chain(b, FollowUps(&conversation.Memory{Now: func() time.Time { return clock }}, func() *corpus.Corpus { return b.Corpus() }, nil))
		var r Reply
		for _, m := range tc.msgs {
			r = h.Handle(context.Background(), Question{Text: m, Platform: "console", Room: fmt.Sprint("ord", i), Time: clock})
		}
		if len(r.Countries) != 1 || r.Countries[0] != tc.want {
			t.Errorf("%q: read as %v, want %s", strings.Join(tc.msgs, " → "), r.Countries, tc.want)
		}
	}
}
