package corpus

import (
	"regexp"
	"strings"
)

// A conference summary names its panellists with their country once (in a
// list: "Mr. Ravi Doorgakant, Director, CERT-MU, Mauritius") and by
// surname after: "Ms. Koirala opened the session …", "Mr. Doorgakant
// explained …", "Mr. Osei said …". Block order gave every later panellist
// the first one's country (TestNewPersonOpens). A paragraph opening with a
// person the paragraph before does not name is a new speaker: it keeps no
// block, and is read as if it opened the page (a country it names may
// still hold it, as "Mr. Doorgakant explained that Mauritius had
// designated …" is Mauritius's by a later mention).

// personOpenRe matches a paragraph opening with an honorific, a surname
// and a verb of speech or action. Group 1 is the surname.
var personOpenRe = regexp.MustCompile(`^(?:Mr|Ms|Mrs|Dr|Prof|Professor|Amb|Ambassador)\.? (?:[A-Z][\p{L}'’-]+ )?([A-Z][\p{L}'’-]+) (?:said|says|told|noted|explained|recalled|stressed|argued|added|called|urged|warned|offered|opened|closed|described|highlighted|emphasi[sz]ed|underlined|presented|shared|suggested|proposed|pointed|observed|concluded|agreed|disagreed|cautioned|asked|replied|responded)\b`)

// newPersonOpens returns the surname a paragraph opens with (see
// personOpenRe) when the text before (the paragraph before it) does not
// name it, else "". Its first byte spares nearly every paragraph the
// expression.
func newPersonOpens(p, before string) string {
	if len(p) < 8 {
		return ""
	}
	if w := newWitness(p); w != "" {
		if strings.Contains(before, w) {
			return ""
		}
		return w
	}
	switch p[0] {
	case 'M', 'D', 'P', 'A':
	default:
		return ""
	}
	sm := personOpenRe.FindStringSubmatch(p)
	if sm == nil || strings.Contains(before, sm[1]) {
		return ""
	}
	return sm[1]
}

// A committee report lists its witnesses by a label of their office, with
// no article, and the words after a colon: "Ambassador of the Czech
// Republic, Mr Tomáš Hrubý: explained …" then "Minister of Information,
// Hon. Peya Mushelenga: said that Namibia will ratify …". The second
// witness is a new speaker: block order gave it the foreign witness's
// country (testdata/pages16's 9e6). witnessOpenRe matches such a label;
// group 1 is the label.
var witnessOpenRe = regexp.MustCompile(`^((?:(?:Deputy|Vice|Acting|Permanent)[\s-]+)?(?:Minister|Ministra|Ministro|Ministre|Viceministro|Viceministra|Vice-ministre|Secretary|Secretario|Secretaria|Secrétaire|Director|Directora|Directeur|Directrice|Head|Jefe|Jefa|Chef|Chief|Commissioner|Comisionado|Comisionada|Commissaire|Ambassador|Embajador|Embajadora|Ambassadeur|Ambassadrice|Representative|Representante|Représentant|Représentante)` +
	`(?:-General|-general| General| general| général| générale)?\s+(?:of|for|de|del|du|d['’])\s*[^,:()]{2,60}?(?:,\s*[^,:()]{1,60}?)?)\s*:\s`)

// witnessOpeners are the first words witnessOpenRe can match.
var witnessOpeners = toSet(`Deputy Vice Acting Permanent Minister Ministra Ministro Ministre Viceministro Viceministra Vice-ministre
Secretary Secretario Secretaria Secrétaire Director Directora Directeur Directrice Head Jefe Jefa Chef Chief Commissioner
Comisionado Comisionada Commissaire Ambassador Embajador Embajadora Ambassadeur Ambassadrice Representative Representante
Représentant Représentante`)

// newWitness returns the witness label p opens with (witnessOpenRe), or
// "". A look-up of its first word and a colon's byte spare nearly every
// paragraph the expression.
func newWitness(p string) string {
	first, _ := leadWord(p)
	if !witnessOpeners[first] || strings.IndexByte(p[:min(len(p), 140)], ':') < 0 {
		return ""
	}
	sm := witnessOpenRe.FindStringSubmatch(p[:min(len(p), 160)])
	if sm == nil {
		return ""
	}
	return sm[1]
}
