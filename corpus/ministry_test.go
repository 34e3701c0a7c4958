package corpus

import "testing"

// TestMinistryOfCountry: a ministry named by its portfolio and then its
// country ("The ministry of foreign affairs of Jordan said …", "El
// ministerio de relaciones exteriores de Jordania afirmó …", "Le ministère
// des affaires étrangères de la Jordanie a déclaré …"), capitalised or
// not, is the subject: the country's words, not the previous paragraph's
// holder's (they were Oman's, or dropped when capitalised). Mirrors: a
// ministry that says something about the country, or is described with
// it, leaves the paragraph as it was.
func TestMinistryOfCountry(t *testing.T) {
	const head = "Regional cyber talks\n\nOman supports a binding framework on state behaviour in cyberspace and stresses due diligence.\n\n"
	tests := []struct {
		para, holder string
	}{
		{"The Ministry of Foreign Affairs of Jordan said that the attribution of cyber operations must rest on evidence.", "Jordan"},
		{"The ministry of foreign affairs of Jordan said that the attribution of cyber operations must rest on evidence.", "Jordan"},
		{"The Ministry of Health of Jordan said that the attribution of cyber operations must rest on evidence.", "Jordan"},
		{"The Ministry of Digital Economy and Entrepreneurship of Jordan said that attribution must rest on evidence.", "Jordan"},
		{"The Ministry of Foreign Affairs and Expatriates of Jordan said that attribution must rest on evidence.", "Jordan"},
		{"The ministry of the interior of Kyrgyzstan stated that attribution must rest on evidence.", "Kyrgyzstan"},
		{"El ministerio de relaciones exteriores de Jordania afirmó que la atribución de las operaciones cibernéticas debe basarse en pruebas.", "Jordan"},
		{"El Ministerio de Relaciones Exteriores de Jordania afirmó que la atribución debe basarse en pruebas.", "Jordan"},
		{"Le ministère des affaires étrangères de la Jordanie a déclaré que l'attribution des cyberopérations doit reposer sur des preuves.", "Jordan"},
		{"Le Ministère des Affaires étrangères de la Jordanie a déclaré que l'attribution doit reposer sur des preuves.", "Jordan"},
		{"Le ministère de la santé de la Jordanie a déclaré que l'attribution doit reposer sur des preuves.", "Jordan"},
		// mirrors
		{"The ministry of foreign affairs said that the government of Jordan has presented a new platform.", "Oman"},
		{"The ministry welcomed the support of Jordan for the framework on state behaviour in cyberspace.", "Oman"},
		{"The ministry of health welcomes the support of Jordan shown in the negotiations on attribution.", "Oman"},
		{"The ministry in charge of relations with Jordan said that attribution must rest on evidence.", "Oman"},
		{"The Ministry of Foreign Affairs of Oman welcomed the position of Jordan on attribution of cyber operations.", "Oman"},
		{"The ministry's report on the attacks against Jordan said that attribution must rest on evidence.", "Oman"},
		{"El ministerio afirmó que el gobierno de Jordania presentó una plataforma de notificación de incidentes.", "Oman"},
		{"El ministerio de salud felicitó al gobierno de Jordania por su plataforma de notificación de incidentes.", "Oman"},
		{"Le ministère de la santé a salué la position de la Jordanie sur l'attribution des cyberopérations.", "Oman"},
	}
	for _, tt := range tests {
		checkAfter(t, head, held{"Oman", "Oman supports"}, tt.para, tt.holder)
	}
}
