package corpus

import "testing"

// TestAbsenceMoreWordings: more ways a summary or a news story records
// that a country did not speak, which are no position of that country nor
// of the page's holder (see absent.go): attending as an observer, "did not
// react", "ne s'est pas exprimé", "n'a pas réagi", a plural "no se
// pronunciaron" after an invitation, a spokesperson who declined to
// comment, a relative clause of up to a hundred characters. Mirrors: the
// same country going on to say something, or acting, stays its holder.
func TestAbsenceMoreWordings(t *testing.T) {
	before := "Samoa stressed that undersea cables are a lifeline."
	fr := "Le Niger a souligné que les rançongiciels exigent un échange rapide."
	es := "Guinea Ecuatorial anunció que el cable submarino será protegido."
	checkHolderCases(t, []holderCase{
		{before, "Nauru attended as an observer and did not take the floor.", "-"},
		{before, "Kiribati participated as an observer and did not make a statement.", "-"},
		{before, "Yemen did not react.", "-"},
		{before, "A spokesperson for Trinidad and Tobago, which hosts the regional training centre, declined to comment.", "-"},
		{fr, "Le Mali a participé à l'atelier en qualité d'observateur et ne s'est pas exprimé.", "-"},
		{fr, "Le Yémen, d'où opèrent des groupes armés accusés d'avoir endommagé les câbles, n'a pas réagi.", "-"},
		{fr, "Les Comores ne se sont pas prononcées.", "-"},
		{es, "Camerún y Gabón, vecinos de la subregión, fueron invitados a la ceremonia pero no se pronunciaron.", "-"},
		{es, "Chile y Perú no intervinieron.", "-"},
		// Mirrors.
		{before, "Nauru attended as an observer and said that it supports a regional fund.", "Nauru"},
		{before, "Yemen did not react to the proposal, but said it would study it.", "Yemen"},
		{fr, "Le Mali a participé à l'atelier et a demandé un appui technique.", "Mali"},
		{fr, "Le Yémen n'a pas réagi à la proposition mais a annoncé une enquête.", "Yemen"},
		{es, "Camerún y Gabón pidieron apoyo técnico para proteger sus cables.", "Cameroon;Gabon"},
		{es, "Chile y Perú no apoyaron la propuesta.", "Chile;Peru"},
	})
}

// TestMeetingOpenedByIsProcedure: a Spanish or French summary's line on who
// opened, chaired or organised the meeting is procedure, no position of
// that country nor of the city its dateline names (see proceduralRe), as
// "The meeting was chaired by Fiji" is in English. Mirrors: the country
// that opens the meeting and says something, and a meeting line that is
// no procedure.
func TestMeetingOpenedByIsProcedure(t *testing.T) {
	const es, fr, en = "Ciudad de Guatemala, 12 de noviembre de 2025", "Lomé, 20 novembre 2025", "Suva, 15 May 2025"
	after := map[string]string{es: "Honduras señaló que las medidas de confianza exigen programas de capacidades.",
		fr: "Le Niger a souligné que les rançongiciels exigent un échange rapide.", en: "Samoa stressed that undersea cables are a lifeline."}
	for _, tc := range []struct{ dateline, p, want string }{
		{es, "La reunión fue inaugurada por la delegación de Costa Rica, que ejerce la presidencia del grupo de trabajo.", "-"},
		{es, "El taller fue organizado por Panamá con el apoyo de la OEA.", "-"},
		{es, "La sesión fue presidida por el Uruguay.", "-"},
		{fr, "La réunion a été ouverte par la délégation du Togo.", "-"},
		{fr, "L'atelier a été présidé par le Sénégal.", "-"},
		{en, "The meeting was chaired by Fiji.", "-"},
		// Mirrors.
		{es, "Costa Rica inauguró la reunión y pidió un fondo regional para los equipos de respuesta.", "Costa Rica"},
		{es, "La reunión fue una ocasión para que Guatemala presentara su punto de contacto.", "Guatemala"},
		{fr, "Le Togo a ouvert la réunion et a proposé un centre régional de réponse aux incidents.", "Togo"},
	} {
		page := tc.dateline + "\n\n" + tc.p + "\n\n" + after[tc.dateline] + "\n"
		if got := holdersOf(t, page, tc.p[:30])[0]; got != tc.want {
			t.Errorf("%q: held by %s, want %s", tc.p, got, tc.want)
		}
	}
}

// TestJointStatementPublisherNotAuthor: a joint statement published by
// one signatory's ministry is no document of that signatory alone (see
// jointTitle): the signatories named together hold their lines each, and
// another signatory that speaks for itself ("Malta added that …") holds
// its own words, in English, Spanish and French. Mirrors: a country's own
// statement under its ministry's masthead keeps the author's block over
// another country it describes, and so does a page whose title only
// mentions a joint statement further on.
func TestJointStatementPublisherNotAuthor(t *testing.T) {
	page := "" // a row with no page of its own is read on the one before
	for _, tc := range []struct {
		page, para, want string
	}{
		{"Joint statement on the proliferation of commercial cyber intrusion capabilities\nMinistry of Foreign and European Affairs of the Republic of Croatia\n\nZagreb, 4 April 2025\n\nCroatia, Cyprus and Malta share a deep concern about the market for spyware.\n\nMalta added that the European Union should set common export controls on surveillance technology.\n\nCyprus stressed that its laws already require judicial authorisation before any interception.\n",
			"Malta added", "Malta"},
		{"", "Cyprus stressed", "Cyprus"},
		{"", "Croatia, Cyprus and Malta share", "Croatia;Cyprus;Malta"},
		{"Declaración conjunta sobre la ciberdelincuencia\nMinisterio de Relaciones Exteriores de Guatemala\n\nCiudad de Guatemala, 3 de marzo de 2025\n\nGuatemala y Honduras rechazan los ataques de ransomware contra los hospitales.\n\nHonduras añadió que pedirá un fondo regional para los equipos de respuesta.\n",
			"Honduras añadió", "Honduras"},
		{"Déclaration commune sur la cybercriminalité\nMinistère des Affaires étrangères du Bénin\n\nCotonou, 3 mars 2025\n\nLe Bénin et le Togo condamnent les attaques par rançongiciel contre les banques.\n\nLe Togo a ajouté qu'il adhérera à la Convention de Budapest.\n",
			"Le Togo a ajouté", "Togo"},
		// Mirrors.
		{"Statement on commercial spyware\nMinistry of Foreign and European Affairs of the Republic of Croatia\n\nZagreb, 4 April 2025\n\nCroatia is deeply concerned about the market for spyware.\n\nMalta, a close partner, has adopted export controls on surveillance technology.\n",
			"Malta, a close partner", "Croatia"},
	} {
		if tc.page != "" {
			page = tc.page
		}
		if got := holdersOf(t, page, tc.para)[0]; got != tc.want {
			t.Errorf("%q: held by %s, want %s", tc.para, got, tc.want)
		}
	}
}
