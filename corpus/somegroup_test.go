package corpus

import (
	"slices"
	"testing"
)

// TestHeadingSomeOfGroup holds that a heading naming part of a group ("on
// behalf of a cross-regional group of small island developing States")
// makes none of the group's members a holder: only the country delivering
// it holds the statement, while a heading naming the group itself signs
// for every member.
func TestHeadingSomeOfGroup(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct {
		heading string
		want    []string // nil: more than these, all of the group's members
		members bool
	}{
		{"Delivered by Tuvalu on behalf of a cross-regional group of small island developing States", []string{"Tuvalu"}, false},
		{"Statement by Kenya on behalf of several African States", []string{"Kenya"}, false},
		{"Statement by Fiji on behalf of 14 Pacific small island States", []string{"Fiji"}, false},
		{"Déclaration du Sénégal au nom de plusieurs petits États insulaires en développement", []string{"Senegal"}, false},
		{"Intervención de Cuba en nombre de un grupo de pequeños Estados insulares", []string{"Cuba"}, false},
		{"Statement delivered by Tonga on behalf of the Pacific Islands Forum", nil, true},
		{"Statement by Jamaica on behalf of the Alliance of Small Island States", nil, true},
		{"Statement by Jamaica on behalf of the 14 CARICOM member States", nil, true},
		{"Statement by Indonesia on behalf of 11 ASEAN member States", nil, true},
	}
	for _, tt := range tests {
		hh, _ := g.headingHolders(tt.heading)
		if !tt.members {
			if !slices.Equal(hh, tt.want) {
				t.Errorf("%q: holders %v, want %v", tt.heading, hh, tt.want)
			}
			continue
		}
		if len(hh) < 5 {
			t.Errorf("%q: holders %v, want the group's members", tt.heading, hh)
		}
	}
}
