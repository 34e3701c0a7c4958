package bot

import (
	"slices"
	"testing"
)

// TestESFR21OfficialNames: an official long name typed in a question names
// its country and leaves nothing of itself in the topic. A French form
// whose "of" is an elided "d'" ("la république arabe d'égypte", "la
// république islamique d'iran") kept "republique arabe" as topic words,
// which outranked the question's own; Mexico's Spanish official name
// "Estados Unidos Mexicanos" was read as the United States; Ouagadougou's
// everyday "Ouaga" was no capital. Mirrors: "Estados Unidos" alone is the
// United States, and a plain "d'Égypte" after no form is Egypt.
func TestESFR21OfficialNames(t *testing.T) {
	b := esfr21Bot(t)
	for _, tc := range []struct {
		q         string
		countries []string
		content   []string
	}{
		{"que dit la republique arabe d'egypte sur l'ingerence", []string{"Egypt"}, []string{"interfer"}},
		{"que dit la république islamique d'iran sur les sanctions", []string{"Iran"}, []string{"sanction"}},
		{"que dicen los estados unidos mexicanos sobre la militarizacion", []string{"Mexico"}, nil},
		{"que disent les états-unis du mexique sur les rançongiciels", []string{"Mexico"}, nil},
		{"ouaga infrastructures critiques", []string{"Burkina Faso"}, nil},
		// Mirrors.
		{"que dice estados unidos sobre ransomware", []string{"United States"}, nil},
		{"que dit le ministre d'egypte sur l'ingerence", []string{"Egypt"}, nil},
	} {
		r := b.Explain(tc.q, 3)
		if !slices.Equal(r.Countries, tc.countries) {
			t.Errorf("%q read as %v, want %v", tc.q, r.Countries, tc.countries)
		}
		if tc.content != nil && (r.Explain == nil || !slices.Equal(r.Explain.Stems, tc.content)) {
			t.Errorf("%q stems %v, want %v", tc.q, r.Explain.Stems, tc.content)
		}
	}
}

// TestAndJoinsNamesESFR: "y", "e" and "et" between two names join two
// sides, as English "and" does. The Spanish and French reading dropped
// them as stop words, and a second side that holds no statement but is
// named by the first's ("que dicen chile y la ue sobre …", "le chili et
// l ue") was read as what the first's statements mention: no comparison,
// "no statement by Chile that mentions the EU". Mirrors: "sobre la ue"
// asks Chile about the Union, and a name joined to a topic ("caracas y el
// convenio de budapest") or to a region or an organisation ("chile y la
// OEA", esfr20's "honduras y la OEA") asks one government.
func TestAndJoinsNamesESFR(t *testing.T) {
	b := esfr21Bot(t)
	for _, tc := range []struct {
		q, intent string
		countries []string
	}{
		{"que dicen chile y la ue sobre derecho internacional", IntentCompare, []string{"Chile", "European Union"}},
		{"que disent le chili et l ue sur le droit international", IntentCompare, []string{"Chile", "European Union"}},
		{"chile y la union europea, derecho internacional", IntentCompare, []string{"Chile", "European Union"}},
		// Mirrors.
		{"que dice chile sobre la ue", IntentStance, []string{"Chile"}},
		{"caracas y el convenio de budapest", IntentStance, []string{"Venezuela"}},
		{"le tchad et la CEEAC", IntentStance, []string{"Chad"}},
		{"chile y la OEA", IntentStance, []string{"Chile"}},
	} {
		r := b.Ask(tc.q, 3)
		if r.Intent != tc.intent || !slices.Equal(r.Countries, tc.countries) {
			t.Errorf("%q read as %s %v, want %s %v", tc.q, r.Intent, r.Countries, tc.intent, tc.countries)
		}
	}
}
