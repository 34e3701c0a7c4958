package bot

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestCorrectionsInReply(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		q, from, to, country string
	}{
		{"Brazil on soverignty", "soverignty", "sovereignty", "Brazil"},
		{"japan on countermesures", "countermesures", "countermeasures", "Japan"},
		{"Kenya on cybercrme", "cybercrme", "cybercrime", "Kenya"},
	}
	for _, tt := range tests {
		r := b.Explain(tt.q, 0)
		want := Correction{From: tt.from, To: tt.to}
		if !slices.Contains(r.Corrections, want) || !slices.Contains(r.Explain.Corrections, want) {
			t.Errorf("%q: corrections %v, explain %v; want %v", tt.q, r.Corrections, r.Explain.Corrections, want)
		}
		if len(r.Answers) == 0 || r.Answers[0].Country != tt.country {
			t.Errorf("%q: answers %v", tt.q, r.Answers)
		}
	}
	data, _ := json.Marshal(b.Ask("Brazil on soverignty", 0))
	if !strings.Contains(string(data), `"corrections":[{"from":"soverignty","to":"sovereignty"}]`) {
		t.Errorf("JSON lacks corrections: %s", data)
	}
	// Known words and spellings are never corrected.
	for _, q := range []string{"Brazil on militarization", "Brazil on militarisation", "Kenya on insurance"} {
		if r := b.Ask(q, 0); len(r.Corrections) != 0 {
			t.Errorf("%q corrected %v", q, r.Corrections)
		}
	}
}

func TestMatchTopicOrClosest(t *testing.T) {
	b := miniBot(t)
	tests := []struct {
		q, country, match string // match "" : no answers
	}{
		{"canada on countermeasures", "Canada", "topic"},
		{"what does Norway say about ransomware?", "Norway", "closest"},
		{"Singapore on artificial intelligence", "Singapore", "closest"},
		{"Norway on cyber insurance", "Norway", ""},
		// Rambling in one sentence: words no statement holds do not count.
		{"I'm drafting a memo for my boss about payouts and ransomware, does Norway have anything on ransomware", "Norway", "closest"},
		{"what does Chile say about spyware?", "Chile", ""},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if tt.match == "" {
			if len(r.Answers) != 0 {
				t.Errorf("%q: %d answers, want an honest none (%s)", tt.q, len(r.Answers), r.Message)
			}
			continue
		}
		if len(r.Answers) == 0 {
			t.Errorf("%q: no answer (%s)", tt.q, r.Message)
			continue
		}
		for _, a := range r.Answers {
			if a.Country != tt.country || a.Match != tt.match {
				t.Errorf("%q: answer by %s, match %q; want %s, %q", tt.q, a.Country, a.Match, tt.country, tt.match)
			}
		}
	}
	// Found by its words, which name no theme: explain says so; the
	// message says "closest" only when the answer lacks some of them
	// (TestWordsOnlyAnswerIsNoClosest).
	if r := b.Explain("what does Norway say about ransomware?", 0); r.Explain.Fallback == "" || strings.Contains(r.Message, "closest") {
		t.Errorf("words-only answer: message %q, fallback %q; want no 'closest', a fallback", r.Message, r.Explain.Fallback)
	}
	if r := b.Explain("Singapore on artificial intelligence", 0); r.Explain.Fallback == "" {
		t.Errorf("closest answers not explained: message %q, fallback %q", r.Message, r.Explain.Fallback)
	}
}

// TestWordsOnlyAnswerIsNoClosest: a question whose topic names no theme
// ("ransomware") answered by a statement holding its every word says
// "X on ransomware", not "no statement matches a theme…; the closest";
// an answer lacking one of its words stays "closest".
func TestWordsOnlyAnswerIsNoClosest(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"no.txt": {Data: []byte("Norway condemns ransomware attacks against hospitals.\n")},
		"cl.txt": {Data: []byte("Chile is concerned about ransomware gangs.\n")},
	}))
	for _, c := range []struct {
		q       string
		closest bool
	}{
		{"what does norway say about ransomware", false},
		{"norway ransomware hospitals", false},
		{"chile on ransomware in hospitals", true},
		{"chile on cyber crime gangs", true},
	} {
		r := b.Ask(c.q, 0)
		if len(r.Answers) == 0 {
			t.Errorf("%q: no answer (%s)", c.q, r.Message)
			continue
		}
		if got := strings.Contains(r.Message, "closest"); got != c.closest {
			t.Errorf("%q: message %q says closest %v, want %v", c.q, r.Message, got, c.closest)
		}
	}
}

