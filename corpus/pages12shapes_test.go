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

// TestClosingLineNextMeeting: a press release's closing line announcing
// the next meeting ("La Asamblea General se reunirá …", "L'Assemblée
// générale se réunira …", "The General Assembly will meet again …") is
// nobody's, and does not go on with the last speaker (testdata/pages11's
// 981, pages12's 992 and 99c).
func TestClosingLineNextMeeting(t *testing.T) {
	speaker := func(lang string) string {
		switch lang {
		case "es":
			return "El representante de Guyana subrayó que los pequeños Estados necesitan apoyo concreto para proteger sus infraestructuras críticas.\n\n"
		case "fr":
			return "Le délégué de Djibouti a souligné que la criminalité numérique ne connaît pas de frontières.\n\n"
		}
		return "The representative of Guyana stressed that small States need concrete support to protect their critical infrastructure.\n\n"
	}
	checkPageCases(t, []pageCase{
		{"es committee", speaker("es") + "La Primera Comisión se reunirá de nuevo el lunes 3 de noviembre, a las 10.00 horas.\n", "La Primera Comisión se reunirá", ""},
		{"es assembly", speaker("es") + "La Asamblea General se reunirá nuevamente el jueves 4 de diciembre, a las 10.00 horas.\n", "La Asamblea General se reunirá", ""},
		{"es council", speaker("es") + "El Consejo de Seguridad reanudará sus trabajos mañana.\n", "El Consejo de Seguridad reanudará", ""},
		{"fr assembly", speaker("fr") + "L'Assemblée générale se réunira de nouveau demain, à 10 heures.\n", "L'Assemblée générale se réunira", ""},
		{"fr curly", speaker("fr") + "L’Assemblée générale reprendra ses travaux lundi.\n", "L’Assemblée générale reprendra", ""},
		{"en assembly", speaker("en") + "The General Assembly will meet again at 10 a.m. on Thursday, 4 December.\n", "The General Assembly will meet", ""},
		// Mirrors: the speaker keeps its words; a State that says its
		// delegation will take part, or the Assembly's name inside a
		// speaker's sentence, is still the speaker's.
		{"es speaker", speaker("es") + "La Asamblea General se reunirá nuevamente el jueves.\n", "El representante de Guyana", "Guyana"},
		{"es state", speaker("es") + "Guyana se reunirá con los Estados del Caribe antes de la próxima sesión.\n", "Guyana se reunirá", "Guyana"},
		{"en inside", speaker("en") + "He added that the General Assembly will meet again only if the States agree.\n", "He added that", "Guyana"},
	})
}
