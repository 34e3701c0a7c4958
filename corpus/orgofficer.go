package corpus

import "regexp"

// A regional organisation's release reports its own officers after a
// member's paragraph: "The Director General said the Commission would seek
// funding …", "Le Président de la Commission a salué ces engagements",
// "El Secretario General del SICA señaló …". No member's words, and the
// paragraph names none, so block order gave them to the member before
// (pages22's OECS and CEEAC releases: Saint Kitts and Nevis and Equatorial
// Guinea held the organisation's words; TestOrgOfficerOpens).

// orgOfficerRe matches a paragraph opening with an organisation's officer
// (optionally "of the" organisation, by its initials or a name ending in
// an organisation's noun, and a name in commas) before a verb. A
// government's officer ("The Director General of the National Cyber
// Security Agency", "El Director General de la Agencia …") is not
// matched: no organisation's noun ends its name.
var orgOfficerRe = regexp.MustCompile(`^(?:` +
	`The (?:Deputy )?(?:Director[- ]General|Secretary[- ]General|Executive Secretary|Executive Director|Chairperson of the Commission|President of the Commission|Commissioner)` +
	`(?: of (?:the )?(?:[A-Z]{2,8}|[^,]{0,60}?\b(?:Organi[sz]ation|Community|Commission|Union|Secretariat|Forum|System|Association|League)\b[^,]{0,60}?))?` +
	`(?:, [^,]{2,60},)? (?:said|says|stated|noted|added|told|welcomed|thanked|announced|recalled|stressed|underlined|urged|called|will|would|opened|closed|presented|briefed|informed|expressed|pledged|reminded|concluded|highlighted|emphasi[sz]ed|invited|encouraged)\s|` +
	`(?:El|La) (?:Secretari[oa] General(?: Adjunt[oa])?|Director[a]? General|Secretari[oa] Ejecutiv[oa]|President[ea] de la Comisión|Comisionad[oa])` +
	`(?: (?:del|de la) (?:[A-Z]{2,8}|[^,]{0,60}?(?:Organización|Comunidad|Comisión|Unión|Secretaría|Sistema|Asociación)[^,]{0,60}?))?` +
	`(?:, [^,]{2,60},)? (?:dijo|\p{Ll}{3,}(?:ó|aron|ieron)|se comprometió)\s|` +
	`(?:Le|La) (?:Secrétaire général(?:e)?(?: adjointe?)?|Directeur général|Directrice générale|Secrétaire exécuti(?:f|ve)|Présidente? de la Commission|Commissaire)` +
	`(?: (?:de la|du|de l'|de l’|des) (?:[A-Z]{2,8}|[^,]{0,60}?(?:Organisation|Communauté|Commission|Union|Secrétariat)[^,]{0,60}?))?` +
	`(?:, [^,]{2,60},)? (?:a|ont) \p{Ll}{3,}` +
	`)`)

// orgOfficerSecond are the second words orgOfficerRe can match, after
// "The", "El", "La" or "Le": a map look-up spares nearly every paragraph
// the expression.
var orgOfficerSecond = toSet(`Deputy Director Director-General Secretary Secretary-General Executive Chairperson President Commissioner
Secretario Secretaria Directora Presidente Presidenta Comisionado Comisionada Secrétaire Directeur Directrice Président Présidente Commissaire`)

// orgOfficerOpens reports a paragraph opening with an organisation's
// officer (orgOfficerRe).
func orgOfficerOpens(p string) bool {
	first, rest := leadWord(p)
	switch first {
	case "The", "El", "La", "Le":
	default:
		return false
	}
	second, _ := leadWord(rest[min(len(rest), 1):])
	return orgOfficerSecond[second] && orgOfficerRe.MatchString(p)
}
