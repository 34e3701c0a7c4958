package corpus

import "testing"

// TestCausativeObjectActs: a paragraph with no country as its subject
// whose sentence makes a country act through a causative verb ("… has
// prompted Namibia to review its networks", "forced Ghana to adopt") is
// that country's, never the previous paragraph's holder's, who is not
// named in it. Mirrors: a country that is the causative's subject holds
// it, "to" before a noun phrase is no action ("led Kenya to the
// conclusion" keeps the block), and a paragraph with a subject keeps it.
func TestCausativeObjectActs(t *testing.T) {
	before := "Zimbabwe, by contrast, has made the new convention the centre of its policy."
	checkHolderCases(t, []holderCase{
		{before, "Salt Typhoon, the espionage campaign that breached telecommunications networks in dozens of countries, has also prompted Namibia to review the security of its core networks, the regulator said.", "Namibia"},
		{before, "The attack on the central bank forced Ghana to adopt an emergency cybersecurity law.", "Ghana"},
		{before, "The outage led Kenya to create a national incident response team.", "Kenya"},
		// Mirrors.
		{before, "Namibia has prompted Botswana to review the security of its networks.", "Namibia"},
		{before, "The new law also requires licensing of data controllers, and the ministry said it had led the region to the adoption of similar rules.", "Zimbabwe"},
		{before, "The attack on the central bank led Kenya to the conclusion that a treaty is needed.", "Zimbabwe"},
	})
}

// TestWorkshopChairedByIsProcedure: a summary's line on who chaired,
// hosted or organised a workshop, seminar or conference ("The workshop
// was chaired by Qatar and brought together …", "Le séminaire, organisé
// par Madagascar, a réuni des délégations …", "El seminario, organizado
// por Uruguay, reunió …") is procedure, no position of that country; it
// was held by the country as a later mention. Mirrors: the host that says
// something, and a workshop line that is no procedure.
func TestWorkshopChairedByIsProcedure(t *testing.T) {
	const en, fr, es = "Doha, 18 September 2025", "Antananarivo, 12 février 2026", "Montevideo, 5 de mayo de 2026"
	after := map[string]string{en: "Kuwait stressed that operators must report breaches within 72 hours.",
		fr: "Haïti a souligné que les gangs utilisent les réseaux sociaux.", es: "Bolivia pidió un código de conducta regional."}
	for _, tc := range []struct{ dateline, p, want string }{
		{en, "The workshop was chaired by Qatar and brought together the cybersecurity authorities of the GCC member States.", "-"},
		{en, "The seminar was hosted by Bahrain.", "-"},
		{en, "The conference was opened by Oman.", "-"},
		{fr, "Le séminaire, organisé par Madagascar, a réuni des délégations de l'espace francophone autour de l'intégrité de l'information.", "-"},
		{fr, "La réunion, présidée par le Tchad, a rassemblé vingt délégations.", "-"},
		{es, "El seminario, organizado por Uruguay, reunió a los países del MERCOSUR.", "-"},
		// Mirrors.
		{en, "Qatar chaired the workshop and called for a regional dialogue on submarine cables.", "Qatar"},
		{en, "The workshop was an occasion for Bahrain to present its national exercise.", "Bahrain"},
		{fr, "Madagascar a organisé le séminaire et a plaidé pour la protection des enfants en ligne.", "Madagascar"},
	} {
		page := tc.dateline + "\n\n" + tc.p + "\n\n" + after[tc.dateline] + "\n"
		if got := holdersOf(t, page, tc.p[:30])[0]; got != tc.want {
			t.Errorf("%q: held by %s, want %s", tc.p, got, tc.want)
		}
	}
}
