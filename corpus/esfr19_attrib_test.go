package corpus

import "testing"

// TestJointVoiceAfterAdverb: a news story's "Les deux pays ont par
// ailleurs affirmé …" ("Los dos países han por otra parte reiterado …",
// "The two countries have further agreed …") is both countries' words, as
// "Les deux pays ont affirmé" was; the adverb between the auxiliary and
// the verb made it background, and the paragraph was dropped
// (testdata/esfr19's Tunisian-Algerian article). Mirrors: the background
// verbs after the same adverbs stay background.
func TestJointVoiceAfterAdverb(t *testing.T) {
	fr := func(last string) string {
		return "La Tunisie défend son décret-loi sur les fausses nouvelles.\n\n" +
			"L'Algérie a installé son autorité de protection des données.\n\n" + last + "\n"
	}
	es := func(last string) string {
		return "Perú anunció que ratificará el Convenio de Budapest.\n\n" +
			"Bolivia presentará un proyecto de ley de protección de datos.\n\n" + last + "\n"
	}
	checkPageCases(t, []pageCase{
		{"fr par ailleurs", fr("Les deux pays ont par ailleurs affirmé leur attachement à la coopération régionale contre la cybercriminalité."), "Les deux pays", "Algeria;Tunisia"},
		{"fr en outre", fr("Les deux pays ont en outre condamné les attaques contre les infrastructures critiques."), "Les deux pays", "Algeria;Tunisia"},
		{"es por otra parte", es("Los dos países han por otra parte reiterado su compromiso contra la ciberdelincuencia."), "Los dos países", "Bolivia;Peru"},
		// Mirrors: what the two share is still background, adverb or not.
		{"fr background", fr("Les deux pays partagent par ailleurs une frontière de mille kilomètres."), "Les deux pays", ""},
		{"fr plain", fr("Les deux pays ont affirmé leur attachement à la coopération régionale."), "Les deux pays", "Algeria;Tunisia"},
	})
}

// TestRightsGroupsByKind: "Digital rights organisations estimate …",
// "Internet rights groups said …", "Press freedom groups warned …" speak
// for no country, as "Human rights groups criticised …" do; block order
// gave the first to the country of the paragraph before (testdata/esfr19's
// Chad-Niger story, held by Niger). Mirrors: a country's own digital
// agency or media regulator after the same first word keeps its holder.
func TestRightsGroupsByKind(t *testing.T) {
	const lead = "Niger's military authorities argued that the suspension of social media platforms was a matter of national sovereignty.\n\n"
	for _, c := range []struct{ para, want string }{
		{"Digital rights organisations estimate that the shutdowns cost the economy several million dollars a day.", ""},
		{"Internet rights groups said the blackout cut citizens off from emergency services.", ""},
		{"Press freedom groups warned that journalists could not file their stories.", ""},
		{"Human rights groups criticised the decision.", ""},
		// Mirrors.
		{"Digital services of the government, the authorities added, were restored within a week.", "Niger"},
		{"Media regulators in Niger said the platforms had ignored takedown requests.", "Niger"},
	} {
		if got := heldAfterLead(t, lead, c.para); got != c.want {
			t.Errorf("%.50q: held by %q, want %q", c.para, got, c.want)
		}
	}
}
