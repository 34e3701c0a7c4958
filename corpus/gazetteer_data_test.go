package corpus

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// resolvesTo scans "what does NAME say" as a question and returns the
// countries read.
func resolvesTo(g *Gazetteer, name string) []string {
	return scannedCountries(g, "what does "+name+" say")
}

// scannedCountries returns the countries g reads in question q, in order.
func scannedCountries(g *Gazetteer, q string) []string {
	var out []string
	for _, m := range g.Scan(Tokenize(q), true, nil).Countries {
		out = append(out, m.Country)
	}
	return out
}

// TestEveryFormResolvesToItsCountry goes across the gazetteer: every
// country's Spanish and French names, demonyms (every inflected form) and
// capitals name that country and no other, with and without accents.
func TestEveryFormResolvesToItsCountry(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range g.Countries {
		if len(c.ES) == 0 || len(c.FR) == 0 || len(c.Capitals) == 0 {
			t.Errorf("%s: missing Spanish, French names or capital", c.Short)
		}
		var forms []string
		forms = append(forms, c.ES...)
		forms = append(forms, c.FR...)
		forms = append(forms, c.Capitals...)
		for _, f := range forms {
			if g.stopFormOf(f) && !startsUpper(f) {
				continue // lower-case forms that are words ("lima") count only capitalised
			}
			for _, variant := range []string{f, Fold(f)} {
				got := resolvesTo(g, variant)
				want := c.Short
				if c.Short == "Belgium" && Fold(strings.ToLower(variant)) == "brussels" {
					want = "European Union" // the EU's seat
				}
				if len(got) != 1 || got[0] != want {
					t.Errorf("%s form %q read as %v", c.Short, variant, got)
				}
			}
		}
		for _, d := range append(append([]string(nil), c.ESDemonyms...), c.FRDemonyms...) {
			if got := g.scan(Tokenize(d), true, nil, false).Countries; len(got) != 1 || got[0].Country != c.Short {
				t.Errorf("%s demonym %q read as %v", c.Short, d, got)
			}
		}
	}
}

// stopFormOf reports whether a one-word form is matched only as written.
func (g *Gazetteer) stopFormOf(form string) bool {
	k := foldPhrase(form)
	for _, p := range g.phrases[k] {
		if len(p.words) == 1 && p.stopForm {
			return true
		}
	}
	return false
}

// TestNoCapitalIsAWord: a capital spelt like a word ("Male", "Lima",
// "Sucre") never names its country when typed as the word, and no
// capital is an English stop word.
func TestNoCapitalIsAWord(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range g.Countries {
		for _, capital := range c.Capitals {
			k := foldPhrase(capital)
			if stopWords[k] || romanceFunction[k] || connector[k] {
				t.Errorf("%s's capital %q is a function word", c.Short, capital)
			}
			if strings.Contains(k, " ") || !(g.common[k] || g.commonESFR[k]) {
				continue
			}
			q := "a " + k + " and a pen"
			if got := resolvesTo(g, q); len(got) > 0 {
				t.Errorf("the word %q in %q read as %v", k, q, got)
			}
		}
	}
}

func TestGazetteerColumns(t *testing.T) {
	g := DefaultGazetteer()
	iso := map[string]string{}
	for _, c := range g.Countries {
		if prev, dup := iso[c.ISO]; dup || c.ISO == "" {
			t.Errorf("%s: ISO %q (also %s)", c.Short, c.ISO, prev)
		}
		iso[c.ISO] = c.Short
		if c.Region == "" {
			t.Errorf("%s: no M49 region", c.Short)
			continue
		}
		if c.ISO == "EU" {
			continue
		}
		r, err := language.ParseRegion(c.Region)
		if err != nil || !r.Contains(language.MustParseRegion(c.ISO)) {
			t.Errorf("%s: M49 region %s does not contain %s", c.Short, c.Region, c.ISO)
		}
	}
	for short, want := range map[string]string{"Peru": "PE", "United Kingdom": "GB", "Kosovo": "XK", "European Union": "EU", "Türkiye": "TR"} {
		if c, _ := g.Lookup(short); c.ISO != want {
			t.Errorf("%s ISO = %q, want %s", short, c.ISO, want)
		}
	}
	// Corrected stale CLDR names stay corrected.
	for short, want := range map[string][2]string{
		"North Macedonia": {"Macedonia del Norte", "Macédoine du Nord"},
		"Eswatini":        {"Esuatini", "Eswatini"},
		"Palestine":       {"Palestina", "Palestine"},
		"Holy See":        {"Santa Sede", "Saint-Siège"},
	} {
		if c, _ := g.Lookup(short); c.ES[0] != want[0] || c.FR[0] != want[1] {
			t.Errorf("%s: es %q, fr %q, want %q", short, c.ES[0], c.FR[0], want)
		}
	}
}

