package corpus

import (
	"strings"
	"unicode"
)

// A transcript labels a speaker in full the first time, with the country
// in brackets ("H.E. MR. SOKHA CHEA (Ambassador of the Kingdom of
// Cambodia):", "Sra. Ana Gómez (Uruguay):"), and by the surname alone
// afterwards ("CHEA: If I may add, …", "Gómez:"). Read without the first
// label, the bare surname held the turn of the panellist before
// (testdata/pages20's 9i9, Cambodia's words held by Benin).

// labelHead splits a paragraph's opening label: the name before the
// colon (and before a bracket, whose text is bracket), within the first
// 160 bytes; ok is false when p opens with no such label.
func labelHead(p string) (name, bracket string, ok bool) {
	k := strings.IndexByte(p[:min(len(p), 160)], ':')
	if k <= 0 {
		return "", "", false
	}
	head := strings.TrimSpace(p[:k])
	if b := strings.IndexByte(head, '('); b > 0 {
		if !strings.HasSuffix(head, ")") {
			return "", "", false
		}
		return strings.TrimSpace(head[:b]), head[b+1 : len(head)-1], true
	}
	return head, "", len(head) < 40
}

// surnameOf is the last word of a speaker's name, folded to lower case
// ("H.E. MR. SOKHA CHEA": "chea", "Sra. Ana Gómez": "gómez"); "" when
// the name has a word that does not open with a capital, or is a title
// alone.
func surnameOf(name string) string {
	fields := strings.Fields(name)
	if len(fields) == 0 || len(fields) > 6 {
		return ""
	}
	for _, f := range fields {
		if r := []rune(f)[0]; !unicode.IsUpper(r) {
			return ""
		}
	}
	last := strings.Trim(fields[len(fields)-1], ".,")
	if len([]rune(last)) < 3 || titleWords[last] || chairWords[last] || titleWords[titleCase(last)] || chairWords[titleCase(last)] {
		return ""
	}
	return strings.ToLower(last)
}

// surnameLabels remembers, for one page, the country each speaker's
// full label named (see labelHead).
type surnameLabels map[string]string

// note records the surname of p's full label with the one country its
// bracket names; it returns the map, made on first use.
func (sl surnameLabels) note(g *Gazetteer, p string) surnameLabels {
	name, bracket, ok := labelHead(p)
	if !ok || bracket == "" {
		return sl
	}
	s := surnameOf(name)
	if s == "" {
		return sl
	}
	var c string
	for _, m := range g.findText(Tokenize(bracket), true) {
		if c != "" && m.Country != c {
			return sl // two countries: no speaker's own
		}
		c = m.Country
	}
	if c == "" {
		return sl
	}
	if sl == nil {
		sl = surnameLabels{}
	}
	sl[s] = c
	return sl
}

// of returns the country of the speaker p's bare-surname label names
// ("CHEA:", "Ms. Gómez:"), noted earlier on the page, and the label.
func (sl surnameLabels) of(p string) (country, label string) {
	if len(sl) == 0 {
		return "", ""
	}
	name, bracket, ok := labelHead(p)
	if !ok || bracket != "" {
		return "", ""
	}
	if c := sl[surnameOf(name)]; c != "" {
		return c, name
	}
	return "", ""
}

// titleCase is w with its first letter alone in upper case ("MR":
// "Mr", "MODERATOR": "Moderator").
func titleCase(w string) string {
	r := []rune(strings.ToLower(w))
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
