package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestCountQuestionsAndFiller: "how many", "number of", "ever", "already",
// "changed" frame a question without being its topic, in the three languages
// ("how many statements does Japan have" answered on the word "many";
// "combien de déclarations a le Japon" read "déclarations" as "states").
func TestCountQuestionsAndFiller(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		q, intent, lang string
		countries       []string
		theme           string // "" : no theme
		message         string // a substring of the message; "" : not checked
	}{
		{"how many statements does japan have", IntentCountry, "en", []string{"Japan"}, "", "Japan: 7 statements"},
		{"number of statements by kenya", IntentCountry, "en", []string{"Kenya"}, "", "Kenya: 5 statements"},
		{"¿cuántas declaraciones tiene Japón?", IntentCountry, "es", []string{"Japan"}, "", "Japón: 7 declaraciones"},
		{"combien de déclarations a le Japon ?", IntentCountry, "fr", []string{"Japan"}, "", "Japon : 7 déclarations"},
		{"how many statements are there", IntentList, "en", nil, "", "countries hold"},
		{"did kenya ever mention ransomware", IntentStance, "en", []string{"Kenya"}, "", "on ransomware"},
		{"has ghana already said anything on cybercrime", IntentStance, "en", []string{"Ghana"}, "cybercrime", ""},
		{"cuantos paises hablan de ciberdelincuencia", IntentTheme, "es", nil, "cybercrime", ""},
		{"¿qué declara Japón sobre las contramedidas?", IntentStance, "es", []string{"Japan"}, "countermeasures", ""},
		// "Has X's position changed?" asks for X's statements, not for
		// the word "changed" ("no statement by Uruguay on changed").
		{"has japan's position changed", IntentCountry, "en", []string{"Japan"}, "", "Japan: 7 statements"},
		{"¿ha cambiado la posición de Japón?", IntentCountry, "es", []string{"Japan"}, "", "Japón: 7 declaraciones"},
		{"la position du Japon a-t-elle évolué ?", IntentCountry, "fr", []string{"Japan"}, "", "Japon : 7 déclarations"},
		{"¿qué dice Japón sobre el cambio climático?", IntentStance, "es", []string{"Japan"}, "", "cambio climático"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r := b.Ask(tt.q, 0)
			if r.Intent != tt.intent || r.Lang != tt.lang || (tt.countries != nil && !slices.Equal(r.Countries, tt.countries)) {
				t.Errorf("intent %s, lang %s, countries %v; want %s, %s, %v (%s)", r.Intent, r.Lang, r.Countries, tt.intent, tt.lang, tt.countries, r.Message)
			}
			if tt.theme != "" && !slices.Contains(r.Themes, tt.theme) {
				t.Errorf("themes %v, want %s (%s)", r.Themes, tt.theme, r.Message)
			}
			if tt.message != "" && !strings.Contains(r.Message, tt.message) {
				t.Errorf("message %q, want it to contain %q", r.Message, tt.message)
			}
		})
	}
}

// TestAnswersAskedForByNumber: "top 3", "give me 2 statements", "los 3
// principales países", "donne-moi 2 déclarations" ask for that many
// answers, and the number is no topic ("no statement by Japan on 2").
func TestAnswersAskedForByNumber(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		q, intent string
		answers   int
	}{
		{"top 3 countries on capacity building", IntentTheme, 3},
		{"give me 2 statements from japan", IntentCountry, 2},
		{"japan's 2 main points on countermeasures", IntentStance, 2},
		{"dame 2 declaraciones de Japón", IntentCountry, 2},
		{"los 3 principales países sobre ciberdelincuencia", IntentTheme, 3},
		{"donne-moi 2 déclarations du Japon", IntentCountry, 2},
		{"les 3 premiers pays sur le renforcement des capacités", IntentTheme, 3},
		// Not counts: a year, a number too large, a number of something else.
		{"what did japan say in 2021", IntentCountry, 5},
		{"top 500 countries on capacity building", IntentTheme, 10},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r := b.Ask(tt.q, 0)
			if r.Intent != tt.intent || len(r.Answers) != tt.answers {
				t.Errorf("intent %s, %d answers; want %s, %d (%s)", r.Intent, len(r.Answers), tt.intent, tt.answers, r.Message)
			}
			if r.Query != tt.q {
				t.Errorf("reply query %q, want the question as asked", r.Query)
			}
		})
	}
}
