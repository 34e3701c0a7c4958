package bot

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.json")

var allSeeds = []string{"000_1ebf36fdb85f7c30", "001_a79107312ff06e8a", "002_b44b26f2b45a15c3", "003_b51f9da9da894e76", "004_a60c58689f941b60"}

func seedBot(t testing.TB) *Bot {
	t.Helper()
	c, err := corpus.Load(context.Background(), seeds.FS, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return New(c)
}

func altBot(t testing.TB) *Bot {
	t.Helper()
	c, err := corpus.LoadDir(context.Background(), "../testdata/altcorpus", corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return New(c)
}

func TestPeruAttributionHasAllFiveSources(t *testing.T) {
	r := seedBot(t).Ask("what does Peru say on attribution?", 0)
	if r.Intent != IntentStance || len(r.Answers) == 0 {
		t.Fatalf("intent %s, %d answers; want a stance answer", r.Intent, len(r.Answers))
	}
	a := r.Answers[0]
	if a.Country != "Peru" || !strings.HasPrefix(a.Text, "Peru has noted the difficulty of attribution") {
		t.Errorf("first answer = %s: %.50s", a.Country, a.Text)
	}
	if strings.Join(a.Sources, ",") != strings.Join(allSeeds, ",") {
		t.Errorf("sources = %v, want all five seeds", a.Sources)
	}
}

func TestIntents(t *testing.T) {
	b := seedBot(t)
	tests := []struct {
		q, intent, countries, themes string
	}{
		{"what does Peru say on attribution?", IntentStance, "Peru", "attribution"},
		{"Peru's position on due-diligence", IntentStance, "Peru", "due diligence"},
		{"Tell me about Cuba", IntentCountry, "Cuba", ""},
		{"Korea", IntentCountry, "South Korea", ""},
		{"ROK", IntentCountry, "South Korea", ""},
		{"who talks about due diligence?", IntentTheme, "", "due diligence"},
		{"weaponization", IntentTheme, "", "militarisation"},
		{"compare Peru and South Korea on due diligence", IntentCompare, "Peru,South Korea", "due diligence"},
		{"compare India and the EU on norms", IntentCompare, "India,European Union", "voluntary norms"},
		{"what do Peru and Cuba say about cyberspace?", IntentCompare, "Peru,Cuba", ""},
		{"Peru vs Cuba", IntentCompare, "Peru,Cuba", ""},
		{"list countries", IntentList, "", ""},
		{"which countries are there?", IntentList, "", ""},
		{"themes", IntentList, "", ""},
		{"help", IntentHelp, "", ""},
		{"", IntentHelp, "", ""},
		{"what is this?", IntentNone, "", ""},
		{"the E.U. on confidence building", IntentStance, "European Union", "confidence-building measures"},
		{"what does Inda say on norms", IntentStance, "India", "voluntary norms"},
		{"Salvadoran view on supply chains", IntentStance, "El Salvador", "supply chains"},
		// Words that frame what a country said are not its topic.
		{"what are cuba's priorities", IntentCountry, "Cuba", ""},
		{"what are india's main concerns?", IntentCountry, "India", ""},
		{"who brought up due diligence", IntentTheme, "", "due diligence"},
		{"did anyone stress capacity building", IntentTheme, "", "capacity building"},
		{"india's main points", IntentCountry, "India", ""},
		{"anything new from serbia?", IntentCountry, "Serbia", ""},
		{"what's new on attribution", IntentTheme, "", "attribution"},
		{"does peru want a new instrument", IntentStance, "Peru", "legally binding instruments"},
		{"who talks about points of contact", IntentTheme, "", "confidence-building measures"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r := b.Ask(tt.q, 0)
			if r.Intent != tt.intent || strings.Join(r.Countries, ",") != tt.countries || strings.Join(r.Themes, ",") != tt.themes {
				t.Errorf("Ask(%q) = intent %s, countries %v, themes %v; want %s, %s, %s", tt.q, r.Intent, r.Countries, r.Themes, tt.intent, tt.countries, tt.themes)
			}
			if r.Message == "" {
				t.Errorf("Ask(%q): empty message", tt.q)
			}
		})
	}
}

// TestNoAnswer: absent, only-mentioned and silent countries get zero
// answers and a plain message, never another country's words.
func TestNoAnswer(t *testing.T) {
	b := seedBot(t)
	tests := []struct{ q, country, msg string }{
		{"what does France say on attribution?", "France", "no statement by France"},
		{"what does China say on sovereignty?", "China", "only mentioned in statements by India"},
		{"what does Russia say on sovereignty?", "Russia", "only mentioned"},
		{"what does Iran say about weaponisation?", "Iran", "only mentioned"},
		{"what does Nigeria say on norms?", "Nigeria", "only mentioned"},
		{"what does Serbia say on human rights?", "Serbia", "no statement by Serbia on human rights"},
		{"Tell me about France", "France", "no statement by France"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r := b.Ask(tt.q, 0)
			if len(r.Answers) != 0 {
				t.Errorf("%d answers, want none: %s", len(r.Answers), r.Answers[0].Country)
			}
			if !strings.Contains(r.Message, tt.msg) {
				t.Errorf("message %q does not say %q", r.Message, tt.msg)
			}
			for _, a := range r.Related {
				if a.Country == tt.country {
					t.Errorf("related statement attributed to the asked country %s", tt.country)
				}
			}
		})
	}
}

