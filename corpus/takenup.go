package corpus

import "regexp"

// A government's answer reports what another State did, then says what
// it does about it in the same paragraph: "The Deputy referred to reports
// linking the attackers to Belarus. Belarus has publicly denied any
// involvement … Ireland expects every State, including Belarus, to …",
// "Les États-Unis et la Corée du Sud ont attribué publiquement plusieurs
// de ces attaques. La Suisse se réserve le droit d'en faire de même". Cut
// at its subjects, the reported State held words it never said, in a
// paragraph of the answer's author (testdata/pages20's 9i1, 9ib). When the
// paragraph's last part is the previous paragraph's holder taking the
// other State up again (naming it, or "de même", "likewise"), the whole
// paragraph is that holder's. A summary reporting its speakers ("The
// representative of Nauru said …") is still cut.

// backRefRe matches words that take up what another did before: "do the
// same", "likewise", "follow suit", "de même", "lo mismo".
var backRefRe = regexp.MustCompile(`(?i)\b(?:(?:do|does|did|doing)\s+(?:the\s+)?same|likewise|follow\s+suit|(?:faire|fera|fait)\s+de\s+même|de\s+même|hacer\s+lo\s+mismo|har[áa]\s+lo\s+mismo|lo\s+mismo)\b`)

// takenUpBy returns prev when info, a paragraph the analysis cut at its
// subjects (see splitAt), ends on a part whose subject is prev, the
// holder of the paragraph before, taking up a State an earlier part
// reported (by naming it again or by a back reference, backRefRe), and
// no earlier part reports a speaker or has prev for subject; "" otherwise.
func takenUpBy(info *paraInfo, prev string, text func(*paraInfo) string) string {
	segs := info.segs()
	if prev == "" || len(segs) < 2 {
		return ""
	}
	last := segs[len(segs)-1]
	if last.firstSubject().country != prev {
		return ""
	}
	var others []string
	for _, s := range segs[:len(segs)-1] {
		if s.is(fNarrated) || s.firstSubject().country == prev {
			return ""
		}
		for _, c := range s.mentionList() {
			if c != prev {
				others = append(others, c)
			}
		}
	}
	if len(others) == 0 {
		return ""
	}
	for _, c := range last.mentionList() {
		if contains(others, c) {
			return prev
		}
	}
	if backRefRe.MatchString(text(last)) {
		return prev
	}
	return ""
}
