package corpus

import "regexp"

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
