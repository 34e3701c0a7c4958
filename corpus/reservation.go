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

// A joint statement whose parties are named at its head (not signed at
// its end) may mark a paragraph with an asterisk and record one party's
// reservation on it in a footnote: "* Samoa joins this statement with the
// exception of the preceding paragraph, on which it reserves its
// position." The paragraph was held by every party, the reserving one
// too: the words it withheld itself from made its position (testdata/
// pages16's 9e4).

// precedingReservationRe matches a reservation on the paragraph before a
// footnote or a note: "with the exception of the preceding paragraph",
// "reserves its position on the paragraph above", "à l'exception du
// paragraphe précédent", "con excepción del párrafo anterior".
var precedingReservationRe = regexp.MustCompile(`(?i)(?:exception of|except for|except|reserves? (?:its|their) position on|dissociates? (?:itself|themselves) from|does not (?:associate itself with|join)|exception d[ue]|réserve sa position sur|se dissocie d[ue]|excepción de(?:l)?|salvo(?: el)?|reserva su posición sobre(?: el)?|se desvincula de(?:l)?)\s+(?:the\s+|le\s+|la\s+|el\s+)?(?:preceding paragraph|previous paragraph|paragraph above|asterisked paragraph|paragraph marked|paragraphe précédent|paragraphe ci-dessus|paragraphe marqué|párrafo anterior|párrafo precedente|párrafo marcado)`)

// withdrawPreceding drops reserving party h from the paragraph its
// footnote names (precedingReservationRe): the last paragraph before it
// ending on an asterisk (with none, which paragraph it means is not sure:
// nothing is withdrawn), and only one h holds with other parties. Byte searches come first: the
// expression runs only on a paragraph that speaks of a paragraph and of
// an exception or a reservation.
func withdrawPreceding(paras []parsedPara, h, text string, textOf func(*paraInfo) string) []parsedPara {
	if !strings.Contains(text, "aragra") && !strings.Contains(text, "rrafo") {
		return paras
	}
	if !strings.Contains(text, "xcep") && !strings.Contains(text, "serv") && !strings.Contains(text, "issoci") &&
		!strings.Contains(text, "salvo") && !strings.Contains(text, "esvincul") && !strings.Contains(text, "not join") {
		return paras
	}
	if !precedingReservationRe.MatchString(text) {
		return paras
	}
	var target *paraInfo
	for i := len(paras) - 1; i >= 0 && target == nil; i-- {
		if strings.HasSuffix(strings.TrimRight(textOf(paras[i].info), " "), "*") {
			target = paras[i].info
		}
	}
	return dropShared(paras, h, target)
}

// dropShared drops h from target, a paragraph h holds with other
// parties; one h holds alone is its own, and stays.
func dropShared(paras []parsedPara, h string, target *paraInfo) []parsedPara {
	shared, mine := false, false
	for _, p := range paras {
		if p.info == target {
			if p.holder == h {
				mine = true
			} else {
				shared = true
			}
		}
	}
	if !mine || !shared {
		return paras
	}
	kept := paras[:0]
	for _, p := range paras {
		if p.info != target || p.holder != h {
			kept = append(kept, p)
		}
	}
	return kept
}

// A joint statement whose parties are named at its head and whose
// paragraphs are numbered may record a party's reservation after them:
// "Slovakia dissociates itself from paragraph 4.", "Le Burundi se dissocie
// du paragraphe 3.", "Bolivia se desvincula del párrafo 2." Every party
// held paragraph 4, the reserving one too (pages22's 9kc): the words it
// rejected made its position. The numbers are list markers the reader
// drops, so paragraph N is the N-th paragraph the reserving party holds
// with the others, as for a list signed at the end (withdrawReservation).

// withdrawNumbered drops reserving party h from the joint paragraphs its
// reservation text names (reservationRe); a number beyond them withdraws
// nothing.
func withdrawNumbered(paras []parsedPara, h, text string) []parsedPara {
	sm := reservationRe.FindStringSubmatch(text)
	if sm == nil {
		return paras
	}
	var joint []*paraInfo // the paragraphs h holds with other parties, in order
	for i, p := range paras {
		if p.holder != h || len(joint) > 0 && joint[len(joint)-1] == p.info {
			continue
		}
		for _, q := range paras[max(0, i-8):min(len(paras), i+8)] {
			if q.info == p.info && q.holder != h {
				joint = append(joint, p.info)
				break
			}
		}
	}
	var targets []*paraInfo
	for _, f := range strings.FieldsFunc(sm[1], func(r rune) bool { return r < '0' || r > '9' }) {
		if n, err := strconv.Atoi(f); err == nil && n >= 1 && n <= len(joint) {
			targets = append(targets, joint[n-1])
		}
	}
	for _, t := range targets {
		paras = dropShared(paras, h, t)
	}
	return paras
}
