package corpus

import "testing"

// pages22Tail ends every page of checkTailedHolderCases: a statement of
// another country, so that a page whose paragraph is nobody's still loads.
const pages22Tail = "Zambia said on Friday that it supports the framework."

// checkTailedHolderCases is checkHolderCases on pages that end with
// pages22Tail.
func checkTailedHolderCases(t *testing.T, cases []holderCase) {
	t.Helper()
	for _, tc := range cases {
		page := tc.p + "\n\n" + pages22Tail + "\n"
		if tc.before != "" {
			page = tc.before + "\n\n" + page
		}
		if got := holdersOf(t, page, tc.p[:min(len(tc.p), 30)])[0]; got != tc.want {
			t.Errorf("%q (after %q): held by %s, want %s", tc.p, tc.before, got, tc.want)
		}
	}
}

// TestDatelinePlaceNoHolder: a country named in a dateline ("KINGSTOWN,
// Saint Vincent and the Grenadines —") is where a story was filed, not
// who speaks: an organisation's lede under it, and its next paragraph, are
// nobody's (pages22's OECS, SICA and CEEAC releases, pages21's CARICOM
// one, held by the dateline's country). Mirrors: a country acting after the
// dateline still holds it, in English, Spanish and French.
func TestDatelinePlaceNoHolder(t *testing.T) {
	checkTailedHolderCases(t, []holderCase{
		{"", "APIA, Samoa — The Secretary General of the Pacific Islands Forum opened the regional cyber dialogue on Monday with a call for a shared response team.", "-"},
		{"", "CASTRIES, Saint Lucia, 4 May 2026 – The Commission of the Organisation of Eastern Caribbean States concluded its meeting with a plan for a regional roster.", "-"},
		{"", "TEGUCIGALPA, Honduras. — La Secretaría General del SICA presentó este jueves una hoja de ruta regional de ciberseguridad.", "-"},
		{"", "BANGUI, République centrafricaine – La Commission de la CEEAC a réuni mardi les ministres chargés du numérique des États membres.", "-"},
		{"APIA, Samoa — The Secretary General of the Pacific Islands Forum opened the regional cyber dialogue on Monday.", "The Forum agreed to meet again in 2027 and asked the secretariat for a costed plan.", "-"},
		// Mirrors: the country acts after the dateline.
		{"", "APIA, Samoa — Samoa's Prime Minister called on Monday for a regional cyber response team.", "Samoa"},
		{"", "TEGUCIGALPA, Honduras — El Gobierno de Honduras anunció este jueves una estrategia nacional de ciberseguridad.", "Honduras"},
		{"", "BANGUI, République centrafricaine – La Centrafrique a adopté mardi sa première stratégie nationale de cybersécurité.", "Central African Republic"},
		{"", "NAIROBI — Kenya said on Monday that it would host a regional cyber centre.", "Kenya"},
	})
}

// TestNoStatementCell: a tracker's cell or a digest's line under a
// country's heading saying the State has said nothing ("No public
// statement.", "Position not yet known.", "No new statements this month.")
// is no statement of that State (pages22's tracker and digest). Mirrors: a
// cell with a position is the State's.
func TestNoStatementCell(t *testing.T) {
	checkTailedHolderCases(t, []holderCase{
		{"", "Chad — Position: No public statement.; Date: —.", "-"},
		{"", "Eritrea — Position: Position not yet known.; Date: —.", "-"},
		{"", "Niger — Posición: Sin declaración aún.; Fecha: —.", "-"},
		{"**Kyrgyzstan**", "No new statements this month.", "-"},
		{"## Tajikistan", "No new statements this week.", "-"},
		// Mirrors.
		{"", "Chad — Position: Chad supports a binding instrument under the United Nations.; Date: 4 July 2026.", "Chad"},
		{"**Kyrgyzstan**", "Kyrgyzstan adopted a new cyber security strategy this month.", "Kyrgyzstan"},
	})
}

