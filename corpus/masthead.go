package corpus

import (
	"regexp"
	"strings"
)

// mastheadOfficialRe matches a paragraph whose subject is an office its
// text does not place in any country: "The Minister underlined …", "El
// Viceministro destacó …", "La Canciller subrayó …", "Le ministre a
// rappelé …". On a page a ministry or government published, such an
// official is the publisher's (see mastheadOfficial).
var mastheadOfficialRe = regexp.MustCompile(`^(?:The|El|La|Le|L['’]|Los|Las|Les)\s*(?i:(?:(?:Deputy|Vice|Acting|Foreign|Prime|Permanent|State|First|Second|Cabinet|Principal)[\s-]+)?(?:Vice-?\s?)?(?:Minister|Ministers|Ministra|Ministro|Ministre|Viceministro|Viceministra|Vice-?ministre|Secretary|Secretaria|Secretario|Secrétaire|Canciller|Cancillera|Chancellor|Chancelier|Ambassador|Embajador|Embajadora|Ambassadeur|Ambassadrice|President|Presidente|Presidenta|Président|Présidente|Spokesperson|Spokesman|Spokeswoman|Portavoz|Vocero|Vocera|Porte-parole|Head of (?:the )?[Dd]elegation|Jefe de (?:la )?[Dd]elegación|Jefa de (?:la )?[Dd]elegación|Chef de (?:la )?[Dd]élégation|Representative|Representante|Représentant|Représentante))\b`)

// mastheadOfficial reports a paragraph opening with an office and no
// country ("The Minister stressed …", "El Viceministro destacó …"): on a
// page its masthead makes a ministry's or government's, the office is the
// author's, whoever the paragraph before named (TestMastheadOfficial). An
// office placed in a country ("The Minister of Foreign Affairs of Togo",
// "the Togolese Minister") is that country's, read as before.
func mastheadOfficial(text string) bool {
	if len(text) < 8 {
		return false
	}
	switch text[0] {
	case 'T', 'E', 'L':
	default:
		return false
	}
	return mastheadOfficialRe.MatchString(text)
}

// officialGoesOnRe matches an office's paragraph that goes on with the
// speaker before it: "El ministro añadió …", "The Minister also said …",
// "Le ministre a ajouté …", "La viceministra agregó …".
var officialGoesOnRe = regexp.MustCompile(`^(?:The|El|La|Le|L['’])\s*\S+(?:\s\S+)?\s+(?:added|also\s|further\s|went on|continued|concluded|añadió|agregó|prosiguió|también|concluyó|a ajouté|a poursuivi|a également|a aussi|a encore|a conclu)`)

// officialGoesOn reports a paragraph opening with an office that goes on
// with the speaker of the paragraph before (see officialGoesOnRe): after
// another country's reported minister on a ministry's page, "El ministro
// añadió que Belice promoverá …" is that minister's, not the masthead's
// official (TestMastheadOfficial).
func officialGoesOn(text string) bool {
	return mastheadOfficial(text) && officialGoesOnRe.MatchString(text)
}

// officialEvidence reports an attribution's evidence that names a
// country's official ("The Minister of Foreign Affairs of Zambia", "el
// ministro de Relaciones Exteriores de Belice", "Kenya's representative"):
// the person an office's "… added" goes on with (see officialGoesOn).
func officialEvidence(ev string) bool {
	for w := range strings.FieldsSeq(ev) {
		w = strings.ToLower(strings.Trim(w, ",.;:'’"))
		if stateOnlyRoles[w] || roleNouns[w] || invertedRoles[w] {
			return true
		}
	}
	return false
}
