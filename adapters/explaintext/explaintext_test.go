package explaintext

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

func TestWriteIsATable(t *testing.T) {
	e := &bot.Explain{
		Stems:     []string{"attribut", "norm"},
		Countries: []bot.CountryMatch{{Country: "Ghana", Matched: "Ghanaian", How: "demonym"}},
		Themes:    []string{"attribution"},
		Lang:      "en", LangScores: map[string]float64{"en": 3, "fr": 0.5},
		Scores: []bot.ScoreBreakdown{{Country: "Ghana", Score: 3.25, Terms: map[string]float64{"norm": 0.4, "attribut": 1.2}}},
	}
	var out strings.Builder
	Write(&out, e, bot.LabelsFor("en"))
	got := out.String()
	for _, w := range []string{"country   Ghana, from \"Ghanaian\" (demonym)", "themes    attribution", "#  country  score",
		"attribut 1.20, norm 0.40", "en (en 3.00, fr 0.50)"} {
		if !strings.Contains(got, w) {
			t.Errorf("explain lacks %q:\n%s", w, got)
		}
	}
	if strings.Contains(got, "map[") {
		t.Errorf("explain shows Go map syntax:\n%s", got)
	}
}

// A Spanish or French reply labels its statements as quoted in English
// and its headings in the asker's language.
