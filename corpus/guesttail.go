package corpus

import "strings"

// guestTail returns the country of the reported official that ends an
// author's paragraph, and the index of its part, when the paragraph was
// cut there (see splitAt): "At the regional level, the Government
// welcomed the work of IMPACS. Jamaica's Minister of Science, who
// attended the launch as a guest, said that “…”" in Trinidad and Tobago's
// release. The parts before it are the author's; the last part is the
// guest's words, which the author only reports. It returns "" when the
// author answers the guest (a first person outside quotation marks, as
// in "The representative of X claimed … We cannot agree."), when a part
// before names another subject, or when the last part is no report of an
// official (asked23's 908 held the Jamaican minister's words as Trinidad
// and Tobago's; TestGuestTail). answered is set instead of a guest when the
// author answers the guest: the paragraph is the author's whole.
func guestTail(segs []*paraInfo, author string, text func(*paraInfo) string) (guest string, k int, answered bool) {
	k = len(segs) - 1
	if k < 1 {
		return "", 0, false
	}
	last := segs[k]
	guest = last.firstSubject().country
	if guest == "" || guest == author || !last.is(fNarrated) && !officialEvidence(last.firstSubject().evidence) {
		return "", 0, false
	}
	for _, s := range segs[:k] {
		if c := s.firstSubject().country; c != "" && c != author {
			return "", 0, false
		}
	}
	if firstPerson(outsideQuotes(text(last))) {
		return "", 0, true
	}
	return guest, k, false
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
