package bot

import "testing"

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
