package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/conversation"
)

// TestFollowUpsWiden: follow-ups that ask about other countries on the
// last topic — who else speaks on it, a comparison of the countries the
// last reply showed, or of the last country with new ones — in English,
// Spanish and French; a follow-up with its own topic is a new question.
func TestFollowUpsWiden(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		name      string
		first     string
		then      string
		intent    string
		countries []string // the reply's countries, in any order; nil: not checked
		theme     string
	}{
		{"who else", "what does Japan say on countermeasures?", "who else?", IntentTheme, nil, "countermeasures"},
		{"anyone else, with filler", "what does Japan say on countermeasures?", "anyone else said that?", IntentTheme, nil, "countermeasures"},
		{"quién más", "¿qué dice Japón sobre las contramedidas?", "¿quién más?", IntentTheme, nil, "countermeasures"},
		{"qui d'autre", "que dit le Japon sur les contre-mesures ?", "qui d'autre ?", IntentTheme, nil, "countermeasures"},
		{"qui d autre, typed without its apostrophe", "que dit le Japon sur les contre-mesures ?", "qui d autre en parle", IntentTheme, nil, "countermeasures"},
		{"who else, with a topic of its own, is a new question", "what does Japan say on countermeasures?", "who else talks about human rights?", IntentTheme, nil, "human rights"},
		{"compare with", "what does Japan say on countermeasures?", "compare with Estonia", IntentCompare, []string{"Japan", "Estonia"}, "countermeasures"},
		{"vs", "what does Japan say on countermeasures?", "vs Estonia and Brazil?", IntentCompare, []string{"Japan", "Estonia", "Brazil"}, "countermeasures"},
		{"comparado con", "¿qué dice Japón sobre las contramedidas?", "comparado con Estonia", IntentCompare, []string{"Japan", "Estonia"}, "countermeasures"},
		{"compare them", "who talks about countermeasures?", "compare them", IntentCompare, nil, "countermeasures"},
		// After one country's answer there is one to compare: the reply
		// asks for another, it does not read "them" as French "thèmes".
		{"compare them after one country", "what does Japan say on countermeasures?", "compare them", IntentCompare, []string{"Japan"}, "countermeasures"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ask := conversationIn(b)
			first := ask(tt.first)
			r := ask(tt.then)
			if r.Intent != tt.intent || !slices.Contains(r.Themes, tt.theme) {
				t.Fatalf("%q then %q: intent %s, themes %v; want %s on %s (%s)", tt.first, tt.then, r.Intent, r.Themes, tt.intent, tt.theme, r.Message)
			}
			if tt.countries != nil {
				got := slices.Clone(r.Countries)
				want := slices.Clone(tt.countries)
				slices.Sort(got)
				slices.Sort(want)
				if !slices.Equal(got, want) {
					t.Errorf("countries %v, want %v (%s)", r.Countries, tt.countries, r.Message)
				}
			}
			if len(tt.countries) == 1 && !strings.Contains(r.Message, "name another country") {
				t.Errorf("one country to compare: %q does not ask for another", r.Message)
			}
			if tt.then == "compare them" && tt.countries == nil {
				var shown []string
				for _, a := range first.Answers {
					if !slices.Contains(shown, a.Country) {
						shown = append(shown, a.Country)
					}
				}
				if len(shown) < 2 || !slices.Equal(r.Countries, shown[:min(len(shown), 5)]) {
					t.Errorf("compare them: countries %v, want the last reply's %v", r.Countries, shown)
				}
			}
			for _, a := range r.Answers {
				if r.Intent == IntentCompare && !slices.Contains(r.Countries, a.Country) {
					t.Errorf("answer by %s, who was not asked (%s)", a.Country, strings.Join(r.Countries, ","))
				}
			}
		})
	}
}

