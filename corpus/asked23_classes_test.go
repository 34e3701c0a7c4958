package corpus

import "testing"

// TestCapitalHoldingCountryName: a capital whose name holds another
// country's ("Port of Spain", "Puerto España") names no such country in
// running text: the dateline of Trinidad and Tobago's press release gave
// its paragraphs to Spain (asked23). Mirrors: the country's own name, and
// Spain itself, are read as before.
func TestCapitalHoldingCountryName(t *testing.T) {
	const release = "MEDIA RELEASE\n\nMinistry of Digital Transformation\nGovernment of the Republic of Trinidad and Tobago\n\n"
	checkPageCases(t, []pageCase{
		{"dateline", release + "Port of Spain, 4 August 2026\n\nThe Minister today laid the Cybercrime Bill in the House.\n", "The Minister today", "Trinidad and Tobago"},
		{"in a sentence", "Jamaica calls for regional cooperation.\n\nThe meeting in Port of Spain agreed on a common template.\n", "The meeting in", "Jamaica"},
		{"spanish capital", "Comunicado de Jamaica\n\nJamaica pide cooperación regional.\n\nLa reunión de Puerto España acordó una plantilla común.\n", "La reunión de", "Jamaica"},
		// Mirrors.
		{"spain acts", "Jamaica calls for regional cooperation.\n\nSpain offered to train Caribbean specialists.\n", "Spain offered", "Spain"},
		{"port of a country", "Jamaica calls for regional cooperation.\n\nSpain's port of Algeciras was hit by ransomware, Spain said.\n", "Spain's port", "Spain"},
	})
}

// TestRunInCountryHeading: a think tank's country notes open with the
// country's name as a run-in heading ("Mongolia. Ulaanbaatar took a
// different path."): the note is that country's, not the note before's;
// "Our view." after them is the authors' (asked23). Mirrors: a sentence
// that only opens with a country ("Mongolia has adopted …") is read as
// before, and a short first sentence that is no name keeps the block.
func TestRunInCountryHeading(t *testing.T) {
	const notes = "What three governments say on data\n\nWe looked at what three governments said.\n\n" +
		"Uzbekistan. Since 2021, Uzbek law has required that data be stored locally, Tashkent says.\n\n" +
		"Mongolia. Ulaanbaatar took a different path and requires no localisation.\n\n" +
		"Kazakhstan. Astana's Ministry of Digital Development has proposed certified data centres.\n\n" +
		"Our view. Localisation is sold as a security measure.\n"
	checkPageCases(t, []pageCase{
		{"second note", notes, "Mongolia. Ulaanbaatar", "Mongolia"},
		{"third note", notes, "Kazakhstan. Astana", "Kazakhstan"},
		{"authors' view", notes, "Our view. Localisation", ""},
		// Mirrors.
		{"first note", notes, "Uzbekistan. Since", "Uzbekistan"},
		{"no name", "Uzbekistan. Uzbek law requires local storage.\n\nIn short. The rule protects citizens, Tashkent says.\n", "In short.", "Uzbekistan"},
	})
	for _, tt := range []struct {
		p, want string
	}{
		{"Mongolia. Ulaanbaatar took a different path.", "Mongolia"},
		{"Solomon Islands. Honiara has welcomed financing.", "Solomon Islands"},
		{"Bosnia and Herzegovina. The state has no CERT.", "Bosnia and Herzegovina"},
		// Mirrors.
		{"Mongolia. it is a lower-case sentence.", ""},
		{"Mongolia has adopted a law. It creates a centre.", ""},
		{"The Mongolian view. It is different.", ""},
	} {
		if got, _, _ := DefaultGazetteer().runInName(tt.p); got != tt.want {
			t.Errorf("runInName(%q) = %q, want %q", tt.p, got, tt.want)
		}
	}
}

