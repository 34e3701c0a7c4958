package corpus

import (
	"strings"
	"testing"
)

// TestReputedSubjectHoldsNothing: an author's description of countries with
// a verb of reputation ("X et Y passent pour …", "X pasa por ser …", "X a
// la réputation de …", "X has a reputation as …") is what others think of
// them, as a passive ("son vistos como …") is: none of them holds it, nor
// the country of the paragraph before (esfr23's 841 and 843). Going
// through ("pasa por", "passe par") is the country's own.
func TestReputedSubjectHoldsNothing(t *testing.T) {
	const fr = "Revue régionale\n\nLe Kenya a adopté une nouvelle stratégie cette semaine.\n\n"
	const es = "Resumen semanal\n\nKenia adoptó una nueva estrategia de ciberseguridad esta semana.\n\n"
	const en = "Weekly cyber digest\n\nKenya adopted a new cybersecurity strategy this week.\n\n"
	frFirst, esFirst, enFirst := held{"Kenya", "Le Kenya a adopté"}, held{"Kenya", "Kenia adoptó"}, held{"Kenya", "Kenya adopted"}
	for _, tt := range []struct {
		before string
		first  held
		para   string
		holder string
	}{
		{fr, frFirst, "Le Bénin et le Togo passent pour les pays les plus avancés de la région en matière de cybersécurité.", ""},
		{fr, frFirst, "Le Gabon passe pour le pays le plus prudent de la sous-région, selon les experts.", ""},
		{fr, frFirst, "Le Cameroun a la réputation d'être le pays le plus exposé à la fraude en ligne.", ""},
		{fr, frFirst, "Le Sénégal et la Côte d'Ivoire font figure de modèles pour la sous-région.", ""},
		{es, esFirst, "Chile pasa por ser el país más avanzado de la región en ciberseguridad.", ""},
		{es, esFirst, "Bolivia y Perú tienen fama de ser los más rezagados en la materia.", ""},
		{en, enFirst, "Estonia has a reputation as the most digital state in Europe.", ""},
		// Mirrors: going through, and a country's own act.
		{es, esFirst, "Chile pasa por un momento decisivo y aprobará su ley marco este año.", "Chile"},
		{fr, frFirst, "Le Togo passe par une phase de réforme et adoptera une loi sur la cybersécurité.", "Togo"},
		{fr, frFirst, "Le Bénin et le Togo ont adopté des lois sur la protection des données.", ""},
	} {
		if tt.para == "Le Bénin et le Togo ont adopté des lois sur la protection des données." {
			checkHeld(t, tt.before+tt.para+"\n", []held{tt.first, {"Benin", "Le Bénin et"}, {"Togo", "Le Bénin et"}})
			continue
		}
		checkAfter(t, tt.before, tt.first, tt.para, tt.holder)
	}
}

// TestESFR23NobodysParagraphs: a delegation having itself represented by
// its ambassador who did not speak, one excused or not invited, and a
// meeting's thanks to its host are nobody's: each was held by the country
// it names or by the country of the paragraph before (esfr23's 842, 843).
// A Spanish dateline with a two-word place ("La Paz, 14 de mayo de 2026
// –") before "Los gobiernos de X y Y" gives the paragraph to both (833:
// Bolivia alone); a short paragraph aligning with another's statement
// before announcing national remarks is the delegation's (832: no
// statement).
func TestESFR23NobodysParagraphs(t *testing.T) {
	fr := func(p string) string {
		return "Communiqué final\nSecrétariat\n\nLe Gabon a appelé à ratifier la Convention de Malabo.\n\n" + p + "\n"
	}
	es := func(p string) string { return "Noticia\nEl Diario\n\n" + p + "\n" }
	speech := func(p string) string {
		return "Intervención de España\nMisión Permanente de España\n\n" + p + "\n\nEspaña considera que el derecho internacional se aplica al ciberespacio.\n"
	}
	checkPageCases(t, []pageCase{
		{"represented", fr("La Tunisie s'est fait représenter par son ambassadeur, qui ne s'est pas exprimé."), "La Tunisie", ""},
		{"represented es", fr("Bolivia se hizo representar por su embajador, que no hizo uso de la palabra."), "Bolivia", ""},
		{"excused", fr("La République centrafricaine, empêchée, s'est fait excuser."), "La République", ""},
		{"not invited", fr("Le Maroc n'était pas invité."), "Le Maroc", ""},
		{"not invited en", fr("Morocco was not invited."), "Morocco", ""},
		{"not invited es", fr("Marruecos no fue invitado."), "Marruecos", ""},
		{"host thanks", fr("Les ministres ont remercié le Gabon pour son hospitalité."), "Les ministres", ""},
		{"host thanks en", fr("Participants thanked Ghana for its hospitality."), "Participants", ""},
		{"host thanks es", fr("Los ministros agradecieron a Panamá su hospitalidad."), "Los ministros", ""},
		{"governments", es("La Paz, 14 de mayo de 2026 – Los gobiernos de Bolivia y Perú firmaron un memorando."), "La Paz", "Bolivia;Peru"},
		{"governments en", es("The governments of Chile and Peru agreed on a joint training programme."), "The governments", "Chile;Peru"},
		{"aligns then turn", speech("España se alinea con la declaración de la Unión Europea y desea formular algunas observaciones a título nacional."), "España se alinea", "Spain"},
		// Mirrors: what the delegation did say, a country's own thanks, a
		// bare announcement of a turn.
		{"represented and spoke", fr("La Tunisie s'est fait représenter par son ambassadeur, qui a plaidé pour un centre régional."), "La Tunisie", "Tunisia"},
		{"country thanks", fr("Le Cameroun a remercié le Gabon pour son hospitalité et a proposé un centre commun."), "Le Cameroun", "Cameroon"},
		{"turn only", speech("Deseo ahora formular algunas observaciones a título nacional."), "Deseo ahora", ""},
	})
}

