package corpus

import (
	"slices"
	"testing"
)

// TestAgencyHeadOfCountry: the head of a State's agency, named through the
// agency in lower case ("Le directeur général de l'autorité nationale de
// cybersécurité du Rwanda, présent à la cérémonie, a affirmé …"), speaks
// for that State, in French, Spanish and English, as a minister named so
// does; the agency's head who only names the country later is no
// speaker for it.
func TestAgencyHeadOfCountry(t *testing.T) {
	const lead = "La République centrafricaine a lancé mardi à Bangui les travaux de son futur centre de réponse.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"Le directeur général de l'autorité nationale de cybersécurité du Rwanda, présent à la cérémonie, a affirmé que Kigali formera des ingénieurs.", "Rwanda"},
		{"Le directeur du centre de cybersécurité du Rwanda a affirmé que Kigali formera une trentaine d'ingénieurs.", "Rwanda"},
		{"La directrice générale adjointe de l'agence nationale du numérique du Sénégal a annoncé un programme de formation.", "Senegal"},
		{"El director general de la autoridad nacional de ciberseguridad de Ruanda, presente en la ceremonia, afirmó que Kigali formará ingenieros.", "Rwanda"},
		{"The director general of the national cybersecurity authority of Rwanda, present at the ceremony, said that Kigali would train engineers.", "Rwanda"},
		{"The director of the agency of Ghana said that Accra would train thirty engineers.", "Ghana"},
		// mirrors: the country only named after the agency's head's verb
		{"Le directeur de l'agence salue la décision du Rwanda.", "Central African Republic"},
		{"The director of the agency welcomes the support of Rwanda, which trains engineers.", "Central African Republic"},
	})
}

// TestTitleOnlySpeaker: an official named by the office alone after a
// full first mention ("Le ministre a, de son côté, rappelé …") is the
// official the page named with that office, not the other country's
// official quoted in between; the same office right after its own
// official goes on with it, and another office keeps block order.
func TestTitleOnlySpeaker(t *testing.T) {
	tests := []struct {
		page string
		want []held
	}{
		{"Le ministre centrafricain de l'Économie numérique a déclaré que le pays doit protéger ses données.\n\n" +
			"Le directeur général de l'autorité nationale de cybersécurité du Rwanda a affirmé que Kigali formera des ingénieurs.\n\n" +
			"Selon lui, la coopération Sud-Sud est la meilleure réponse.\n\n" +
			"Le ministre a, de son côté, rappelé que la RCA n'a pas encore ratifié la Convention de Malabo.\n",
			[]held{{"Central African Republic", "Le ministre centrafricain"}, {"Rwanda", "Le directeur général"}, {"Rwanda", "Selon lui"}, {"Central African Republic", "Le ministre a"}}},
		{"La ministra ecuatoguineana de Telecomunicaciones afirmó que el país necesita un segundo cable.\n\n" +
			"El embajador de Camerún señaló que Yaundé ofrecerá formación a los técnicos.\n\n" +
			"La ministra añadió que el acuerdo se firmará antes de diciembre.\n",
			[]held{{"Equatorial Guinea", "La ministra ecuatoguineana"}, {"Cameroon", "El embajador"}, {"Equatorial Guinea", "La ministra añadió"}}},
		{"The Ghanaian minister of communications said Ghana would host the drill.\n\n" +
			"The ambassador of Togo said Lomé would send a team of analysts.\n\n" +
			"The minister added that the drill would take place in March.\n",
			[]held{{"Ghana", "The Ghanaian minister"}, {"Togo", "The ambassador"}, {"Ghana", "The minister added"}}},
		// mirrors: the office right after its own official; an office the
		// page named for nobody before keeps block order
		{"El ministro de Relaciones Exteriores de Belice recordó el ataque de 2025.\n\n" +
			"El ministro añadió que Belice promoverá el memorando ante el SICA.\n",
			[]held{{"Belize", "El ministro de"}, {"Belize", "El ministro añadió"}}},
		{"Le ministre centrafricain de l'Économie numérique a déclaré que le pays doit protéger ses données.\n\n" +
			"Le directeur général de l'autorité nationale de cybersécurité du Rwanda a affirmé que Kigali formera des ingénieurs.\n\n" +
			"Le directeur a ajouté que la formation commencera en janvier.\n",
			[]held{{"Central African Republic", "Le ministre centrafricain"}, {"Rwanda", "Le directeur général"}, {"Rwanda", "Le directeur a"}}},
	}
	for _, tt := range tests {
		t.Run(tt.want[len(tt.want)-1].prefix, func(t *testing.T) { checkHeld(t, tt.page, tt.want) })
	}
}