// TestFollowUpLanguageRequest: a message asking for another language
// answers the last question again in it; a message that only looks like
// one is a question of its own.
func TestFollowUpLanguageRequest(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		first, then, lang, intent string
	}{
		{"what does Japan say on countermeasures?", "en español por favor", "es", IntentStance},
		{"what does Japan say on countermeasures?", "can you answer in French?", "fr", IntentStance},
		{"what does Japan say on countermeasures?", "traduce al español", "es", IntentStance},
		{"¿qué dice Japón sobre las contramedidas?", "in english please", "en", IntentStance},
		{"que dit le Japon sur les contre-mesures ?", "en anglais svp", "en", IntentStance},
		{"who talks about countermeasures?", "en français", "fr", IntentTheme},
		{"what does Japan say on countermeasures?", "what about in french", "fr", IntentStance},
		{"¿qué dice Japón sobre las contramedidas?", "¿y qué tal en inglés?", "en", IntentStance},
		// Not requests: a bare language name may ask about its country,
		// and a request with a topic of its own is a new question.
		{"what does Japan say on countermeasures?", "what do french officials say on countermeasures", "en", IntentStance},
		{"what does Japan say on countermeasures?", "what about french officials", "en", IntentStance},
	}
	for _, tt := range tests {
		t.Run(tt.then, func(t *testing.T) {
			ask := conversationIn(b)
			first := ask(tt.first)
			r := ask(tt.then)
			if r.Lang != tt.lang || r.Intent != tt.intent {
				t.Fatalf("%q then %q: lang %s intent %s, want %s %s (%s)", tt.first, tt.then, r.Lang, r.Intent, tt.lang, tt.intent, r.Message)
			}
			if strings.Contains(tt.then, "officials") {
				return
			}
			if len(r.Answers) != len(first.Answers) {
				t.Fatalf("%d answers, want the last reply's %d", len(r.Answers), len(first.Answers))
			}
			for i := range r.Answers {
				if r.Answers[i].Key != first.Answers[i].Key {
					t.Errorf("answer %d is %s, want the last reply's %s", i, r.Answers[i].Key, first.Answers[i].Key)
				}
			}
		})
	}
}

// conversationIn returns a function that asks b in one new console
// conversation, follow-ups and all.
func conversationIn(b *Bot) func(text string) Reply {
	h := followUpHandler(b, &conversation.Memory{})
	return func(text string) Reply {
		return h.Handle(context.Background(), Question{Text: text, Platform: "console", Room: "r"})
	}
}

// TestCompareThemAcrossTurns: after one country's answer, "compare them"
// compares it with the country asked about before it in the conversation
// ("what does Kenya say", "and Ghana?", "compare them"), and with every
// country of a run of such questions on one topic (Record.Run), in any
// language; a new topic starts a new run, "compare the two" keeps to two,
// and with no earlier country it asks for another.
func TestCompareThemAcrossTurns(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		turns []string
		want  []string // the last reply's countries, in order
		theme string
	}{
		{[]string{"what does kenya say about capacity building", "and ghana?", "compare them"}, []string{"Ghana", "Kenya"}, "capacity building"},
		{[]string{"what does kenya say about capacity building", "and ghana?", "what about on cybercrime", "compare them"}, []string{"Ghana", "Kenya"}, "cybercrime"},
		{[]string{"¿qué dice Japón sobre las contramedidas?", "¿y Estonia?", "compáralos"}, []string{"Estonia", "Japan"}, "countermeasures"},
		{[]string{"what does Japan say on countermeasures?", "what does Estonia say on countermeasures", "compare them"}, []string{"Estonia", "Japan"}, "countermeasures"},
		{[]string{"what does Japan say on countermeasures?", "compare them"}, []string{"Japan"}, "countermeasures"},
		{[]string{"what does kenya say about capacity building", "and ghana?", "and brazil?", "compare them"}, []string{"Brazil", "Ghana", "Kenya"}, "capacity building"},
		{[]string{"que dice kenia sobre creacion de capacidades", "¿y ghana?", "¿y brasil?", "compáralos"}, []string{"Brazil", "Ghana", "Kenya"}, "capacity building"},
		{[]string{"kenya capacity building", "what does ghana say about capacity building", "and brazil", "do they agree?"}, []string{"Brazil", "Ghana", "Kenya"}, "capacity building"},
		{[]string{"what does kenya say about capacity building", "and ghana?", "and brazil?", "compare the two"}, []string{"Brazil", "Ghana"}, "capacity building"},
		{[]string{"what does mexico say on ransomware", "what does kenya say about capacity building", "and ghana?", "compare them"}, []string{"Ghana", "Kenya"}, "capacity building"},
		{[]string{"what does kenya say about capacity building", "and ghana?", "what about on cybercrime", "and brazil?", "compare them"}, []string{"Brazil", "Ghana"}, "cybercrime"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.turns, " / "), func(t *testing.T) {
			ask := conversationIn(b)
			var r Reply
			for _, q := range tt.turns {
				r = ask(q)
			}
			if r.Intent != IntentCompare || !slices.Equal(r.Countries, tt.want) || !slices.Contains(r.Themes, tt.theme) {
				t.Errorf("intent %s, countries %v, themes %v; want compare of %v on %s (%s)", r.Intent, r.Countries, r.Themes, tt.want, tt.theme, r.Message)
			}
		})
	}
}