// TestESFR23QuestionReadings: how esfr23's question shapes are read in
// English before the search. An office's portfolio after its country's
// demonym ("la ministre belge des affaires etrangeres et …", "el ministro
// guatemalteco de relaciones exteriores y …") is who speaks, as the
// office is, no topic word; a secretary or director before a demonym
// makes it the country asked ("el secretario salvadoreño y …"); "trata de
// personas" is trafficking, no treaty ("trata" stems as "tratado"); a noun
// and its verb ("notificación", "notificar") read alike; Cuba's
// "bloqueo" and French "blocus" are the blockade, "entraide judiciaire"
// mutual legal assistance, and "bloquear" is no misspelt "bloqueo".
// An English loanword is no typo of a Spanish or French word ("fake news"
// was read "face news", then "versus news"). Mirrors: a portfolio with no
// topic after it is kept, an office asked alone keeps its word, a typo
// that is no English word is still corrected ("ransonware").
func TestESFR23QuestionReadings(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct {
		code, q string
		want    []string // in the English reading
		not     []string // not in it
	}{
		{"fr", "la ministre belge des affaires etrangeres et le mecanisme permanent", []string{"belge", "mechanism"}, []string{"affaires", "etrangeres"}},
		{"es", "el ministro guatemalteco de relaciones exteriores y las estafas", []string{"scams"}, []string{"relaciones", "exteriores"}},
		{"es", "la canciller chilena de exteriores y la ciberdefensa", []string{"chilena"}, []string{"exteriores"}},
		{"es", "el secretario salvadoreño y las infraestructuras criticas", []string{"salvadoreño", "critical infrastructure"}, []string{"secretario"}},
		{"fr", "le secretaire d etat belge et le phishing", []string{"belge"}, nil},
		{"es", "quien habla de la trata de personas", []string{"trafficking"}, []string{"treaty"}},
		{"fr", "qui parle de la traite des etres humains", []string{"trafficking"}, []string{"human"}},
		{"es", "que dice chile sobre la notificacion de incidentes", []string{"notification"}, nil},
		{"fr", "que dit cuba sur le blocus", []string{"blockade"}, nil},
		{"fr", "madagascar entraide judiciaire", []string{"mutual legal assistance"}, nil},
		{"es", "bolivia y bloquear las cuentas", []string{"block "}, []string{"blockade"}},
		{"fr", "qu'est-ce que le cameroun dit sur les fake news", []string{"fake news"}, []string{"versus", "face"}},
		{"es", "que dice belgica sobre el bug bounty", []string{"bug bounty"}, nil},
		// Mirrors.
		{"es", "que dice costa rica sobre el ransonware", []string{"ransomware"}, nil},
		{"fr", "que dit le ministre belge des affaires etrangeres", []string{"affaires"}, nil},
		{"es", "que dijo el secretario de innovacion de el salvador", []string{"secretario"}, nil},
	} {
		checkEnglishReading(t, g, c.code, c.q, c.want, c.not)
	}
}

// checkEnglishReading checks that the question q in language code reads in
// English with every word of want and none of not.
func checkEnglishReading(t *testing.T, g *Gazetteer, code, q string, want, not []string) {
	t.Helper()
	tr := DefaultTranslator().Translate(code, q, g, nil)
	en := strings.ToLower(tr.English) + " "
	for _, w := range want {
		if !strings.Contains(en, strings.ToLower(w)) {
			t.Errorf("%q read as %q, want %q in it", q, tr.English, w)
		}
	}
	for _, w := range not {
		if strings.Contains(en, w) {
			t.Errorf("%q read as %q, want no %q in it", q, tr.English, w)
		}
	}
}
