package corpus

import "strings"

// stateFormsESFR are the Spanish and French nouns of a state's official
// form, folded ("república", "république", "principauté", "reino",
// "royaume" …). Official names hold them before "de"/"du"/"del" and the
// short name ("La République de Moldavie", "La Principauté de Monaco", "El
// Reino de Marruecos"), and the gazetteer cannot list every pairing of a
// form with every spelling of a short name: the UN's French name of
// Moldova is "République de Moldova", CLDR's short name "Moldavie", and
// delegates write "République de Moldavie".
var stateFormsESFR = toSet(`republica republique reino royaume principado principaute estado etat sultanato sultanat emirato
emirat confederacion confederation federacion federation mancomunidad commonwealth union ducado duche`)

// stateFormsGlossed are stateFormsESFR as the glossaries read them into
// English ("estado" → state), where a Spanish or French demonym after
// them still names the state ("el Estado paraguayo", "la República
// Gabonesa").
var stateFormsGlossed = toSet(`republic kingdom principality state sultanate emirate confederation federation commonwealth duchy`)

// stateFormModifiers come between a form's noun and "de" in an official
// name ("la République islamique de Mauritanie", "el Estado
// Plurinacional de Bolivia", "la République-Unie de Tanzanie", "el Gran
// Ducado de Luxemburgo" before its noun), folded.
var stateFormModifiers = toSet(`islamique islamica plurinacional plurinational bolivariana unie unida federale federal
federativa democratique democratica populaire popular arabe hachemite hachemita socialiste socialista cooperative
cooperativa grand gran`)

// ofArticles are the articles a short name may keep after "de" in an
// official form ("la Mancomunidad de las Bahamas", "la República de los
// Estados Unidos"), folded.
var ofArticles = toSet(`la las los les l el`)

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
	j := i - 1 // the "of"
	if elidedOf(toks[i].Lower) {
		// The name's token holds its elided "d'" ("la République arabe
		// d'Égypte"): it is the "of". Without it the form's words stayed
		// in the question's topic and outranked its words.
		j = i
	}
	if ofArticles[keys[j]] && j >= 2 && (keys[j-1] == "de" || keys[j-1] == "d") && toks[j].Gap == "" {
		j-- // "de las Bahamas", "de l'Inde"
	}
	switch keys[j] {
	case "de", "du", "del", "des", "d":
	default:
		if j == i {
			break
		}
		return i
	}
	f := j - 1
	if f < 0 || toks[j].Gap != "" && keys[j] != "d" {
		return i
	}
	if stateFormModifiers[keys[f]] && f >= 1 && stateFormsESFR[keys[f-1]] && !(keys[f] == "grand" || keys[f] == "gran") {
		f-- // "République islamique de", "República Bolivariana de"
	}
	if !stateFormsESFR[keys[f]] || !anyCase && !startsUpper(toks[f].Orig) {
		return i
	}
	if (keys[f] == "ducado" || keys[f] == "duche") && f >= 1 && (keys[f-1] == "gran" || keys[f-1] == "grand") {
		f-- // "Gran Ducado de", "Grand-Duché de"
	}
	return f
}

// stateFormBefore reports the first token of an official form whose noun
// stands right before the country named at toks[i], with no "de": the
// form of a name that is an adjective ("República Argentina",
// "Confédération suisse", "République togolaise", "el Estado paraguayo"),
// or i when none does. A union or commonwealth is no state's form
// ("Unión Africana"). In a question the form's noun stayed a topic word
// ("la republica argentina sobre proteger los hospitales" found nothing on
// "republica proteger hospitales", esfr22).
func stateFormBefore(toks []Token, keys []string, i int) int {
	if i < 1 || toks[i].Gap != "" || !stateFormsESFR[keys[i-1]] {
		return i
	}
	switch keys[i-1] {
	case "union", "commonwealth", "mancomunidad":
		return i
	}
	return i - 1
}

// nameWordESFR reports a folded word of a Spanish or French question that
// names a state and so is never a misspelt topic word: an official form's
// noun ("republica" is not "publica") or a capital the gazetteer knows
// ("asuncion" is not "sancion"), whose correction made the question a
// theme question across every country (TestNameWordsNotCorrected).
func nameWordESFR(g *Gazetteer, w string) bool {
	return stateFormsESFR[w] || g != nil && g.capitalWord(w)
}

// elidedOf reports whether a name's token begins with an elided French
// "d'" ("d'Égypte", "d’Iran"), the "of" of an official form.
func elidedOf(lower string) bool {
	return strings.HasPrefix(lower, "d'") || strings.HasPrefix(lower, "d’")
}
