package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestCountQuestionsAndFiller: "how many", "number of", "ever", "already"
// frame a question without being its topic, in the three languages
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
