package corpus

import "testing"

// TestStateFormNamesItsCountry: a Spanish or French paragraph that opens
// with a state's official form and its short name ("La République de
// Moldavie", "La Principauté de Monaco", "El Reino de Marruecos") is that
// country's, never the previous paragraph's; a form alone ("La République
// a rappelé …") still continues the paragraph before, and a UN name
// (Trinidad y Tabago) is a name.
func TestStateFormNamesItsCountry(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct{ p, prev, want string }{
		{"La République de Moldavie a dénoncé les campagnes de désinformation visant ses institutions électorales.", "Romania", "Moldova"},
		{"La Principauté de Monaco a présenté son agence de sécurité numérique et a insisté sur la protection des données dans le secteur bancaire.", "Moldova", "Monaco"},
		{"El Reino de Marruecos ha subrayado la importancia de la cooperación contra la ciberdelincuencia en la región.", "Spain", "Morocco"},
		{"La República de Honduras ha pedido más programas de fomento de capacidades para los fiscales.", "Panama", "Honduras"},
		{"Trinidad y Tabago señaló que los pequeños Estados insulares necesitan asistencia técnica.", "Panama", "Trinidad and Tobago"},
		// The form alone continues the paragraph before.
		{"La République a rappelé que le droit international s'applique pleinement au cyberespace et à ses infrastructures.", "Romania", "Romania"},
	} {
		if got, _ := g.analyse(c.p).holder(c.prev); got != c.want {
			t.Errorf("%q after %s: holder %q, want %q", c.p, c.prev, got, c.want)
		}
	}
}

// TestStateFormInQuestion: in a question the official form before a
// name is part of the name ("Que dit la Principauté de Monaco sur les
// rançongiciels ?"), so "Principauté" is no topic word.
func TestStateFormInQuestion(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct{ q, want string }{
		{"Que dit la Principauté de Monaco sur les rançongiciels ?", "Principauté de Monaco"},
		{"que dit la principaute de monaco sur les rancongiciels", "principaute de monaco"},
		{"¿Qué dice la República de Honduras sobre la diligencia debida?", "República de Honduras"},
		// An elided "d'" before the name (esfr21).
		{"que dit la republique arabe d'egypte sur l'ingerence", "republique arabe d'egypte"},
		{"La République islamique d’Iran et les sanctions", "République islamique d’Iran"},
		// Mirrors: no form before "d'", or a form's noun too far.
		{"que dit le ministre d'egypte sur l'ingerence", "d'egypte"},
		{"la republique, d'egypte", "d'egypte"},
	} {
		ms := g.Find(Tokenize(c.q), true, nil)
		if len(ms) == 0 || ms[0].Text != c.want {
			t.Errorf("%q: %v, want a mention %q", c.q, ms, c.want)
		}
	}
}
