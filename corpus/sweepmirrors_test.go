package corpus

import "testing"

// TestSweepFixMirrors: the readings the attribution sweep's fixes must
// not spread to (see contnamed.go, headingend.go, "the States").
func TestSweepFixMirrors(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []held
	}{
		{"a continuation opening that names no country goes on; one naming another's proposal is no speaker", `The delegation of Canada said that norms matter.

The delegation welcomed Brazil's proposal on capacity-building.
`, []held{{"Canada", "The delegation of Canada"}, {"Canada", "The delegation welcomed"}}},

		{"a continuation opening that names its country is that country's", `The delegation of Canada said that norms matter.

The delegation of Dom. Rep. said that capacity-building must come first.
`, []held{{"Canada", "The delegation of Canada"}, {"Dominican Republic", "The delegation of Dom. Rep."}}},

		{"a short sentence ending in an abbreviation is no heading", `The delegation of Canada said that norms matter.

We agree with the U.K.

We also support the programme of action.
`, []held{{"Canada", "The delegation of Canada"}, {"Canada", "We agree with the U.K."}, {"Canada", "We also support"}}},

		{"a short line ending in a bracket that holds no name is no heading", `The delegation of Canada said that norms matter.

The strategy was adopted in 2019 (see annex)

The strategy names a national CERT.
`, []held{{"Canada", "The delegation of Canada"}, {"Canada", "The strategy was adopted"}, {"Canada", "The strategy names"}}},

		{"a heading in a UN qualifier's brackets names its country", `Canada

The Government considers that norms matter.

Iran (Islamic Republic of)

The Government considers that capacity-building must come first.
`, []held{{"Canada", "The Government considers that norms"}, {"Iran", "The Government considers that capacity"}}},

		{"the States parties are no country", `The delegation of Canada said that norms matter.

Statements by the States that took the floor welcomed the report.

We call on the States parties to implement the norms.
`, []held{{"Canada", "The delegation of Canada"}, {"Canada", "Statements by the States"}, {"Canada", "We call on"}}},

		{"the Emirates at a sentence's start is the country", `The Emirates said that capacity-building must come first.
`, []held{{"United Arab Emirates", "The Emirates said"}}},

		{"a Spanish demonym spelt like an English one, and an elided French name", `El Gobierno danés señaló que las normas importan.

Le représentant de l'Argentine a déclaré que le renforcement des capacités doit répondre à la demande.
`, []held{{"Denmark", "El Gobierno danés"}, {"Argentina", "Le représentant de l'Argentine"}}},

		{"a title's country with an \"of\" of its own is the whole name; a ministry's \"of\" is not", `H.E. Ms. Ana Diaz, Permanent Representative of the Democratic Republic of the Congo, said that norms matter.

H.E. Mr. Kwame Mensah, Minister for Communications of Ghana, stressed that capacity-building must come first.
`, []held{{"DR Congo", "H.E. Ms. Ana Diaz"}, {"Ghana", "H.E. Mr. Kwame Mensah"}}},

		{"a country's abbreviation in capitals labels its paragraph; a role in capitals stays a role", `USA: Norms must be implemented.

MODERATOR: Thank you. Next speaker.

DPRK: Capacity-building must come first.
`, []held{{"United States", "USA: Norms"}, {"North Korea", "DPRK: Capacity"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeld(t, tt.page, tt.want)
		})
	}
}