func TestStanceAnswersOnlyTheAskedCountry(t *testing.T) {
	b := seedBot(t)
	for _, q := range []string{"what does India say on norms?", "Peru on human rights", "El Salvador on cybercrime", "ROK on due diligence", "the EU on voluntary norms", "Cuba on militarisation"} {
		r := b.Ask(q, 5)
		if len(r.Answers) == 0 {
			t.Errorf("%q: no answer", q)
		}
		for _, a := range r.Answers {
			if a.Country != r.Countries[0] {
				t.Errorf("%q: answer by %s, asked %s", q, a.Country, r.Countries[0])
			}
		}
	}
}

func TestThemeAcrossCountries(t *testing.T) {
	r := seedBot(t).Ask("who talks about due diligence?", 0)
	got := map[string]bool{}
	for _, a := range r.Answers {
		if got[a.Country] {
			t.Errorf("%s answered twice", a.Country)
		}
		got[a.Country] = true
	}
	if !got["Peru"] || !got["South Korea"] || len(got) != 2 {
		t.Errorf("countries %v, want Peru and South Korea", got)
	}
}

func TestCompareGivesEachCountry(t *testing.T) {
	r := seedBot(t).Ask("compare India and the EU on norms", 0)
	var got []string
	for _, a := range r.Answers {
		got = append(got, a.Country)
	}
	if strings.Join(got, ",") != "India,European Union" {
		t.Errorf("compare answers by %v, want India then European Union", got)
	}
	r = seedBot(t).Ask("compare Peru and Serbia on human rights", 0)
	if len(r.Answers) != 1 || r.Answers[0].Country != "Peru" || !strings.Contains(r.Message, "Serbia: no statement on human rights") {
		t.Errorf("compare with a silent country: %d answers, message %q", len(r.Answers), r.Message)
	}
}

func TestExplain(t *testing.T) {
	r := seedBot(t).Handle(context.Background(), Question{Text: "explain what does Peur say on attribution"})
	if r.Explain == nil || len(r.Explain.Countries) != 1 || r.Explain.Countries[0].How != corpus.ByTypo {
		t.Fatalf("explain = %+v", r.Explain)
	}
	if len(r.Explain.Scores) == 0 || r.Explain.Scores[0].Terms["attribut"] == 0 {
		t.Errorf("explain scores = %+v, want the attribut term", r.Explain.Scores)
	}
}

func TestThemeAnswers(t *testing.T) {
	b := seedBot(t)
	as := b.ThemeAnswers("attribution", nil)
	if len(as) != 1 || as[0].Country != "Peru" {
		t.Errorf("attribution digest answers = %v", as)
	}
	as = b.ThemeAnswers("voluntary norms", nil)
	for i := 1; i < len(as); i++ {
		if as[i-1].Country > as[i].Country {
			t.Errorf("not sorted by country: %s before %s", as[i-1].Country, as[i].Country)
		}
	}
	if got := b.ThemeAnswers("voluntary norms", []string{"India"}); len(got) != 1 || got[0].Country != "India" {
		t.Errorf("filtered = %v", got)
	}
	if got := b.ThemeAnswers("no such theme at all", nil); got != nil {
		t.Errorf("unknown theme = %v", got)
	}
}