// TestSilentDelegationsPlural: delegations that made no statement or were
// not represented ("Guatemala y Honduras, invitados como observadores, no
// hicieron declaraciones", "Le Niger, le Mali et le Burkina Faso, qui ont
// quitté la Communauté, n'étaient pas représentés") hold nothing, in
// Spanish, French and English; one that made a statement after all holds
// it.
func TestSilentDelegationsPlural(t *testing.T) {
	const lead = "Panamá y Belice firmaron hoy un memorando de entendimiento sobre ciberseguridad.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"Guatemala y Honduras, invitados como observadores, no hicieron declaraciones.", ""},
		{"Costa Rica no formuló ninguna declaración.", ""},
		{"El Salvador y Nicaragua no estuvieron representados.", ""},
		{"Le Niger, le Mali et le Burkina Faso, qui ont quitté la Communauté en janvier 2025, n'étaient pas représentés.", ""},
		{"Le Ghana n'a fait aucune déclaration.", ""},
		{"Jamaica and Belize did not make any statements.", ""},
		// mirrors: a statement after all
		{"Guatemala y Honduras no hicieron declaraciones sobre el memorando, pero pidieron unirse a los ejercicios.", "Guatemala"},
		{"Le Ghana n'était pas représenté au niveau ministériel mais a soutenu la proposition.", "Ghana"},
	})
}

// TestAnalystsAndNewsroomOwnWords: a sentence fronted by analysts' or
// observers' view ("Para los analistas consultados por este diario,
// Guinea Ecuatorial y Camerún buscan …", "Pour plusieurs observateurs, la
// Centrafrique reste …") or ended by the newsroom's reporting clause ("…,
// rappelle notre rédaction") is theirs, whatever country is its subject;
// a country's own view fronted so, or a minister's, stays the country's.
func TestAnalystsAndNewsroomOwnWords(t *testing.T) {
	const lead = "Bangui veut son centre de réponse aux cyberattaques\nOubangui Info\n\nLa République centrafricaine a lancé mardi les travaux de son centre national de réponse aux incidents.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"Pour plusieurs observateurs, la Centrafrique reste l'un des pays les plus exposés de la sous-région.", ""},
		{"Aux yeux des analystes, le Tchad et le Cameroun disposent d'une avance.", ""},
		{"Para los analistas consultados por este diario, Guinea Ecuatorial y Camerún buscan reducir su dependencia.", ""},
		{"Según varios expertos, Gabón sigue siendo el país más expuesto de la región.", ""},
		{"For many analysts, Chad remains the most exposed country in the region.", ""},
		{"Le Cameroun et le Congo voisins disposent déjà de tels centres, rappelle notre rédaction.", ""},
		{"Camerún y el Congo ya cuentan con centros de ese tipo, recuerda este diario.", ""},
		{"Para los analistas consultados, el acuerdo es sobre todo político.", ""},
		{"Pour plusieurs observateurs, l'accord reste surtout symbolique.", ""},
		// mirrors: a country's or an official's own view fronted so
		{"Pour le Cameroun, la coopération régionale reste la priorité.", "Cameroon"},
		{"Selon le ministre tchadien, le Tchad ouvrira son centre en 2027.", "Chad"},
		{"Le Cameroun rappelle que son centre fonctionne depuis 2015.", "Cameroon"},
	})
}

// TestBloggerSensView: a blogger's "À mon sens, la position suisse est …"
// ("A mi modo de ver, …", "As I see it, …") on a page that reports what
// delegations argued is the blogger's, not the country's it judges; a
// delegation's own paragraph after it stays its own.
func TestBloggerSensView(t *testing.T) {
	const lead = "Le blog de l'institut\n\nLa Suisse a présenté sa position sur le droit international.\n\nMonaco, de son côté, a plaidé pour une aide juridique aux petits États.\n\nSelon l'ambassadeur monégasque, une vingtaine d'États ont publié une position.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"À mon sens, la position suisse est l'une des plus abouties d'Europe.", ""},
		{"A mi modo de ver, la postura suiza es una de las más completas de Europa.", ""},
		{"As I see it, the Swiss position is one of the most complete in Europe.", ""},
		// mirror: the delegation's own words
		{"La Suisse considère que la souveraineté est une règle.", "Switzerland"},
	})
}

// TestHyphenedNameTypo: a hyphenated name ("Guinée-Bissau", "Timor-Leste")
// is matched with a typo in one of its words, as any other multi-word name
// is ("la guinee-bisau" was Guinea and a stray word); the first word alone
// still names its own country, and an abbreviation keeps its exact case.
func TestHyphenedNameTypo(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ q, want string }{
		{"que dit la guinee-bisau sur les reseaux electriques", "Guinea-Bissau"},
		{"que dit la guinee bisau sur la cybercriminalite", "Guinea-Bissau"},
		{"que dice guinea bisao sobre el cibercrimen", "Guinea-Bissau"},
		{"what does timor-lest say about cybercrime", "Timor-Leste"},
		// mirrors: initials hyphenated stay exact
		{"r u sure about ghana", "Ghana"},
		{"que dice guinea sobre el cibercrimen", "Guinea"},
		{"que dice guinea ecuatorial sobre el cable", "Equatorial Guinea"},
		{"que dit la guinée-bissau", "Guinea-Bissau"},
	}
	for _, tt := range tests {
		r := g.Scan(Tokenize(tt.q), true, nil)
		if len(r.Countries) != 1 || r.Countries[0].Country != tt.want {
			t.Errorf("%q: countries %v, want %s", tt.q, r.Countries, tt.want)
		}
	}
}

