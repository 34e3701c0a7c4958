package corpus

import (
	"bytes"
	"regexp"
)

// A joint statement may list its signatories after its text, not before
// it: "This statement is endorsed by the following States: Costa Rica,
// Estonia, …", "Signatories: …", "Co-sponsors: …", "Déclaration signée par
// : …". Its
// paragraphs, in the first person plural and naming no country, were left
// out as "before any country was named", and the list itself was read as
// a statement of its first country. Read as a heading, the list makes each
// signatory hold the paragraphs before it that no one held (parseFile); a
// list before the text signs the text below, as jointList's does.

// signatoriesRe matches the lead-in before a signatories' list's colon.
var signatoriesRe = regexp.MustCompile(`(?i)(?:\b(?:endorsed|signed|supported|co-?sponsored|joined|subscribed)\s+by\b|\bsignator(?:y|ies)\b|\bendorsing (?:States|countries)\b|\bfirmantes\b|\b(?:firmad|respaldad|apoyad|suscrit)[ao]s? por\b|\bsignataires\b|\bco-?sponsors\b|\bcopatrocinadores\b|\bcoauteurs\b|\b(?:sign|soutenu|appuy)[ée]e?s? par\b|\bont sign[ée]|\bhave signed\b|\bhan firmado\b)`)

// signedWhat are the words that make a longer lead-in a statement's
// ("This statement is endorsed by …"), not a proposal's in running text
// ("Kenya's proposal was supported by: …", which stays a statement).
var signedWhatRe = regexp.MustCompile(`(?i)\b(?:statement|declaration|communiqu[ée]|text|d[ée]claration|texte|declaraci[oó]n|comunicado|texto)\b`)

// signatoryList reports a paragraph that lists a joint statement's
// signatories after a colon (see signatoriesRe): a lead-in of at most
// three words ("Signatories:", "Endorsed by:") or one naming the
// statement.
func signatoryList(p []byte) bool {
	head := p[:min(len(p), jointListHead)]
	colon := bytes.IndexByte(head, ':')
	if colon < 0 {
		return false
	}
	lead := head[:colon]
	if !bytes.Contains(lead, []byte("by")) && !bytes.Contains(lead, []byte("ignat")) && !bytes.Contains(lead, []byte("par")) &&
		!bytes.Contains(lead, []byte("por")) && !bytes.Contains(lead, []byte("irmantes")) && !bytes.Contains(lead, []byte("ndors")) &&
		!bytes.Contains(lead, []byte("ponsors")) && !bytes.Contains(lead, []byte("ocinadores")) && !bytes.Contains(lead, []byte("oauteurs")) &&
		!bytes.Contains(lead, []byte("nt sign")) && !bytes.Contains(lead, []byte("ve sign")) && !bytes.Contains(lead, []byte("an firmado")) {
		return false // nearly every paragraph: a few byte searches of its lead-in
	}
	if !signatoriesRe.Match(lead) {
		return false
	}
	return len(bytes.Fields(withoutBrackets(lead))) <= 3 || signedWhatRe.Match(lead)
}

// withoutBrackets is lead without its bracketed asides: "Signatories (as
// of 26 May 2026)" is a three-word lead-in's length (pages17's 9f3, whose
// paragraphs were left out as no one's).
func withoutBrackets(lead []byte) []byte {
	open := bytes.IndexByte(lead, '(')
	if open < 0 {
		return lead
	}
	out := make([]byte, 0, len(lead))
	depth := 0
	for _, c := range lead {
		switch {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case depth == 0:
			out = append(out, c)
		}
	}
	return out
}

// deliveredListRe matches a closing line that names who delivered a joint
// statement and for whom: "Delivered by Kazakhstan on behalf of Kazakhstan,
// Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan." It signs the text
// above it as a signatories' list does (TestPages5Corpus: the paragraphs
// were nobody's and the line itself a statement of its deliverer).
var deliveredListRe = regexp.MustCompile(`^(?:(?:This|The) (?:joint )?statement (?:is|was) )?(?:[Dd]elivered|[Rr]ead(?: out)?|[Pp]resented) by [^.;:]{2,120}? on behalf of [^.;:]{2,400}\.?$|^(?:Pronunciad[ao]|Le[ií]d[ao]|Presentad[ao]) por [^.;:]{2,120}? en nombre de [^.;:]{2,400}\.?$|^(?:Prononc[ée]e?|Lue?|Pr[ée]sent[ée]e?) par [^.;:]{2,120}? au nom de [^.;:]{2,400}\.?$`)

// deliveredList reports such a closing line (see deliveredListRe).
func deliveredList(p []byte) bool {
	if len(p) > 600 || len(p) < 16 {
		return false
	}
	// Nearly every paragraph: its first word. (The expression ran on
	// every paragraph with " p" in its opening was a tenth of a load's
	// CPU: Go's matcher walks the whole paragraph.)
	w, _ := leadWord(string(p[:min(len(p), 16)]))
	if !deliveredFirst[w] || (w == "This" || w == "The") && !bytes.Contains(p[:min(len(p), 40)], []byte("statement")) {
		return false
	}
	return deliveredListRe.Match(p)
}

// deliveredFirst are the words deliveredListRe's lines open with.
var deliveredFirst = toSet(`This The Delivered delivered Read read Presented presented Pronunciada Pronunciado Leída Leído Leida Leido
Presentada Presentado Prononcée Prononcé Prononcee Prononce Lu Lue Présentée Présenté Presentee Presente`)
