package corpus

import "testing"

// TestReportedSpeakerEndsAtHeading: a report's section heading that names
// no country ("Key takeaways", "Panel 2: Cybercrime") ends the reported
// speaker before it: its list is the report's. Mirrors: a country that is
// the subject of its own paragraph goes on past a heading, and a reported
// speaker goes on with no heading between.
func TestReportedSpeakerEndsAtHeading(t *testing.T) {
	tests := []struct {
		page string
		want []held
	}{
		{"Event report\n\nThe representative of Malawi explained that Malawi relies on donor funding for its CERT.\n\nKey takeaways\n\n- National CERTs need sustained funding.\n",
			[]held{{"Malawi", "The representative"}}},
		{"Event report\n\nLe représentant du Niger a expliqué que le CERT dépend des bailleurs.\n\nPrincipales conclusions\n\nLes CERT nationaux ont besoin d'un financement durable.\n",
			[]held{{"Niger", "Le représentant"}}},
		// mirrors
		{"Malawi relies on donor funding for its CERT.\n\nCapacity building\n\nIt calls for sustained funding of national CERTs.\n",
			[]held{{"Malawi", "Malawi relies"}, {"Malawi", "It calls"}}},
		{"Event report\n\nThe representative of Malawi explained that Malawi relies on donor funding for its CERT.\n\nShe added that national CERTs need sustained funding.\n",
			[]held{{"Malawi", "The representative"}, {"Malawi", "She added"}}},
	}
	for _, tt := range tests {
		t.Run(tt.want[0].prefix, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}