// TestAuthorsViewsDisclaimer: a disclaimer that says the views are the
// authors' ("This commentary reflects the views of its authors only") is
// nobody's, as "The views expressed are those of the authors" is
// (asked23's blog gave it to the last country note). Mirror: a
// government's "the views of the Group" is no disclaimer.
func TestAuthorsViewsDisclaimer(t *testing.T) {
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"The Eurasia Digital Policy Institute is an independent think tank based in Almaty. This commentary reflects the views of its authors only.", true},
		{"This note reflects the views of the authors and not of the institute.", true},
		{"Ce billet n'engage que ses auteurs et reflète l'opinion de ses auteurs.", true},
		// Mirrors.
		{"Kenya's statement reflects the views of the Group of African States.", false},
		{"Chile shares the views of its partners on capacity building.", false},
	} {
		if got := authorsDisclaimer(tt.p); got != tt.want {
			t.Errorf("authorsDisclaimer(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestAttributiveIngSubject: an adjective in -ing before a country
// ("Neighbouring Serbia, whose National CERT …, offered …") is no fronted
// participle phrase: the country is the sentence's subject, where the
// clause read after the first comma had none and the paragraph was lost
// (asked23). Mirror: a fronted participle ("Speaking for Chile, the
// delegate of Peru said") still skips to its comma.
func TestAttributiveIngSubject(t *testing.T) {
	const lead = "Bosnia still has no CERT\n\nSARAJEVO, Oct 8 (Balkan Wire Service) - Bosnia and Herzegovina remains the only country without a CERT, the Minister said.\n\n"
	checkPageCases(t, []pageCase{
		{"whose clause", lead + "Neighbouring Serbia, whose National CERT operates within RATEL, offered to train Bosnian specialists.\n", "Neighbouring Serbia", "Serbia"},
		{"according to", lead + "Neighbouring Serbia offered to train Bosnian specialists, according to a statement.\n", "Neighbouring Serbia", "Serbia"},
		{"developing", lead + "Developing Malawi, which has no CERT yet, asked for training.\n", "Developing Malawi", "Malawi"},
		// Mirror.
		{"fronted participle", lead + "Speaking for Chile, the representative of Peru said training was needed.\n", "Speaking for Chile", "Peru"},
	})
}

// TestQuoteSpeakerAccreditedTo: a quotation's reporting clause names the
// envoy's country and the country it is sent to ("a spokesperson for the
// EU Delegation to Bosnia and Herzegovina said"): the speaker is the
// sender's, where two countries named no speaker and the block order gave
// the EU's words to Bosnia and Herzegovina (asked23). Mirror: a clause
// naming two speakers still names none.
func TestQuoteSpeakerAccreditedTo(t *testing.T) {
	const lead = "Bosnia still has no CERT\n\nSARAJEVO, Oct 8 (Balkan Wire Service) - Bosnia and Herzegovina remains the only country without a CERT, the Minister said.\n\n"
	checkPageCases(t, []pageCase{
		{"delegation to", lead + "\"An attack on a parliament is an attack on democracy itself,\" a spokesperson for the EU Delegation to Bosnia and Herzegovina said.\n", "\"An attack", "European Union"},
		{"ambassador to the", lead + "\"We stand ready to help,\" the U.S. Ambassador to Bosnia and Herzegovina told reporters.\n", "\"We stand", "United States"},
		// Mirror.
		{"two speakers", lead + "\"We stand ready to help,\" the envoys of Croatia and Serbia said.\n", "\"We stand", "Bosnia and Herzegovina"},
	})
}

// TestPossessiveNotSpanishDemonym: in an English question, a name's
// possessive typed without its apostrophe that is also a Spanish demonym
// ("bosnias", the Spanish feminine plural) is the country, where the
// demonym was read as a topic after "i need" (asked23). Mirrors: the
// English demonym and a Spanish question keep their readings.
func TestPossessiveNotSpanishDemonym(t *testing.T) {
	g := DefaultGazetteer()
	for _, tt := range []struct {
		q, want, how string
	}{
		{"i need bosnias view on the parliament attack", "Bosnia and Herzegovina", ByAlias},
		{"for the desk brief tmrw i need bosnias view on nis2", "Bosnia and Herzegovina", ByAlias},
		// Mirrors.
		{"what do bosnians say about nis2", "Bosnia and Herzegovina", ByDemonym},
		{"bosnia on nis2", "Bosnia and Herzegovina", ByAlias},
	} {
		ms := g.Find(Tokenize(tt.q), true, nil)
		if len(ms) != 1 || ms[0].Country != tt.want || ms[0].How != tt.how {
			t.Errorf("%q: %+v, want %s by %s", tt.q, ms, tt.want, tt.how)
		}
	}
}

// TestInvertedSpanishSubject: a Spanish sentence that puts its verb
// before its subject ("En el acto participó la viceministra de
// Telecomunicaciones de Costa Rica, quien relató …") is the subject's,
// where the fronted "En el acto" ran past the country to the first comma
// and the page's country held the guest's words (asked23). Mirrors: a
// verb before no role noun, and a role noun after a comma, keep the page's
// holder.
func TestInvertedSpanishSubject(t *testing.T) {
	const page = "El CNCS presenta la Estrategia Nacional de Ciberseguridad de la República Dominicana\n\n" +
		"El Centro Nacional de Ciberseguridad presentó este jueves la estrategia.\n\n"
	checkPageCases(t, []pageCase{
		{"participó", page + "En el acto participó la viceministra de Telecomunicaciones de Costa Rica, quien relató la experiencia de su país.\n", "En el acto", "Costa Rica"},
		{"intervino", page + "Luego intervino el embajador de Chile, quien dijo que la cooperación es clave.\n", "Luego intervino", "Chile"},
		// Mirrors.
		{"no role", page + "En el acto participó un grupo de estudiantes de Costa Rica.\n", "En el acto", "Dominican Republic"},
		{"after a comma", page + "En el acto participó, como invitada, la viceministra de Costa Rica.\n", "En el acto", "Dominican Republic"},
	})
}

// TestPageNarrationAfterGuest: after a paragraph reporting a guest of
// another country ("Le représentant du Gabon, présent à la cérémonie, a
// salué …"), a paragraph naming no country that does not go on with the
// guest ("La campagne se déroulera …") is the page's own country's, not
// the guest's by block order (asked23). Mirrors: a pronoun or the guest's
// role going on ("Il a ajouté …", "The ambassador added …"), and a
// quotation, stay the guest's.
func TestPageNarrationAfterGuest(t *testing.T) {
	const page = "Le Cameroun renforce la protection de son cyberespace\n\n" +
		"Le Ministre a présidé ce jour à Yaoundé la cérémonie de lancement de la campagne.\n\n" +
		"Le représentant du Gabon, présent à la cérémonie, a salué cette initiative.\n\n"
	const en = "Barbados hosts regional drill\n\nThe Government of Barbados today opened the regional cyber drill.\n\n" +
		"The Ambassador of Chile, who attended the opening, said that cooperation was vital.\n\n"
	checkPageCases(t, []pageCase{
		{"campaign", page + "La campagne se déroulera jusqu'au 31 octobre dans les dix régions du pays.\n", "La campagne", "Cameroon"},
		{"english drill", en + "The drill will run until Friday in three locations.\n", "The drill will", "Barbados"},
		// Mirrors.
		{"pronoun", page + "Il a ajouté que son pays partagerait ses données.\n", "Il a ajouté", "Gabon"},
		{"spanish verb", "Informe de la Comisión de Ecuador\n\nLa Comisión de Ecuador recibió a la embajadora de Colombia.\n\nLa embajadora de Colombia señaló que la cooperación es clave.\n\nAñadió que su Gobierno apoya la estrategia.\n", "Añadió que", "Colombia"},
		{"role", en + "The ambassador added that training was needed.\n", "The ambassador added", "Chile"},
	})
}
