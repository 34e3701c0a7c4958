package corpus

import "strings"

// A country's press release or news story may report a guest from
// another country in one paragraph ("Le représentant du Gabon, présent à
// la cérémonie, a salué cette initiative …") and then go on with its own
// narration ("La campagne se déroulera jusqu'au 31 octobre …"). The
// paragraph after the guest names no country, and block order gave it to
// the guest (asked23's Cameroonian communiqué). It is the page's own
// country's when nothing in its opening goes on with the guest: no
// pronoun or role for a person or a delegation, no verb with its subject
// dropped, no quotation.

// guestGoesOnFirst are opening words that go on with the reported speaker:
// a pronoun, or a noun for the speaker or the speaker's country.
var guestGoesOnFirst = toSet(`He She It Its They Their His Her Il Elle Ils Elles Él Ella Ellos Ellas Su Sus Son Sa Ses Leur Leurs
Este Esta Ese Esa Ce Cette Cet This That These Those Such Also Además Asimismo Igualmente También Par Por De Du Del En Selon Según`)

// guestGoesOnSecond are nouns after an article that name the speaker or
// the speaker's country ("The delegation", "El embajador", "Le pays").
var guestGoesOnSecond = toSet(`delegation delegate representative minister ambassador envoy spokesperson official country government side
delegación delegado delegada representante ministro ministra embajador embajadora portavoz país gobierno parte
délégation délégué déléguée représentant représentante ministre ambassadeur ambassadrice porte-parole pays gouvernement partie diplomate
statement communiqué comunicado declaración déclaration note nota message mensaje letter carta lettre text texto texte`)

// guestEnds reports a paragraph opening that does not go on with the
// reported guest before it (see above).
func guestEnds(p string) bool {
	if p == "" || strings.ContainsAny(p[:min(len(p), 3)], "\"“«'‘") && !elidedOpening(p) || strings.Contains(p, "\"") || strings.Contains(p, "“") || strings.Contains(p, "«") {
		return false
	}
	if elidedOpening(p) {
		// "L'atelier s'est clôturé …": the article's elision is no
		// quotation, and the noun after it is read as after "Le" (asked24).
		p = "Le " + p[2:]
	}
	first, rest := leadWord(p)
	if guestGoesOnFirst[first] || personOpens(p) || outsiderGoesOn(p) || strings.HasSuffix(first, "ó") {
		// (A Spanish verb in the past with its subject dropped, "Añadió
		// que …", "Señaló …", goes on with the speaker: pages16's 9e6.)
		return false
	}
	switch first {
	case "The", "A", "An", "El", "La", "Los", "Las", "Le", "Les", "Un", "Una", "Une":
		second, _ := leadWord(strings.TrimLeft(rest, " "))
		return !guestGoesOnSecond[strings.ToLower(second)]
	}
	return true
}

// elidedOpening reports a French opening elision ("L'atelier", "D'autres",
// "Qu'il"): a letter and an ASCII apostrophe before a letter, no
// quotation mark.
func elidedOpening(p string) bool {
	return len(p) > 2 && p[1] == '\'' && (p[0] == 'L' || p[0] == 'D' || p[0] == 'l' || p[0] == 'd') && (p[2] >= 'a' && p[2] <= 'z' || p[2] >= 0x80)
}