// TestAltCorpus asks questions of a corpus with other countries, so
// nothing is tuned to the seven seed countries.
func TestAltCorpus(t *testing.T) {
	b := altBot(t)
	tests := []struct {
		q, country, contains string
	}{
		{"what does Kenya say on countermeasures?", "Kenya", "countermeasures"},
		{"what does Brazil say on sovereignty?", "Brazil", "sovereignty"},
		{"Japan on due diligence", "Japan", "due diligence"},
		{"Brazilian view on self-defence", "Brazil", "self-defense"},
		{"Estonian view on countermeasures", "Estonia", "countermeasures"},
		{"what does Ghana say about the Budapest Convention?", "Ghana", "Budapest"},
		{"Swiss position on international humanitarian law", "Switzerland", "humanitarian"},
		{"Mexico on critical infrastructure", "Mexico", "infrastructure"},
		{"Australia on capacity building", "Australia", "capacity"},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if len(r.Answers) == 0 {
			t.Errorf("%q: no answer (%s)", tt.q, r.Message)
			continue
		}
		if r.Answers[0].Country != tt.country || !strings.Contains(strings.ToLower(r.Answers[0].Text), strings.ToLower(tt.contains)) {
			t.Errorf("%q: first answer %s %.80q", tt.q, r.Answers[0].Country, r.Answers[0].Text)
		}
	}
	// Silent or absent: Japan says nothing on attribution here, Brazil nothing on
	// norms, China and Russia are only mentioned, Peru is absent.
	for _, q := range []string{"Japan on attribution", "what does Brazil say on norms?", "what does China say on sovereignty?", "what does Russia say?", "Peru on attribution"} {
		if r := b.Ask(q, 0); len(r.Answers) != 0 {
			t.Errorf("%q: %d answers from a corpus where that country holds nothing", q, len(r.Answers))
		}
	}
}

// TestGolden pins whole replies for questions a user would ask; run with
// -update after an intended change and review the diff.
func TestGolden(t *testing.T) {
	b := seedBot(t)
	questions := []string{
		"what does Peru say on attribution?",
		"what does Peru say about the use of force?",
		"Peru on human rights",
		"what does Cuba say about militarization?",
		"ROK on legally binding instruments",
		"South Korea on capacity building",
		"what does El Salvador say on cybercrime?",
		"El Salvador and supply chains",
		"what does Serbia say on UN processes?",
		"what does the EU say about confidence-building measures?",
		"India on sovereignty",
		"India on weaponisation",
		"who talks about due diligence?",
		"who talks about voluntary norms?",
		"compare India and the EU on norms",
		"compare Peru and South Korea on due diligence",
		"what do Peru and Cuba say about cyberspace?",
		"Tell me about Serbia",
		"what does France say on attribution?",
		"what does China say on sovereignty?",
		"what does Serbia say on human rights?",
		"countries",
		"what is the weather?",
	}
	var got []Reply
	for _, q := range questions {
		got = append(got, b.Ask(q, 0))
	}
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	const path = "testdata/golden.json"
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./bot -run Golden -update)", err)
	}
	var wantReplies []Reply
	if err := json.Unmarshal(want, &wantReplies); err != nil {
		t.Fatal(err)
	}
	for i := range got {
		g, _ := json.Marshal(got[i])
		w, _ := json.Marshal(wantReplies[i])
		if string(g) != string(w) {
			t.Errorf("%q changed:\n got %s\nwant %s", questions[i], g, w)
		}
	}
}

func TestReplyJSONContract(t *testing.T) {
	r := seedBot(t).Ask("what is the weather?", 0)
	data, _ := json.Marshal(r)
	for _, key := range []string{`"query"`, `"intent"`, `"countries":[]`, `"themes":[]`, `"answers":[]`, `"related":[]`, `"message"`} {
		if !strings.Contains(string(data), key) {
			t.Errorf("JSON %s lacks %s", data, key)
		}
	}
}

func TestSwapCorpusWhileAsking(t *testing.T) {
	b := seedBot(t)
	alt := altBot(t).Corpus()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 200; i++ {
			r := b.Ask("what does Peru say on attribution?", 0)
			if len(r.Answers) > 0 && r.Answers[0].Country != "Peru" {
				t.Errorf("answer by %s", r.Answers[0].Country)
			}
		}
	}()
	for i := 0; i < 50; i++ {
		b.SetCorpus(alt)
		b.SetCorpus(seedBot(t).Corpus())
	}
	<-done
}
