package corpus

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sectionThemes returns the themes a section heading names ("3. Due
// diligence", "IV. DROIT INTERNATIONAL HUMANITAIRE", "## Attribution"),
// nil when heading is not one or names none. A position paper states its
// view under such headings without repeating their words ("3.1 States
// must take reasonable measures to stop operations launched from their
// territory"): the paragraphs under the heading are about its themes too
// (see merger.addSection, withSection).
//
// A list item ("- capacity building", "• CBMs") is not a heading of what
// follows it, nor is a long line; and a page's title ("National positions
// on international law: an overview" above entries on cybercrime) names
// what the page is about, not each paragraph's theme: before the page's
// first statement (held false) only a numbered or Markdown sub-heading is
// a section's.
func sectionThemes(tm *termMaker, heading string, held bool) []int {
	if tm == nil || !sectionHeading(heading) {
		return nil
	}
	if !held && sectionNumberLen([]byte(heading)) == 0 && markdownLevel(heading) < 2 {
		return nil
	}
	ts, _, _ := readTermsHeader(tm.text(heading)).themes()
	return ts
}

// sectionNumberRe matches a heading's number and the spaces after it:
// "3. Due diligence", "2.1 Sovereignty", "IV. Attribution", "B)
// Capacity-building" (a number list markers leave: see listMarker).
var sectionNumberRe = regexp.MustCompile(`^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[IVXLC]{1,6}[.)]|[A-H][.)])[ \t]+\pL`)

// sectionNumberLen returns the length of p's heading number and the
// spaces after it, 0 when p starts with none.
func sectionNumberLen(p []byte) int {
	if len(p) == 0 || !(p[0] >= '0' && p[0] <= '9' || p[0] >= 'A' && p[0] <= 'X') {
		return 0
	}
	// A byte check first: the first word, within 9 bytes, is a number
	// with a dot or a closing parenthesis (the regexp ran on every
	// paragraph's first sight in a load).
	sp := bytes.IndexByte(p[:min(len(p), 10)], ' ')
	if sp < 2 || bytes.IndexAny(p[:sp], ".)") < 0 {
		return 0
	}
	loc := sectionNumberRe.FindIndex(p)
	if loc == nil {
		return 0
	}
	_, size := utf8.DecodeLastRune(p[:loc[1]])
	return loc[1] - size // up to the heading's first letter
}

// newSection returns the section a heading opens: its themes, or nil when
// it names holders ("## Kenya": a new holder's entry) or no theme ("1.
// Introduction").
func newSection(tm *termMaker, heading string, held, holders bool) *[]int {
	if holders {
		return nil
	}
	if ts := sectionThemes(tm, heading, held); len(ts) > 0 {
		return &ts
	}
	return nil
}

// maxSectionWords is the most words a section heading has.
const maxSectionWords = 10

// sectionHeading reports whether a heading line may head a section: not a
// list item (a heading starts with a capital, a number or Markdown's #),
// at most maxSectionWords words.
func sectionHeading(h string) bool {
	r, _ := utf8.DecodeRuneInString(h)
	switch r {
	case '-', '*', '•', '·', '–', '—', '+', '>', '▪', '◦':
		return false
	}
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '#' {
		return false // "sovereignty": a list item, its marker removed, not a heading
	}
	words, in := 0, false
	for _, r := range h {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			if words++; words > maxSectionWords {
				return false
			}
		}
		in = !sp
	}
	return !strings.HasSuffix(h, ":") // "Priorities:" opens a list
}

// stampSection gives the paragraphs emitted from index from on the
// section's themes.
func stampSection(paras []parsedPara, from int, section *[]int) {
	for k := from; k < len(paras); k++ {
		paras[k].section = section
	}
}