// TestESFR24QuestionReadings: a question's word and the form a page
// writes of its family read alike ("satelites" asked, "satelitales"
// written; "desestabilizacion", "desestabilizar"; French "appareils
// piégés" and English "booby-trapped devices"); a phishing campaign's
// "correos fraudulentos" is phishing; "dominios" is domains, never a
// misspelt Dominica; a CSIRT's "recomienda" and "recommande" are
// recommendations, which keep a chat "q recomienda …" Spanish.
func TestESFR24QuestionReadings(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct {
		code, q string
		want    []string // in the English reading
		not     []string // not in it
	}{
		{"es", "q dice la argentina de los satelites", []string{"satellite"}, nil},
		{"es", "la argentina y los sistemas satelitales", []string{"satellite"}, nil},
		{"es", "la postura venezolana sobre la desestabilizacion", []string{"destabilization"}, nil},
		{"es", "rechaza desestabilizar al pais", []string{"destabilization"}, nil},
		{"fr", "que dit le liban sur la destabilisation", []string{"destabilization"}, nil},
		{"es", "una campaña de correos fraudulentos", []string{"phishing"}, nil},
		{"es", "que dice el vencert sobre los dominios", []string{"domains"}, []string{"dominica"}},
		{"es", "q recomienda suscerte", []string{"recommends"}, nil},
		{"fr", "que recommande le cert", []string{"recommends"}, nil},
		{"fr", "les appareils piégés", []string{"booby trapped devices"}, nil},
		// Mirrors: the country and the other words keep their reading.
		{"es", "que dice dominica sobre los satelites", []string{"dominica", "satellite"}, nil},
		{"fr", "que dit la dominique sur les satellites", []string{"satellite"}, nil},
	} {
		checkEnglishReading(t, g, c.code, c.q, c.want, c.not)
	}
}

// TestProtectDataTheme: a statement that a country protects its data
// ("protéger ses données", "proteger sus datos", "protect their data") is
// on data protection, as "la protection des données" is; data named
// without protecting it is not.
func TestProtectDataTheme(t *testing.T) {
	for _, c := range []struct {
		page string
		want bool
	}{
		{"Le ministre centrafricain a déclaré que le pays doit protéger ses données d'état civil.\n", true},
		{"El ministro ecuatoguineano afirmó que el país debe proteger sus datos sanitarios.\n", true},
		{"The Kenyan minister said that Kenya must protect their data at home.\n", true},
		// Mirror: data without protection.
		{"Le ministre centrafricain a déclaré que le pays publie ses données budgétaires.\n", false},
	} {
		var sts []Statement
		for _, s := range loadPage(t, c.page).Statements() {
			sts = append(sts, s)
		}
		if len(sts) != 1 {
			t.Fatalf("%q: %d statements", c.page, len(sts))
		}
		if got := slices.Contains(sts[0].Themes, "data protection"); got != c.want {
			t.Errorf("%q: themes %v, want data protection %v", c.page, sts[0].Themes, c.want)
		}
	}
}

// TestRoleCountryAtPlace: a role's country followed by the place where
// the official serves ("L'ambassadeur du Cameroun à Libreville a
// indiqué", "El embajador de Camerún en Malabo señaló", "The ambassador
// of Cameroon in Libreville said"), with or without an insertion after
// it, speaks for that country; a country in a noun phrase that is no
// role keeps block order.
func TestRoleCountryAtPlace(t *testing.T) {
	const lead = "Le ministre gabonais a déclaré que le pays a besoin d'un second câble.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"L'ambassadeur du Cameroun à Libreville a indiqué que Yaoundé offrira des formations.", "Cameroon"},
		{"L'ambassadrice du Cameroun au Gabon a indiqué que Yaoundé offrira des formations.", "Cameroon"},
		{"L'ambassadeur du Cameroun à Libreville, présent à la cérémonie, a indiqué que Yaoundé offrira des formations.", "Cameroon"},
		{"Le représentant du Cameroun à New York a souligné que Yaoundé soutient le mécanisme permanent.", "Cameroon"},
		{"El embajador de Camerún en Malabo señaló que Yaundé ofrecerá formación a los técnicos.", "Cameroon"},
		{"The ambassador of Cameroon in Libreville said that Yaoundé would offer training.", "Cameroon"},
		// mirrors: no role before the country
		{"La coopération du Cameroun à Libreville reste modeste.", "Gabon"},
		{"Cybercrime legislation in Cameroon in Yaoundé dates from 2010.", "Gabon"},
	})
}