func TestChatNoise(t *testing.T) {
	b := altBot(t)
	tests := []string{
		"<@U024BE7LH> what does Japan say on countermeasures?",
		"@stancebot japan countermeasures pls",
		"hey bot :wave: quick q — *Japan* on _countermeasures_? tbh curious lol",
		"WHAT DOES JAPAN SAY ON COUNTERMEASURES",
		"`japan` on ~countermeasures~ :thinking_face: :+1:",
		"So we have a board meeting on Thursday and my manager asked me to prepare something. What does Japan think about countermeasures?",
		"Japan w/ countermeasures 🤔🙏",
	}
	// Noise must not change the answer of the plain question.
	plain := b.Ask("what does Japan say on countermeasures?", 0)
	if len(plain.Answers) == 0 {
		t.Fatal("plain question has no answer")
	}
	for _, q := range tests {
		r := b.Ask(q, 0)
		if r.Intent != IntentStance || len(r.Answers) == 0 || r.Answers[0].Key != plain.Answers[0].Key {
			t.Errorf("%q: intent %s, answers %d, message %q", q, r.Intent, len(r.Answers), r.Message)
		}
		for _, a := range r.Answers {
			if a.Country != "Japan" {
				t.Errorf("%q: answer by %s", q, a.Country)
			}
		}
	}
}

func TestIntentsAsMeant(t *testing.T) {
	b := altBot(t)
	// "What does X say about Y": X's statements that mention Y.
	r := b.Ask("what does Brazil say about Russia?", 0)
	if r.Intent != IntentStance || !slices.Equal(r.Countries, []string{"Brazil"}) || !slices.Equal(r.About, []string{"Russia"}) || len(r.Answers) == 0 {
		t.Fatalf("about: intent %s countries %v about %v answers %d", r.Intent, r.Countries, r.About, len(r.Answers))
	}
	for _, a := range r.Answers {
		if a.Country != "Brazil" || !strings.Contains(a.Text, "Russia") {
			t.Errorf("about: answer by %s %.60q", a.Country, a.Text)
		}
	}
	// A comparison stays a comparison.
	if r := b.Ask("what do Brazil and Japan say about international law?", 0); r.Intent != IntentCompare {
		t.Errorf("compare read as %s", r.Intent)
	}
	// "Which countries talk about T" with one word is a theme question.
	for _, q := range []string{"which countries talk about countermeasures?", "what countries mention sovereignty", "which country discusses cybercrime"} {
		if r := b.Ask(q, 0); r.Intent != IntentTheme || len(r.Answers) == 0 {
			t.Errorf("%q: intent %s, %d answers", q, r.Intent, len(r.Answers))
		}
	}
	if r := b.Ask("which countries are there?", 0); r.Intent != IntentList {
		t.Errorf("list read as %s", r.Intent)
	}
	// Two questions in one message: both answered, each as a part.
	r = b.Ask("what does Japan say on countermeasures? and Ghana on privacy?", 0)
	if len(r.Parts) != 2 || len(r.Answers) < 2 || r.Parts[0].Countries[0] != "Japan" || r.Parts[1].Countries[0] != "Ghana" {
		t.Fatalf("parts %d, answers %d", len(r.Parts), len(r.Answers))
	}
	if r.Answers[0].Country != "Japan" || r.Answers[len(r.Answers)-1].Country != "Ghana" {
		t.Errorf("answers out of order: %s ... %s", r.Answers[0].Country, r.Answers[len(r.Answers)-1].Country)
	}
	// A follow-on with only a country takes the first question's topic.
	r = b.Ask("what does Japan say on countermeasures? and Estonia?", 0)
	if len(r.Parts) != 2 || len(r.Parts[1].Answers) == 0 || r.Parts[1].Answers[0].Country != "Estonia" || !slices.Contains(r.Parts[1].Themes, "countermeasures") {
		t.Errorf("follow-on part: %+v", r.Parts)
	}
	// "X on A and B": statements on either topic.
	r = b.Ask("Ghana on privacy and capacity building", 0)
	var themes []string
	for _, a := range r.Answers {
		if a.Country != "Ghana" {
			t.Errorf("answer by %s", a.Country)
		}
		themes = append(themes, a.Themes...)
	}
	if !slices.Contains(themes, "human rights") || !slices.Contains(themes, "capacity building") {
		t.Errorf("either topic: answers' themes %v", themes)
	}
}

// TestCyberCompoundsAreOneTerm: "cyberattacks", "cyber-attacks" and
// "cyber attacks" give the same reading and the same answers.
func TestCyberCompoundsAreOneTerm(t *testing.T) {
	b := seedBot(t)
	var first []string
	for i, q := range []string{"Peru on cyber attacks", "Peru on cyber-attacks", "Peru on cyberattacks"} {
		r := b.Ask(q, 0)
		var keys []string
		for _, a := range r.Answers {
			keys = append(keys, a.Key)
		}
		if !slices.Contains(r.Themes, "use of force") || len(keys) == 0 {
			t.Errorf("%q: themes %v, %d answers", q, r.Themes, len(keys))
		}
		if i == 0 {
			first = keys
		} else if !slices.Equal(keys, first) {
			t.Errorf("%q: answers %v, want %v as for %q", q, keys, first, "Peru on cyber attacks")
		}
	}
}

// TestExplainShowsSynonyms: explain names the words that named a theme,
// synonyms included.
func TestExplainShowsSynonyms(t *testing.T) {
	r := altBot(t).Explain("Estonia on active defence", 0)
	want := ThemePhrase{Words: "active defence", Theme: "countermeasures"}
	if r.Explain == nil || !slices.Contains(r.Explain.ThemePhrases, want) {
		t.Fatalf("theme phrases %+v, want %+v", r.Explain, want)
	}
}
