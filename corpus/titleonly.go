package corpus

import (
	"regexp"
	"strings"
)

// A news story or a communiqué names an official in full once ("Le ministre
// centrafricain de l'Économie numérique a déclaré …") and by the office
// alone after ("Le ministre a, de son côté, rappelé …"), often with
// another country's official quoted in between ("Le directeur général de
// l'autorité nationale de cybersécurité du Rwanda …", "Selon lui, …").
// Block order gave the title-only paragraph the official in between's
// country (esfr24's 873: the Central African minister's words held by
// Rwanda). The office alone names the last official of that office the
// page introduced: that official's country holds it
// (TestTitleOnlySpeaker).

// titleOnlyRe matches a paragraph opening with an article and an office
// alone, then a verb or an insertion: "Le ministre a, de son côté,
// rappelé", "El ministro añadió", "The minister added", "La viceministra
// recordó". Group 1 is the office. A portfolio or a country after the
// office ("Le ministre de la Santé", "el ministro panameño") is a full
// designation, no title alone.
var titleOnlyRe = regexp.MustCompile(`^(?:El|La|Le|The) ((?:vice-?)?(?:ministro|ministra|ministre|minister|canciller|director|directora|directeur|directrice|secretario|secretaria|secrétaire|secretary|embajador|embajadora|ambassadeur|ambassadrice|ambassador|portavoz|porte-parole|spokesperson|spokesman|spokeswoman|commissaire|comisionado|comisionada|commissioner))(,|\s+[\p{Ll}][\p{L}'’-]*)`)

// titleOnlyFirst are the first words titleOnlyRe can match.
var titleOnlyFirst = toSet(`El La Le The`)

// titleOnlyWindow is how much of a paragraph's opening titleOnlyOffice
// reads.
const titleOnlyWindow = 80

// titleOnlyOffice returns the office (lower case) a paragraph names its
// speaker by alone (titleOnlyRe), or "".
func titleOnlyOffice(p string) string {
	if first, _ := leadWord(p); !titleOnlyFirst[first] {
		return ""
	}
	sm := titleOnlyRe.FindStringSubmatch(p[:min(len(p), titleOnlyWindow)])
	if sm == nil {
		return ""
	}
	switch next := strings.TrimSpace(sm[2]); next {
	case "de", "del", "du", "des", "of", "for":
		return "" // "Le ministre de la Santé": a designation, no title alone
	default:
		if strings.HasPrefix(next, "d'") || strings.HasPrefix(next, "d’") {
			return ""
		}
	}
	return strings.ToLower(sm[1])
}

// officeHolderBefore returns the country of the last of the page's recent
// paragraphs (at most n back) whose subject names office among its words
// ("Le ministre centrafricain" for "ministre"), or "".
func (ps *parser) officeHolderBefore(office string, n int) string {
	for k := len(ps.paras) - 1; k >= 0 && k >= len(ps.paras)-n; k-- {
		pp := ps.paras[k]
		if pp.holder == "" || pp.attr.Method != MethodSubject {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(pp.attr.Evidence)) {
			if strings.Trim(w, ",.;:'’") == office {
				return pp.holder
			}
		}
	}
	return ""
}
