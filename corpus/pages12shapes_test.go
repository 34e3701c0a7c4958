package corpus

import "testing"

// TestInstitutionDemonymESFR: a Spanish or French institution that speaks
// for a State named by its demonym ("La Cancillería boliviana respondió",
// "L'ambassade malienne a démenti") is that State, not the country of the
// paragraph before it (testdata/pages12's 994).
func TestInstitutionDemonymESFR(t *testing.T) {
	es := "El Gobierno paraguayo acusó el jueves a actores con base en territorio extranjero de atacar la represa.\n\n" +
		"La Cancillería boliviana respondió en un comunicado que el país no ha participado en esas operaciones.\n"
	esEmb := "El Gobierno chileno denunció un ataque contra su red eléctrica.\n\n" +
		"La Embajada peruana en Santiago negó toda participación y pidió pruebas.\n"
	fr := "Le Gouvernement sénégalais a dénoncé une intrusion dans les réseaux de l'État.\n\n" +
		"L'ambassade malienne à Dakar a démenti toute implication et demandé des preuves.\n"
	checkPageCases(t, []pageCase{
		{"es ministry", es, "La Cancillería boliviana", "Bolivia"},
		{"es embassy", esEmb, "La Embajada peruana", "Peru"},
		{"fr embassy", fr, "L'ambassade malienne", "Mali"},
		{"fr ambassador", "Le Gouvernement sénégalais a dénoncé une intrusion.\n\nL'ambassadeur malien a démenti toute implication.\n", "L'ambassadeur malien", "Mali"},
		// Mirrors: the first paragraph's holder stays; a ministry with no
		// demonym goes on as before.
		{"es first", es, "El Gobierno paraguayo", "Paraguay"},
		{"fr first", fr, "Le Gouvernement sénégalais", "Senegal"},
		{"es no demonym", "El Gobierno chileno denunció un ataque.\n\nLa Cancillería respondió que investigará el caso.\n", "La Cancillería respondió", "Chile"},
	})
}
