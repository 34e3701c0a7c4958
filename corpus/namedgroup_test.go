package corpus

import (
	"strings"
	"testing"
)

// TestNamedGroupAndCoordinateSubject: the openings that make several
// countries hold one paragraph, and the look-alikes that must not.
func TestNamedGroupAndCoordinateSubject(t *testing.T) {
	g := defaultGazetteer()
	tests := []struct {
		p    string
		want string // countries joined by ",", "" for none
		anon bool   // namedGroup reads an unnamed group
	}{
		{"Several delegations, including Lesotho and Eswatini, stressed the need for training.", "Lesotho,Eswatini", false},
		{"Two States (Fiji, Samoa) asked for a fund.", "Fiji,Samoa", false},
		{"A number of States, among them Cyprus, Iceland and Belize, supported a session.", "Cyprus,Iceland,Belize", false},
		{"Varias delegaciones, entre ellas Chile y el Paraguay, subrayaron la importancia.", "Chile,Paraguay", false},
		{"Plusieurs délégations, dont le Niger et le Tchad, ont souligné l'importance.", "Niger,Chad", false},
		{"Several delegations, notably small island States, stressed cables.", "", true},
		{"Several delegations, however, stressed the fund.", "", true},
		{"Brazil and India argued that the OEWG should continue.", "Brazil,India", false},
		{"Ghana, Nigeria and Senegal jointly proposed a network.", "Ghana,Nigeria,Senegal", false},
		{"Both Argentina and Uruguay on Monday stressed the PoA.", "Argentina,Uruguay", false},
		{"Colombia y el Ecuador acordaron intercambiar experiencias.", "Colombia,Ecuador", false},
		{"JUBA, 12 February 2025 — Sudan and South Sudan on Wednesday signed a memorandum.", "Sudan,South Sudan", false},
		{"KAMPALA — Ministers from Uganda and Rwanda disagreed on Thursday.", "", false},
		// Look-alikes: no subject list.
		{"Cooperation between Brazil and India has grown.", "", false},
		{"Brazil and India in particular were mentioned.", "", false},
		{"Brazil and India, for their part, argued for a treaty.", "", false},
		{"Brazil, India argued for a treaty.", "", false},
		{"Brazil has argued, with India, for a treaty.", "", false},
		{"Brazilian and Indian experts argued for a treaty.", "", false},
	}
	for _, tt := range tests {
		got, _, anon := g.namedGroup(tt.p)
		if len(got) == 0 {
			toks := Tokenize(tt.p)
			e := 1
			for e < len(toks) && !toks[e].SentStart {
				e++
			}
			got, _ = coordinateSubject(tt.p, toks, g.findText(toks, paragraphLang(toks) != ""), e)
		}
		if strings.Join(got, ",") != tt.want || anon != tt.anon {
			t.Errorf("%q: %v (unnamed %v), want %q (unnamed %v)", tt.p, got, anon, tt.want, tt.anon)
		}
	}
}
