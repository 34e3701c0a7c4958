package corpus

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// guestQuote reports a paragraph that quotes a guest named by nationality
// and title after a colon ("Speaking to journalists after the meeting, the
// Slovak minister said: “Slovakia has learned …”", "le ministre congolais a
// déclaré à la presse : « … »"): a host's page reporting its visitor's
// words, as a paragraph that opens with the quotation does (fQuotes), so
// that the host's block goes on after it. Read on the paragraph's held
// evidence: the subject is a demonym before a person's noun (personNouns),
// never a possessive ("Sierra Leone's Minister said: …", a wire story's
// own subject). The host's "The Minister added that …" after the guest's
// words was the guest's (asked24).
func guestQuote(text string, attr Attribution) bool {
	return guestEvidence(attr) && colonQuote(text)
}

// guestEvidence reports guestQuote's subject: a demonym and a person's
// noun held as the sentence's subject. Read before the paragraph's text is
// decoded.
func guestEvidence(attr Attribution) bool {
	if attr.Method != MethodSubject || len(attr.Evidence) > 60 || strings.Count(attr.Evidence, " ") < 2 {
		return false
	}
	f := strings.Fields(strings.ToLower(attr.Evidence))
	if len(f) < 3 || len(f) > 4 {
		return false
	}
	switch f[0] {
	case "the", "le", "la", "el":
	default:
		return false
	}
	// "the slovak minister", "le ministre congolais", "el canciller
	// armenio": the person's noun second or last.
	return personNouns[f[len(f)-1]] || personNouns[f[1]]
}

// colonQuote reports a quotation a colon opens in text (": “", ": \"",
// " : « ").
func colonQuote(text string) bool {
	for i := strings.IndexByte(text, ':'); i >= 0; {
		rest := strings.TrimLeft(text[i+1:], " \u00a0")
		if strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, "«") {
			return true
		}
		j := strings.IndexByte(text[i+1:], ':')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// otherSourced reports a paragraph that gives its figures on the word of a
// named body, "according to Interpol", "según la UIT", "selon l'ONUDC": a
// paragraph naming no country that does so is that source's, not the
// block's, as the wire story's "Romance scams … have cost victims …
// hundreds of millions of dollars, according to Interpol." was Guinea-
// Bissau's by block order (asked24). A lower-case source ("according to
// the agency") may be the block's own.
func otherSourced(p string) bool {
	for _, lead := range [...]string{"according to ", "According to ", "según ", "Según ", "selon ", "Selon ", "d'après ", "D'après ", "d’après ", "D’après "} {
		i := strings.Index(p, lead)
		if i < 0 {
			continue
		}
		rest := p[i+len(lead):]
		for _, art := range [...]string{"the ", "la ", "el ", "le ", "los ", "les ", "l'", "l’"} {
			rest = strings.TrimPrefix(rest, art)
		}
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && !nationalBodyFirst[leadWordOf(rest)] {
			return true
		}
	}
	return false
}

// nationalBodyFirst open the names of a country's own bodies and offices,
// which speak for the block's country: "National Cyber Security Centre",
// "Ministry of …", "Agencia Nacional …", "Ministère …", "the Director
// General of INSA" (asked23's Ethiopian release).
var nationalBodyFirst = toSet(`National Nacional Nationale Ministry Ministerio Ministère Government Gobierno Gouvernement Department
Office Oficina Agency Agencia Agence Authority Autoridad Autorité Police Policía Centre Center Centro Council Consejo Conseil
Commission Comisión State Estado État Cabinet Presidency Presidencia Présidence
Director Director-General Directora Directeur Directrice Minister Ministro Ministra Ministre Head Chief Jefe Jefa Chef
President Presidente Presidenta Président Présidente Secretary Secretario Secretaria Secrétaire Spokesperson Spokesman
Spokeswoman Portavoz Porte-parole Ambassador Embajador Embajadora Ambassadeur Ambassadrice Commissioner Deputy Vice
Prime Chair Chairman Chairperson Officials Officers Sources Fuentes Senior Minister's Prosecutor Fiscal Procureur`)

// leadWordOf is s's first word, up to a space or punctuation.
func leadWordOf(s string) string {
	if i := strings.IndexAny(s, " ,.;:'’"); i >= 0 {
		return s[:i]
	}
	return s
}

// sourceCue reports the bytes without which a raw paragraph gives no
// source (otherSourced): read before the paragraph is decoded.
func sourceCue(raw []byte) bool {
	return bytes.Contains(raw, []byte("ccording to ")) || bytes.Contains(raw, []byte("egún ")) ||
		bytes.Contains(raw, []byte("elon ")) || bytes.Contains(raw, []byte("après "))
}
