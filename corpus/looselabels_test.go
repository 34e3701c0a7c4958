package corpus

import "testing"

// TestUNQualifiedNamesAndLooseLabels holds each paragraph by the country
// its label or subject names when a record writes the country's UN name
// with its qualifier ("Iran (Islamic Republic of)"), or labels a turn in
// square brackets, with a dash, country first or after a comma. Each was
// held by the speaker or subject of the paragraph before it: another
// country's words.
func TestUNQualifiedNamesAndLooseLabels(t *testing.T) {
	tests := []struct {
		name, page string
		want       []held
	}{
		{"a summary's subjects with UN qualifiers", `Summary of the debate

Venezuela said that it rejected unilateral coercive measures.

The representative of Iran (Islamic Republic of) said that his country opposed the militarisation of cyberspace.

Bolivia (Plurinational State of) supported a legally binding instrument.

Micronesia (Federated States of) called for cable protection.
`, []held{{"Venezuela", "Venezuela said"}, {"Iran", "The representative of Iran"}, {"Bolivia", "Bolivia (Plurinational"}, {"Micronesia", "Micronesia (Federated"}}},

		{"a record's labels with UN qualifiers", `Verbatim record

Mr. Gil (Venezuela (Bolivarian Republic of)): Venezuela rejects unilateral coercive measures.

Ms. Rojas (Bolivia (Plurinational State of)): Bolivia supports a legally binding instrument.

Mr. Ahmadi (Iran (Islamic Republic of)): We oppose the militarisation of cyberspace.
`, []held{{"Venezuela", "Mr. Gil"}, {"Bolivia", "Ms. Rojas"}, {"Iran", "Mr. Ahmadi"}}},

		{"loose labels end the turn before them", `Transcript

Mr. Gil (Venezuela): Venezuela rejects unilateral coercive measures.

JUAN ROJAS (Bolivia (Plurinational State of)) said that Bolivia supports a legally binding instrument.

H.E. Ambassador Lee, Micronesia: Our cables are vulnerable.

Amb. Popescu (Moldova) – Moldova faced attacks on its elections.

Mr. Nguyen [Viet Nam]: Viet Nam supports capacity building.

Syria (Mr. Haddad): Syria rejects politicised attribution.

The representative of Chile said that Chile supports the programme of action.
`, []held{{"Venezuela", "Mr. Gil"}, {"Bolivia", "JUAN ROJAS"}, {"Micronesia", "H.E. Ambassador Lee"}, {"Moldova", "Amb. Popescu"},
			{"Vietnam", "Mr. Nguyen"}, {"Syria", "Syria (Mr. Haddad)"}, {"Chile", "The representative of Chile"}}},

		{"names written with St., & or a formal prefix are subjects, or nobody's, never the previous holder's", `Notes

Japan said that it supported norms.

Antigua & Barbuda stressed capacity building.

Japan noted the importance of norms.

St. Lucia stressed capacity building.

Japan recalled the eleven norms.

The Co-operative Republic of Guyana stressed capacity building.

Japan welcomed the report.

The Jordan Times reported that the report was welcomed.
`, []held{{"Japan", "Japan said"}, {"Antigua and Barbuda", "Antigua & Barbuda"}, {"Japan", "Japan noted"}, {"Saint Lucia", "St. Lucia"},
			{"Japan", "Japan recalled"}, {"Guyana", "The Co-operative Republic"}, {"Japan", "Japan welcomed"}, {"Japan", "The Jordan Times"}}},

		{"a person speaking for a country, a fronted phrase with no comma, neither/nor", `Notes

Japan said that it supported norms.

Speaking for Kenya, Ms. Otieno said capacity building was the priority.

Japan noted the importance of norms.

Ms. Otieno, speaking for Kenya, said capacity building was the priority.

Japan recalled the eleven norms.

The Permanent Representative of Kenya to the United Nations said capacity building was the priority.

Japan welcomed the report.

A Kenyan diplomat said capacity building was the priority.

Japan supported the report.

H.E. Mr. Kwame Mensah, Minister for Communications of Ghana, stressed capacity building.

Japan welcomed it too.

At the meeting Brazil said that sovereignty applies.

Japan endorsed the report.

Neither Kenya nor Ghana supported the treaty.

Japan praised the report.

In Brazil, the debate focused on a treaty.

Japan adopted the report.

Cooperation with Ghana remains a priority.
`, []held{{"Japan", "Japan said"}, {"Kenya", "Speaking for Kenya"}, {"Japan", "Japan noted"}, {"Kenya", "Ms. Otieno, speaking"},
			{"Japan", "Japan recalled"}, {"Kenya", "The Permanent Representative"}, {"Japan", "Japan welcomed"}, {"Kenya", "A Kenyan diplomat"},
			{"Japan", "Japan supported"}, {"Ghana", "H.E. Mr. Kwame Mensah"}, {"Japan", "Japan welcomed it too"}, {"Brazil", "At the meeting"}, {"Japan", "Japan endorsed"}, {"Kenya", "Neither"}, {"Ghana", "Neither"},
			{"Japan", "Japan praised"}, {"Japan", "Japan adopted"}, {"Japan", "Cooperation with Ghana"}}},

		{"Spanish and French: a person speaking for a country, a UN qualifier, a fronted place", `Notas

El Japón dijo que apoyaba las normas voluntarias.

En la reunión el Brasil dijo que la soberanía se aplica.

El Japón recordó las normas.

Hablando en nombre de Kenia, la Sra. Otieno dijo que el fomento de la capacidad era la prioridad.

El Japón apoyó el informe.

El Representante Permanente de Kenia ante las Naciones Unidas dijo que el fomento de la capacidad era la prioridad.

El Japón acogió el informe.

Un diplomático keniano dijo que el fomento de la capacidad era la prioridad.

El Japón destacó el informe.

El representante de Venezuela (República Bolivariana de) rechazó las medidas coercitivas.

Le Japon a soutenu le rapport.

S'exprimant au nom du Kenya, Mme Otieno a déclaré que le renforcement des capacités était la priorité.

Le Japon a salué le rapport.

Le Représentant permanent du Kenya auprès des Nations Unies a déclaré que le renforcement des capacités était la priorité.

Le Japon a rappelé le rapport.

Un diplomate kényan a déclaré que le renforcement des capacités était la priorité.

Le Japon a adopté le rapport.

Au Brésil, le débat a porté sur un traité.
`, []held{{"Japan", "El Japón dijo"}, {"Brazil", "En la reunión"}, {"Japan", "El Japón recordó"}, {"Kenya", "Hablando en nombre"},
			{"Japan", "El Japón apoyó"}, {"Kenya", "El Representante Permanente"}, {"Japan", "El Japón acogió"}, {"Kenya", "Un diplomático"},
			{"Japan", "El Japón destacó"}, {"Venezuela", "El representante de Venezuela"}, {"Japan", "Le Japon a soutenu"}, {"Kenya", "S'exprimant"},
			{"Japan", "Le Japon a salué"}, {"Kenya", "Le Représentant permanent"}, {"Japan", "Le Japon a rappelé"}, {"Kenya", "Un diplomate"},
			{"Japan", "Le Japon a adopté"}}},

		{"mirror: a speaker quoting another delegation keeps the turn", `Verbatim record

Mr. Gil (Venezuela): Venezuela rejects unilateral coercive measures.

As the representative of Chile said yesterday, the programme of action must be inclusive.
`, []held{{"Venezuela", "Mr. Gil"}, {"Venezuela", "As the representative of Chile"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeld(t, tt.page, tt.want)
		})
	}
}
