package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// A joint declaration signed at its end may carry a signatory's
// reservation after the list: "The Kingdom of Eswatini dissociates itself
// from paragraph 4.", "La République de Cabo Verde se dissocie du
// paragraphe 3.", "… se desvincula del párrafo 4". The signatory holds
// its reservation, but not the paragraph it dissociates itself from:
// holding it made the country's position the very words it rejected
// (TestPages6Corpus). The paragraphs' numbers are list markers the reader
// drops, so paragraph N is the N-th of the paragraphs the list signed; a
// reservation naming one beyond them withdraws nothing.

// reservationRe matches the reservation and its paragraph numbers
// (group 1: "4", "3 and 4", "3, 4 y 5").
var reservationRe = regexp.MustCompile(`(?:dissociates? (?:itself|themselves) from|does not (?:associate itself with|join consensus on)|se dissocie(?:nt)? d(?:u|es)|se desvincula(?:n)? de(?:l)?|no se suma(?:n)? a(?:l)?) (?:operative )?(?:paragraphs?|paragraphes?|p[áa]rrafos?) (\d{1,2}(?:(?:,\s*|\s+(?:and|et|y)\s+)\d{1,2})*)`)

// withdrawReservation drops signer h from the signed paragraphs its
// reservation text names; signed are the paragraphs a signatories' list
// signed, in order, signers its countries. A byte search comes first: it
// runs only on a page signed at its end, after the list.
func withdrawReservation(paras []parsedPara, signed []*paraInfo, signers []string, h, text string) []parsedPara {
	if !contains(signers, h) || !strings.Contains(text, "arag") && !strings.Contains(text, "rrafo") {
		return paras
	}
	sm := reservationRe.FindStringSubmatch(text)
	if sm == nil {
		return paras
	}
	for _, f := range strings.FieldsFunc(sm[1], func(r rune) bool { return r < '0' || r > '9' }) {
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 || n > len(signed) {
			continue
		}
		target := signed[n-1]
		kept := paras[:0]
		for _, p := range paras {
			if p.info != target || p.holder != h {
				kept = append(kept, p)
			}
		}
		paras = kept
	}
	return paras
}