// TestOrgOfficerOpens: an organisation's officer's paragraph after a
// member's is nobody's (see orgofficer.go), in English, Spanish and
// French, and so is the organisation's "About X:" boilerplate at the
// release's foot; mirrors: a government's officer after its country's
// paragraph is still that country's, and an officer reporting a member's
// act still gives it to the member.
func TestOrgOfficerOpens(t *testing.T) {
	kitts := "Saint Kitts and Nevis informed the Council that it had adopted its first national cyber security strategy."
	guinee := "La Guinée équatoriale a annoncé qu'elle ratifierait la Convention de Malabo avant la fin de l'année."
	dominicana := "La República Dominicana anunció que formará a veinte analistas de los países miembros el próximo año."
	checkTailedHolderCases(t, []holderCase{
		{kitts, "The Director General said the Commission would seek funding from development partners.", "-"},
		{kitts, "The Secretary-General of the Pacific Islands Forum, Mr. Baron Waqa, welcomed the offer and promised a costed plan.", "-"},
		{kitts, "The Executive Secretary of CICTE will present the regional programme in March.", "-"},
		{guinee, "Le Président de la Commission a salué ces engagements et rappelé le calendrier.", "-"},
		{guinee, "La Secrétaire générale de la CEEAC a annoncé un plan de financement.", "-"},
		{dominicana, "El Secretario General del SICA señaló que la Secretaría buscará financiamiento.", "-"},
		{dominicana, "La Directora General de la Comunidad Andina, Ana Pérez, anunció un programa de formación.", "-"},
		{kitts, "About the OECS: The Organisation of Eastern Caribbean States is an international inter-governmental organisation dedicated to regional integration.", "-"},
		{dominicana, "Acerca del SICA: El Sistema de la Integración Centroamericana es el marco institucional de la integración regional.", "-"},
		{guinee, "À propos de la CEEAC : La Communauté économique des États de l'Afrique centrale regroupe onze États membres.", "-"},
		// Mirrors: a government's officer, and a member acting.
		{kitts, "The Director General of the National Cyber Security Agency said the strategy would be reviewed every three years.", "Saint Kitts and Nevis"},
		{guinee, "Le Directeur général de l'Agence nationale de sécurité informatique a précisé le calendrier.", "Equatorial Guinea"},
		{dominicana, "El Director General de la Agencia Nacional de Ciberseguridad precisó el calendario.", "Dominican Republic"},
		{kitts, "The Director General thanked the members. Grenada said that it would host the next training course.", "Grenada"},
	})
}

// TestAttendanceAndChairing: who attended, how ("participated virtually",
// "were represented by senior officials", a territory among members) and
// who chaired a meeting is no one's position, in English, Spanish and
// French (pages21's and pages22's releases); mirrors: a member acting after
// attending, and the chair's country's own words.
func TestAttendanceAndChairing(t *testing.T) {
	before := "Jamaica said that it would make the regional response team a priority of its chairmanship."
	checkTailedHolderCases(t, []holderCase{
		{before, "Haiti participated virtually.", "-"},
		{before, "Grenada and Montserrat were represented by senior officials.", "-"},
		{before, "Dominica was represented by its ambassador in Port of Spain.", "-"},
		{before, "Belice participó de forma virtual.", "-"},
		{before, "Le Tchad a participé par visioconférence.", "-"},
		{before, "The meeting was chaired by the Minister of Foreign Affairs of Suriname.", "-"},
		{before, "La réunion était présidée par le ministre de l'Économie numérique de Sao Tomé-et-Principe.", "-"},
		{before, "La reunión fue presidida por el canciller de Guatemala.", "-"},
		// Mirrors.
		{before, "Haiti participated virtually and called for support to rebuild its government networks.", "Haiti"},
		{before, "Suriname, which chaired the meeting, said it would offer experts to the regional team.", "Suriname"},
	})
}
