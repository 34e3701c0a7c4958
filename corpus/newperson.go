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
