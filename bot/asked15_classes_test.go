package bot

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestGenderFindsWomen: a question on gender finds the statements on
// women's participation, as these debates write it ("participation of
// women", "female diplomats", "mujeres", "femmes"), in English, Spanish and
// French, and a question on women finds "gender-sensitive" (see the gender
// line of corpus/data/acronyms.txt). Mirrors: a statement on human rights
// with no word of women is no answer on gender, and a gender question
// names no country that only spoke of human rights.
func TestGenderFindsWomen(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"no.txt": {Data: []byte("Norway stresses the participation of women in cyber diplomacy and thanks the fellowship for training female diplomats.\n")},
		"pe.txt": {Data: []byte("El Perú promoverá la participación de las mujeres en las carreras de ciberseguridad.\n")},
		"sn.txt": {Data: []byte("Le Sénégal veillera à ce que les femmes représentent un tiers des diplômés en cybersécurité.\n")},
		"ke.txt": {Data: []byte("Kenya supports a gender-sensitive approach to capacity building.\n")},
		"cl.txt": {Data: []byte("Chile supports the protection of human rights online and freedom of expression.\n")},
	}))
	for _, c := range []struct {
		q    string
		want []string // among the answers
		not  []string // no answer by these
	}{
		{"norway gender", []string{"Norway"}, nil},
		{"what does norway say on gender", []string{"Norway"}, nil},
		{"que dice peru sobre genero", []string{"Peru"}, nil},
		{"que dit le senegal sur le genre", []string{"Senegal"}, nil},
		{"who talks about gender", []string{"Norway", "Peru", "Senegal", "Kenya"}, []string{"Chile"}},
		{"who talks about women", []string{"Norway", "Peru", "Senegal", "Kenya"}, []string{"Chile"}},
		{"quien habla de genero", []string{"Norway", "Peru", "Senegal"}, []string{"Chile"}},
		// Mirrors.
		{"chile gender", nil, []string{"Chile", "Norway", "Peru", "Senegal", "Kenya"}},
		{"who talks about human rights", []string{"Chile"}, []string{"Norway", "Peru", "Senegal", "Kenya"}},
	} {
		r := b.Ask(c.q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: answers by %v, want %s among them (%s)", c.q, got, w, r.Message)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: answered by %s (%v)", c.q, n, got)
			}
		}
	}
}

// TestCapBuildingClipping: "cap building", as diplomats clip capacity
// building in chat ("cap-building", "capbuilding"), asks about capacity
// building (see corpus/data/synonyms.txt). Mirrors: "cap" alone or in
// another phrase ("a cap on fees") is no theme.
func TestCapBuildingClipping(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"no.txt": {Data: []byte("Norway believes that capacity building must be demand-driven and sustainable.\n")},
		"cl.txt": {Data: []byte("Chile supports a cap on the fees that registrars may charge.\n")},
	}))
	for _, c := range []struct {
		q     string
		theme bool // read as capacity building
	}{
		{"norway cap building", true},
		{"what does norway say on cap-building", true},
		{"norway capbuilding pls", true},
		{"who talks about cap building", true},
		// Mirrors.
		{"chile cap", false},
		{"what does chile say about a cap on fees", false},
		{"chile price cap", false},
	} {
		r := b.Ask(c.q, 0)
		if got := slices.Contains(r.Themes, "capacity building"); got != c.theme {
			t.Errorf("%q: themes %v, capacity building read %v, want %v", c.q, r.Themes, got, c.theme)
		}
	}
}

// TestCotonouAndRoadmap: Cotonou, Benin's seat of government, names Benin
// as Abidjan and Dar es Salaam name theirs (corpus/data/countries.tsv),
// and a Spanish or French "hoja de ruta", "feuille de route" is a roadmap
// (the glossaries). Mirrors: the Cotonou Agreement is no Benin, and a
// route alone is no roadmap.
func TestCotonouAndRoadmap(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"bj.txt": {Data: []byte("Le Bénin estime que chaque État a une obligation de diligence raisonnable.\n")},
		"mr.txt": {Data: []byte("La Mauritanie adoptera une feuille de route sur l'intelligence artificielle.\n")},
		"pe.txt": {Data: []byte("El Perú aprobará una hoja de ruta para la protección de los cables submarinos.\n")},
		"pa.txt": {Data: []byte("Panamá protegerá la ruta marítima del Canal y sus cables submarinos.\n")},
	}))
	for _, c := range []struct {
		q, want string // want: the first answer's country ("" none)
	}{
		{"what does cotonou say about due diligence", "Benin"},
		{"qu'en pense cotonou sur la diligence raisonnable", "Benin"},
		{"porto-novo due diligence", "Benin"},
		{"mauritania AI roadmap", "Mauritania"},
		{"who has a roadmap", "Mauritania"},
		{"peru roadmap on cables", "Peru"},
		// Mirrors.
		{"what does the cotonou agreement say about cables", "Peru"},
		{"panama roadmap", ""},
	} {
		r := b.Ask(c.q, 0)
		got := ""
		if len(r.Answers) > 0 {
			got = r.Answers[0].Country
		}
		if c.want == "" && len(r.Answers) > 0 || c.want != "" && got != c.want && !slices.ContainsFunc(r.Answers, func(a Answer) bool { return a.Country == c.want }) {
			t.Errorf("%q: answers %v (%s), want %q", c.q, got, r.Message, c.want)
		}
		if slices.Contains(r.Countries, "Benin") && strings.Contains(c.q, "agreement") {
			t.Errorf("%q: read as Benin", c.q)
		}
	}
}