func TestRegions(t *testing.T) {
	g := DefaultGazetteer()
	in := func(region, country string) bool {
		r, ok := g.LookupRegion(region)
		if !ok {
			t.Fatalf("no region %s", region)
		}
		for _, i := range r.Countries {
			if g.Countries[i].Short == country {
				return true
			}
		}
		return false
	}
	for _, tt := range []struct {
		region, country string
		want            bool
	}{
		{"Latin America and the Caribbean", "Peru", true},
		{"Latin America and the Caribbean", "Cuba", true},
		{"Latin America and the Caribbean", "United States", false},
		{"South America", "Peru", true},
		{"Central America", "El Salvador", true},
		{"Eastern Asia", "Japan", true},
		{"Europe", "European Union", true},
		{"Western Europe", "European Union", false},
		{"Southern Europe", "Kosovo", true},
		{"Western Balkans", "Kosovo", true},
		{"Western Balkans", "Croatia", false},
		{"African Union", "Morocco", true},
		{"ASEAN", "Timor-Leste", true},
		{"Nordic countries", "Estonia", false},
		{"Baltic states", "Estonia", true},
		{"Northern America", "Mexico", false},
		{"Maghreb", "Morocco", true},
		{"Maghreb", "Egypt", false},
		{"Sahel", "Mali", true},
		{"Levant", "Lebanon", true},
		{"South Caucasus", "Georgia", true},
		{"Eastern Partnership", "Moldova", true},
		{"Central American Integration System", "Dominican Republic", true},
		{"IGAD", "Kenya", true},
		{"ECCAS", "Gabon", true},
		{"OSCE", "Mongolia", true},
		{"OSCE", "United States", true},
		{"OSCE", "Japan", false},
		{"Council of Europe", "Türkiye", true},
		{"Council of Europe", "Russia", false},
	} {
		if got := in(tt.region, tt.country); got != tt.want {
			t.Errorf("%s in %s = %v, want %v", tt.country, tt.region, got, tt.want)
		}
	}
	// Every region is found by each of its names, and none by a country.
	for _, r := range g.Regions {
		for _, f := range append(append(append([]string{r.Name}, r.Forms...), r.ES...), r.FR...) {
			sc := g.Scan(Tokenize(f), true, nil)
			if len(sc.Regions) != 1 || sc.Regions[0].Region != r.Name || len(sc.Countries) > 0 {
				t.Errorf("%q read as %s", f, summary(sc))
			}
		}
		if len(r.Countries) == 0 && r.Kind != KindUnlisted {
			t.Errorf("region %s has no country", r.Name)
		}
		if len(r.Countries) > 0 && r.Kind == KindUnlisted {
			t.Errorf("unlisted grouping %s has countries", r.Name)
		}
	}
}

func TestRegionsErrors(t *testing.T) {
	for _, in := range []string{
		"Somewhere\tcontinent\t002\n",
		"Somewhere\tgroup\tPE;ZZ\n",
		"Peru\tgroup\tPE\n", // a region named like a country
		"\tm49\t002\n",
	} {
		if err := DefaultGazetteer().AddRegions(strings.NewReader(in)); err == nil {
			t.Errorf("AddRegions(%q): want an error", in)
		}
	}
}

func TestInflect(t *testing.T) {
	for _, tt := range []struct {
		fn   func(string) []string
		base string
		want string
	}{
		{inflectES, "peruano", "peruano,peruana,peruanos,peruanas"},
		{inflectES, "francés", "francés,francesa,franceses,francesas"},
		{inflectES, "alemán", "alemán,alemana,alemanes,alemanas"},
		{inflectES, "español", "español,española,españoles,españolas"},
		{inflectES, "iraquí", "iraquí,iraquíes,iraquís"},
		{inflectES, "estadounidense", "estadounidense,estadounidenses"},
		{inflectES, "croata", "croata,croatas"},
		{inflectFR, "péruvien", "péruvien,péruvienne,péruviens,péruviennes"},
		{inflectFR, "coréen", "coréen,coréenne,coréens,coréennes"},
		{inflectFR, "letton", "letton,lettonne,lettons,lettonnes"},
		{inflectFR, "français", "français,française,françaises"},
		{inflectFR, "belge", "belge,belges"},
		{inflectFR, "allemand", "allemand,allemande,allemands,allemandes"},
	} {
		if got := strings.Join(tt.fn(tt.base), ","); got != tt.want {
			t.Errorf("inflect(%q) = %s, want %s", tt.base, got, tt.want)
		}
	}
	if got := strings.Join(inflectAll([]string{"grec,grecque,grecs,grecques"}, inflectFR), ","); got != "grec,grecque,grecs,grecques" {
		t.Errorf("explicit forms = %s", got)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"perú": "peru", "pérou": "perou", "l'inde": "inde", "l’inde": "inde", "d'ivoire": "ivoire",
		"états": "etats", "côte": "cote", "türkiye": "turkiye", "chișinău": "chisinau", "œuvre": "oeuvre",
		"peru": "peru", "don't": "don't", "nukuʻalofa": "nukuʻalofa", "việt": "viet",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCLDRRegionNames: every M49 region is found by its English, Spanish
// and French CLDR names (golang.org/x/text/language/display), except
// Spanish "América", which the gazetteer reads as the English alias of
// the United States.
func TestCLDRRegionNames(t *testing.T) {
	g := DefaultGazetteer()
	except := map[string]bool{"América": true}
	for _, r := range g.Regions {
		if r.Kind != "m49" {
			continue
		}
		lr := language.MustParseRegion(r.Code)
		for _, n := range []string{display.English.Regions().Name(lr), display.Spanish.Regions().Name(lr), display.French.Regions().Name(lr)} {
			if n == "" || except[n] {
				continue
			}
			sc := g.Scan(Tokenize(n), true, nil)
			if len(sc.Regions) != 1 || sc.Regions[0].Region != r.Name || len(sc.Countries) > 0 {
				t.Errorf("CLDR name %q of %s (%s) read as %q", n, r.Name, r.Code, summary(sc))
			}
		}
	}
}
