package corpus

// stateFormsESFR are the Spanish and French nouns of a state's official
// form, folded ("república", "république", "principauté", "reino",
// "royaume" …). Official names hold them before "de"/"du"/"del" and the
// short name ("La République de Moldavie", "La Principauté de Monaco", "El
// Reino de Marruecos"), and the gazetteer cannot list every pairing of a
// form with every spelling of a short name: the UN's French name of
// Moldova is "République de Moldova", CLDR's short name "Moldavie", and
// delegates write "République de Moldavie".
var stateFormsESFR = toSet(`republica republique reino royaume principado principaute estado etat sultanato sultanat emirato
emirat confederacion confederation federacion federation mancomunidad commonwealth`)

// stateFormOf reports the first token of an official form that the
// country named at toks[i] closes ("République de Moldavie": the index of
// "République"), or i when none does. keys are the folded lower-case
// words. Without it the form's noun read as a paragraph that continues
// the one before ("La République …" = that republic), or the name after
// "de" as named only in passing, and the statement went to the previous
// paragraph's country (TestStateFormNamesItsCountry).
func stateFormOf(toks []Token, keys []string, i int) int { return stateFormAt(toks, keys, i, false) }

// stateFormAt is stateFormOf; anyCase reads a question, where the form is
// typed in lower case too ("la principaute de monaco").
func stateFormAt(toks []Token, keys []string, i int, anyCase bool) int {
	if i < 2 || toks[i].Gap != "" || toks[i-1].Gap != "" {
		return i
	}
	switch keys[i-1] {
	case "de", "du", "del":
	default:
		return i
	}
	if !stateFormsESFR[keys[i-2]] || !anyCase && !startsUpper(toks[i-2].Orig) {
		return i
	}
	return i - 2
}
