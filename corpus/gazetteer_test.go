package corpus

import (
	"strings"
	"testing"
)

func TestFindCountriesInQuestions(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct {
		q    string
		want string // "Country/how" joined by ","
	}{
		{"what does Peru say?", "Peru/name"},
		{"what does peru say?", "Peru/name"},
		{"Peru's view on attribution", "Peru/name"},
		{"ROK on due diligence", "South Korea/abbreviation"},
		{"South Korea and norms", "South Korea/name"},
		{"Republic of Korea", "South Korea/name"},
		{"what does Korea say", "South Korea/alias"},
		{"North Korea on norms", "North Korea/name"},
		{"the US and the UK", "United States/abbreviation,United Kingdom/abbreviation"},
		{"the U.S. position", "United States/abbreviation"},
		{"United States of America", "United States/name"},
		{"America on sovereignty", "United States/alias"},
		{"Britain on norms", "United Kingdom/alias"},
		{"the EU on norms", "European Union/abbreviation"},
		{"the E.U. on norms", "European Union/abbreviation"},
		{"European Union", "European Union/name"},
		{"eu norms", "European Union/abbreviation"},
		{"Macedonia", "North Macedonia/alias"},
		{"Bosnia and BiH", "Bosnia and Herzegovina/alias,Bosnia and Herzegovina/abbreviation"},
		{"a car and a van", ""},
		{"Peruvian view", "Peru/demonym"},
		{"the Salvadoran position", "El Salvador/demonym"},
		{"Korean approach", "South Korea/demonym"},
		{"Chinese and British views", "China/demonym,United Kingdom/demonym"},
		{"Brazilian and Uruguayan statements", "Brazil/demonym,Uruguay/demonym"},
		{"what does Inda say", "India/typo"},
		{"what does Peur say", "Peru/typo"},
		{"Serbai on norms", "Serbia/typo"},
		// Non-hits: ordinary words are not countries.
		{"tell us about norms", ""},
		{"what is in the report", ""},
		{"iron and mail and chat", ""},
		{"the union of states", ""},
		{"a cube of cheese", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var got []string
			for _, m := range g.Find(Tokenize(tt.q), true, nil) {
				got = append(got, m.Country+"/"+m.How)
			}
			if strings.Join(got, ",") != tt.want {
				t.Errorf("Find(%q) = %v, want %s", tt.q, got, tt.want)
			}
		})
	}
}

func TestFindInTextNeedsCapitals(t *testing.T) {
	g := DefaultGazetteer()
	for _, tt := range []struct{ text, want string }{
		{"Peru stresses the need", "Peru"},
		{"we ate turkey and china plates", ""},
		{"Turkey and China", "Türkiye,China"},
		{"the Union promotes norms", "European Union"},
		{"Coinciding with other American states", "United States"},
	} {
		var got []string
		for _, m := range g.Find(Tokenize(tt.text), false, nil) {
			got = append(got, m.Country)
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("Find(%q) = %v, want %s", tt.text, got, tt.want)
		}
	}
}

func TestGazetteerCoversTheUN(t *testing.T) {
	g := DefaultGazetteer()
	members := 0
	for _, c := range g.Countries {
		if c.Status == "member" {
			members++
		}
	}
	if members != 193 {
		t.Errorf("%d UN members, want 193", members)
	}
	for _, name := range []string{"European Union", "Holy See", "Palestine"} {
		if _, ok := g.Lookup(name); !ok {
			t.Errorf("%s missing", name)
		}
	}
}

func TestResolveCountry(t *testing.T) {
	g := DefaultGazetteer()
	for in, want := range map[string]string{"ROK": "South Korea", "peruvian": "Peru", "the EU": "European Union", "Inda": "India", "us": "", "nowhere land": ""} {
		got, _ := g.Resolve(in)
		if got != want {
			t.Errorf("Resolve(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseGazetteerErrors(t *testing.T) {
	for _, in := range []string{
		"Peru\tRepublic of Peru\tX\t\tmember\nChile\tRepublic of Chile\tX\t\tmember\n",
		"\tno short name\n",
		"Peru\tRepublic of Peru\n Peru\tdup\n",
	} {
		if _, err := ParseGazetteer(strings.NewReader(in)); err == nil && !strings.Contains(in, " Peru") {
			t.Errorf("ParseGazetteer(%q): want error", in)
		}
	}
}
