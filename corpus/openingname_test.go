package corpus

import (
	"context"
	"testing"
	"testing/fstest"
)

// holderAfter loads a two-paragraph page, an English paragraph held by
// Norway and then p, and returns the country holding p ("" when none
// does: the paragraph is nobody's and not a statement).
func holderAfter(t *testing.T, p string) string {
	t.Helper()
	c, err := Load(context.Background(), fstest.MapFS{"f.txt": {Data: []byte(
		"Norway has called for the protection of critical infrastructure.\n\n" + p + "\n")}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < c.Len(); i++ {
		if s := c.Statement(i); s.Text == p {
			return s.Country
		}
	}
	return ""
}

// TestOpeningNameLang: a short Spanish or French paragraph opening with
// an article, a country's name in that language and a verb is that
// country's, never the previous paragraph's holder; English paragraphs
// opening with a Spanish place name, and Spanish or French paragraphs
// naming a country elsewhere, read as before.
func TestOpeningNameLang(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		// each held by Norway before the fix
		{"La Mauritanie appuie le texte.", "Mauritania"},
		{"Le Cambodge soutient la déclaration.", "Cambodia"},
		{"L'Érythrée appuie la proposition.", "Eritrea"},
		{"El Camerún apoya la iniciativa.", "Cameroon"},
		{"Los Países Bajos respaldan la resolución.", "Netherlands"},
		{"La Jordanie a soutenu la résolution.", "Jordan"},
		// readings that must not change
		{"La Paz hosted the regional workshop on confidence-building measures.", "Bolivia"},
		{"El Salvador supports the initiative.", "El Salvador"},
		{"El Perú apoya la propuesta.", "Peru"},
		{"Le Monde reported on the meeting.", "Norway"},
		{"La propuesta fue apoyada por Mauritania.", "Norway"},
		{"La Mauritanie, pays voisin, appuie le texte.", "Norway"},
	} {
		if got := holderAfter(t, tt.text); got != tt.want {
			t.Errorf("%q: held by %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSpanishGroupDeliverer: a Spanish or French group of States speaking
// through a country is that country's (see groupspeaker.go); a group
// speaking with no country named as delivering its words is nobody's,
// never the previous speaker's.
func TestSpanishGroupDeliverer(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		// each held by Norway or by nobody before the fix
		{"La Unión Africana, por intermedio de la delegación de Zambia, pidió más cooperación regional.", "Zambia"},
		{"La Liga de los Estados Árabes, por conducto de Túnez, pidió más cooperación regional.", "Tunisia"},
		{"La Organización de Cooperación Islámica, a través de Malasia, pidió más cooperación regional.", "Malaysia"},
		{"El Consejo de Cooperación del Golfo, por intermedio de Omán, rechazó la propuesta.", "Oman"},
		{"En nombre de la Unión Africana, habló Zambia, que pidió más cooperación regional.", "Zambia"},
		{"En nombre del Grupo Africano, intervino el representante de Botswana y pidió más cooperación.", "Botswana"},
		{"Au nom du Groupe africain, a pris la parole le Bénin, qui a demandé davantage de coopération.", "Benin"},
		{"La Ligue des États arabes, par la voix de la Tunisie, a demandé davantage de coopération.", "Tunisia"},
		{"La Liga de los Estados Árabes pidió más cooperación con Túnez.", ""},
		{"En nombre de la Unión Africana, el Presidente de la Comisión pidió más cooperación con Zambia.", ""},
		// readings that must not change
		{"El Grupo Africano, por intermedio de Zambia, pidió más cooperación regional.", "Zambia"},
		{"Le Groupe africain, par la voix du Bénin, a demandé davantage de coopération.", "Benin"},
		{"En nombre del Grupo Africano, Zambia pidió más cooperación regional.", "Zambia"},
		{"La Unión Africana, preocupada por la situación de Zambia, pidió más cooperación.", ""},
	} {
		if got := holderAfter(t, tt.text); got != tt.want {
			t.Errorf("%q: held by %q, want %q", tt.text, got, tt.want)
		}
	}
}
