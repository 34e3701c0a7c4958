package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestCountryForms asks questions that name countries in every way the
// gazetteer knows, on three corpora (the seeds, altcorpus and minicorpus,
// whose countries are not the seeds'), and checks who answers: the
// countries read, the regions and unknown names reported, and that every
// answer is a statement of a country asked about.
func TestCountryForms(t *testing.T) {
	bots := map[string]*Bot{"seeds": seedBot(t), "alt": altBot(t), "mini": miniBot(t)}
	tests := []struct {
		corpus, q string
		intent    string
		countries string // the reply's countries, comma-separated
		regions   string // region names, comma-separated
		unknown   string
		answers   bool // at least one answer expected
	}{
		// Capitals and seats as actors.
		{"alt", "what does Tokyo say on due diligence?", IntentStance, "Japan", "", "", true},
		{"alt", "Canberra's view on attribution", IntentStance, "Australia", "", "", true},
		{"alt", "Nairobi on cybercrime", IntentStance, "Kenya", "", "", true},
		{"alt", "Brasilia and Mexico City on sovereignty", IntentCompare, "Brazil,Mexico", "", "", true},
		{"mini", "what does Ottawa think about international law?", IntentStance, "Canada", "", "", true},
		{"seeds", "what does Brussels say?", IntentCountry, "European Union", "", "", true},
		// Spanish and French names and demonyms.
		{"alt", "¿Qué dice Brasil sobre la soberanía?", IntentStance, "Brazil", "", "", true},
		{"alt", "que dit la Suisse sur la souveraineté ?", IntentStance, "Switzerland", "", "", true},
		{"alt", "la position du Japon sur la cybercriminalité", IntentStance, "Japan", "", "", true},
		{"mini", "¿qué dice Noruega sobre la ciberdelincuencia?", IntentStance, "Norway", "", "", true},
		{"seeds", "¿Qué dice la India sobre la soberanía?", IntentStance, "India", "", "", true},
		{"seeds", "que dit l'Inde sur la souveraineté ?", IntentStance, "India", "", "", true},
		{"seeds", "posición de Corea del Sur sobre el derecho internacional", IntentStance, "South Korea", "", "", true},
		{"seeds", "la delegación salvadoreña sobre la ciberdelincuencia", IntentStance, "El Salvador", "", "", true},
		// Abbreviations, possessives, adjectival phrases, typos.
		{"seeds", "e.u. on norms", IntentStance, "European Union", "", "", true},
		{"seeds", "the R.O.K. on international law", IntentStance, "South Korea", "", "", true},
		{"alt", "Ghanaian officials on sovereignty", IntentStance, "Ghana", "", "", true},
		{"alt", "Switzerlnad on sovereignty", IntentStance, "Switzerland", "", "", true},
		{"seeds", "El Slavador on cybercrime", IntentStance, "El Salvador", "", "", true},
		{"seeds", "Soth Korea on international law", IntentStance, "South Korea", "", "", true},
		// Regions answer for their corpus countries, and say so ("=" :
		// the corpus countries of the gazetteer's region, computed).
		{"alt", "what do African countries say on sovereignty?", IntentCompare, "=", "Africa", "", true},
		{"alt", "Latin America on sovereignty", IntentCompare, "=", "Latin America and the Caribbean", "", true},
		{"alt", "the Baltic states on attribution", IntentCompare, "=", "Baltic states", "", true},
		{"mini", "the Nordic countries on cybercrime", IntentStance, "Norway", "Nordic countries", "", true},
		{"seeds", "the Nordic countries on sovereignty", IntentNone, "", "Nordic countries", "", false},
		{"seeds", "what does Africa say on sovereignty", IntentNone, "", "Africa", "", false},
		{"mini", "ASEAN on sovereignty", IntentCompare, "Indonesia,Singapore", "ASEAN", "", true},
		// The UN's regional groups and the Arab Group are their members.
		{"alt", "what does the African Group say on sovereignty?", IntentCompare, "=", "Africa", "", true},
		{"alt", "le Groupe africain sur la souveraineté", IntentCompare, "=", "Africa", "", true},
		{"seeds", "the Arab Group on norms", IntentNone, "", "Arab Group", "", false},
		{"seeds", "what does Latin America say on attribution?", IntentCompare, "Cuba,El Salvador,Peru", "Latin America and the Caribbean", "", true},
		{"seeds", "que dit l'Amérique latine sur l'attribution ?", IntentCompare, "Cuba,El Salvador,Peru", "Latin America and the Caribbean", "", true},
		{"seeds", "¿Qué dice América Latina sobre la atribución?", IntentCompare, "Cuba,El Salvador,Peru", "Latin America and the Caribbean", "", true},
		{"alt", "que pense Tokyo de la diligence raisonnable ?", IntentStance, "Japan", "", "", true},
		// A region after a preposition is the speakers' when speakers or
		// views come before it.
		// Which of a region's countries speak: those of its members (among.go).
		{"alt", "which countries in Africa talk about sovereignty?", IntentTheme, "", "Africa", "", true},
		{"alt", "who in Latin America talks about sovereignty", IntentTheme, "", "Latin America and the Caribbean", "", true},
		{"alt", "any views on sovereignty from Latin America?", IntentCompare, "=", "Latin America and the Caribbean", "", true},
		{"alt", "sovereignty: what do states in Africa say?", IntentCompare, "=", "Africa", "", true},
		// A region's adjective or people, in questions ("asian views"
		// listed every country's statements on the theme).
		{"alt", "african views on sovereignty", IntentCompare, "=", "Africa", "", true},
		{"alt", "la posición africana sobre la soberanía", IntentCompare, "=", "Africa", "", true},
		{"alt", "que pensent les africains de la souveraineté ?", IntentCompare, "=", "Africa", "", true},
		{"alt", "what do south americans say about cybercrime", IntentCompare, "=", "South America", "", true},
		{"alt", "what does Japan say about an African initiative", IntentStance, "Japan", "", "", false},
		{"alt", "India on the Asian Development Bank", IntentStance, "India", "", "", false},
		// A region after a country and its verb is what the country is
		// asked about; joined to it, another speaker.
		{"alt", "does Japan back the ASEAN regional CERT?", IntentStance, "Japan", "", "", true},
		{"mini", "Norway and ASEAN on cybercrime", IntentCompare, "Norway,Indonesia,Singapore", "ASEAN", "", true},
		// A region after a preposition is part of the topic.
		{"alt", "Australia and capacity building in the Pacific", IntentStance, "Australia", "", "", true},
		{"seeds", "what does Peru say about Latin America?", IntentStance, "Peru", "", "", false},
		// Unknown names are reported, never dropped while others answer.
		{"alt", "what does Wakanda say on attribution?", IntentNone, "", "", "Wakanda", false},
		{"mini", "Norway and Freedonia on cybercrime", IntentStance, "Norway", "", "Freedonia", true},
		{"seeds", "qué dice Narnia sobre la soberanía", IntentNone, "", "", "Narnia", false},
		{"seeds", "Narnia on attribution", IntentNone, "", "", "Narnia", false},
		{"seeds", "Ransomware on the rise?", IntentTheme, "", "", "", false},
		// Places and demonyms in noun phrases are not the country asked.
		{"alt", "the weather in Tokyo", IntentNone, "", "", "", false},
		{"seeds", "what does India say about the Chinese proposal?", IntentStance, "India", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.corpus+"/"+tt.q, func(t *testing.T) {
			r := bots[tt.corpus].Ask(tt.q, 0)
			var regions []string
			for _, reg := range r.Regions {
				regions = append(regions, reg.Region)
			}
			got := []string{r.Intent, strings.Join(r.Countries, ","), strings.Join(regions, ","), strings.Join(r.Unknown, ",")}
			countries := tt.countries
			if countries == "=" {
				reg, _ := bots[tt.corpus].Corpus().Gazetteer.LookupRegion(tt.regions)
				var in []string
				for _, i := range reg.Countries {
					if name := bots[tt.corpus].Corpus().Gazetteer.Countries[i].Short; bots[tt.corpus].Corpus().Holds(name) {
						in = append(in, name)
					}
				}
				if len(in) < 2 {
					t.Fatalf("%s holds %d countries of %s; the test wants two or more", tt.corpus, len(in), tt.regions)
				}
				countries = strings.Join(in, ",")
			}
			want := []string{tt.intent, countries, tt.regions, tt.unknown}
			if !slices.Equal(got, want) {
				t.Errorf("Ask(%q): intent, countries, regions, unknown = %q, want %q (%s)", tt.q, got, want, r.Message)
			}
			if tt.answers != (len(r.Answers) > 0) {
				t.Errorf("Ask(%q): %d answers, want some: %v (%s)", tt.q, len(r.Answers), tt.answers, r.Message)
			}
			asked := r.Countries
			if len(asked) == 0 { // a who-question among a region's countries
				for _, reg := range r.Regions {
					asked = append(asked, reg.Countries...)
				}
			}
			for _, a := range r.Answers {
				if !slices.Contains(asked, a.Country) {
					t.Errorf("Ask(%q): answer by %s, who was not asked", tt.q, a.Country)
				}
			}
			if len(r.Regions) > 0 && !strings.Contains(r.Message, "not a country") && !strings.Contains(r.Message, "none of its countries") &&
				!strings.Contains(r.Message, "no es un país") && !strings.Contains(r.Message, "n'est pas un pays") && !strings.Contains(r.Message, "ninguno de sus países") && !strings.Contains(r.Message, "aucun de ses pays") &&
				!strings.Contains(r.Message, " of its ") {
				t.Errorf("Ask(%q): the message does not say the region was answered by its countries: %s", tt.q, r.Message)
			}
			if len(r.Unknown) > 0 && !strings.Contains(r.Message, r.Unknown[0]) {
				t.Errorf("Ask(%q): the message does not name the unknown %s: %s", tt.q, r.Unknown[0], r.Message)
			}
		})
	}
}

// TestGroupNameIsNoTopic: the word "group" of a group's name is the name,
// not a topic ("what does the african group say" compared its countries
// "on group").
func TestGroupNameIsNoTopic(t *testing.T) {
	c := altBot(t).Corpus() // holds African countries
	for _, q := range []string{"what does the african group say", "african group on capacity building", "le groupe africain sur le renforcement des capacités"} {
		if p := Parse(c, q); slices.Contains(p.Words, "group") || slices.Contains(p.Words, "groupe") || len(p.Regions) == 0 {
			t.Errorf("Parse(%q): topic words %q, regions %v", q, p.Words, p.Regions)
		}
	}
}
