package corpus

import "strings"

// guestTail returns the index of the first part of an author's paragraph
// cut at its subjects (see splitAt) that reports another country's
// official or body, when every part from there on does so: "At the
// regional level, the Government welcomed the work of IMPACS. Jamaica's
// Minister of Science, who attended the launch as a guest, said that “…”"
// in Trinidad and Tobago's release, or "El director del INCIBE de España,
// presente en el acto, aseguró … Por su parte, la Agencia … de Francia
// (ANSSI) envió un mensaje de apoyo." on a page headed by Andorra's news.
// The parts before k are the author's; each part from k is its guest's
// words, which the author only reports (see guestOf). ok is false when
// no part reports a guest, when a part before k names another subject, or
// when a part from k is no report of an official or body; answered is set
// instead when the author answers its guests (a first person outside
// quotation marks, as in "The representative of X claimed … We cannot
// agree."): the paragraph is the author's whole. (asked23's 908 held the
// Jamaican minister's words as Trinidad and Tobago's; asked22's 810 held
// France's agency's message as Spain's, or dropped it: TestGuestTail.)
func guestTail(segs []*paraInfo, author string, text func(*paraInfo) string) (k int, ok, answered bool) {
	k = -1
	for i, s := range segs {
		if c := s.firstSubject().country; c != "" && c != author {
			k = i
			break
		}
	}
	if k < 0 {
		return 0, false, false
	}
	for _, s := range segs[k:] {
		if guestOf(s, author) == "" {
			return 0, false, false
		}
	}
	if firstPerson(outsideQuotes(text(segs[len(segs)-1]))) {
		return k, false, true
	}
	return k, true, false
}

// guestOf is the country whose official or body the part s of an
// author's paragraph reports, when it is not the author: "" otherwise.
func guestOf(s *paraInfo, author string) string {
	sub := s.firstSubject()
	if sub.country == "" || sub.country == author || !s.is(fNarrated) && !officialEvidence(sub.evidence) && !bodyEvidence(sub.evidence) {
		return ""
	}
	return sub.country
}

// bodyEvidence reports whether a subject's evidence names a State's body
// ("the National Cyber Security Agency of Zambia", "l'Agence des systèmes
// d'information du Bénin"): a capitalised body noun (see bodyNouns).
func bodyEvidence(ev string) bool {
	for w := range strings.FieldsSeq(ev) {
		w = unelided(strings.Trim(w, ",.;:"))
		if capitalised(w) && bodyNouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// outsideQuotes returns text with its quotations (“…”, "…", «…») blanked
// out, so that a quoted "we" is not the reporter's.
func outsideQuotes(text string) string {
	if !strings.ContainsAny(text, "\"“«") {
		return text
	}
	var b strings.Builder
	in := false
	for _, r := range text {
		switch {
		case r == '“' || r == '«' || r == '"' && !in:
			in = true
		case r == '”' || r == '»' || r == '"' && in:
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
