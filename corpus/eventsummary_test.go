package corpus

import (
	"context"
	"testing"
	"testing/fstest"
)

// TestEventSummaryHasNoAuthor: a meeting's summary published by a host
// country's mission or ministry reports what each delegation said, so
// "Denmark stated …" is Denmark's, not the host's (asked13's Nordic-Baltic
// side event, held by Latvia throughout); mirrors: a country's own
// statement or strategy, a summary of a national document, keeps another
// country that acts as the author's.
func TestEventSummaryHasNoAuthor(t *testing.T) {
	body := "Latvia said that attribution is a sovereign decision.\n\nDenmark stated that countermeasures must be proportionate.\n"
	for _, tt := range []struct{ name, page, want string }{
		{"side event summary", "Nordic-Baltic side event on cyber norms: summary\nPermanent Mission of Latvia to the United Nations (host)\n\n" + body, "Denmark"},
		{"resumen de reunión", "Reunión regional sobre ciberseguridad: resumen\nMinisterio de Relaciones Exteriores de Letonia\n\n" + body, "Denmark"},
		{"synthèse d'atelier", "Atelier sur les normes : synthèse des débats\nMission permanente de la Lettonie\n\n" + body, "Denmark"},
		// Mirrors.
		{"a national statement", "Statement by Latvia at the OEWG\nPermanent Mission of Latvia to the United Nations\n\n" + body, "Latvia"},
		{"a strategy's summary", "National Cybersecurity Strategy of Latvia (executive summary)\nMinistry of Defence of Latvia\n\n" + body, "Latvia"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(context.Background(), fstest.MapFS{"p.txt": {Data: []byte(tt.page)}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, s := range c.Statements() {
				if s.Text == "Denmark stated that countermeasures must be proportionate." {
					got = s.Country
				}
			}
			if got != tt.want {
				t.Errorf("'Denmark stated …' held by %q, want %q", got, tt.want)
			}
		})
	}
}
