package corpus

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/acronyms.txt
var acronymsTXT string

// acronymTable holds data/acronyms.txt: each concept (an acronym) with the
// stems of its other forms. A statement holding any form is indexed under
// the concept's stem too (see indexAcronyms), and a question's form is
// searched as the concept (see AcronymTerms), so CERT and "computer
// emergency response team", DDoS and "denial of service" find each other
// whichever the statement and the question use.
type acronymTable struct {
	names   []string               // concept stems, by index
	byFirst map[string][]lexPhrase // form phrases by their first stem; theme = concept index
	// words are the lower-case words of the concepts and their forms
	// ("disinformation", "ransomware", "intrusion"), for the typo
	// vocabulary (see typoTargetWords).
	words []string
}

// formsMark ends the stem a statement is indexed under, besides the
// acronym concept's own, once for each form of the concept it holds
// ("information operations" for "disinformation"): a question that says
// the concept itself ranks the statements using that word above those
// matching only through a form (see Term.Literal). No word stems to it,
// and it has no surface word (the typo vocabulary never offers it).
const formsMark = "\x00form"

var (
	acronymsOnce sync.Once
	acronyms     *acronymTable
)

// defaultAcronyms returns the embedded table; a malformed line panics at
// first use (the data is embedded and tested).
func defaultAcronyms() *acronymTable {
	acronymsOnce.Do(func() {
		t, err := parseAcronyms(acronymsTXT)
		if err != nil {
			panic(err)
		}
		acronyms = t
	})
	return acronyms
}

func parseAcronyms(text string) (*acronymTable, error) {
	t := &acronymTable{byFirst: map[string][]lexPhrase{}}
	err := eachPair(strings.NewReader(text), "acronyms", func(line int, name, rest string, ok bool) error {
		st := Stems(name)
		if !ok || len(st) != 1 {
			return fmt.Errorf("acronyms line %d: want \"ACRONYM: form; form\"", line)
		}
		k := len(t.names)
		t.names = append(t.names, st[0])
		t.words = appendTypoTargets(t.words, name)
		for _, f := range splitList(rest) {
			t.words = appendTypoTargets(t.words, f)
			fs := Stems(f)
			if len(fs) == 0 {
				return fmt.Errorf("acronyms line %d: empty form", line)
			}
			t.byFirst[fs[0]] = append(t.byFirst[fs[0]], lexPhrase{stems: fs, theme: k})
		}
		return nil
	})
	return t, err
}

// each calls fn with the concept stem of every form found in stems, in
// order, longest form first at each position.
func (t *acronymTable) each(stems []string, fn func(first, n int, concept string)) {
	for _, m := range matchPhrases(t.byFirst, stems) {
		if c := t.names[m.Theme]; m.Len != 1 || stems[m.First] != c {
			fn(m.First, m.Len, c)
		}
	}
}

// IsAcronymForm reports whether a lower-case word is an acronym of
// data/acronyms.txt or a one-word form of one ("csirt"): such words are
// never corrected as misspellings.
func IsAcronymForm(lower string) bool {
	t := defaultAcronyms()
	s := Stem(lower)
	for _, c := range t.names {
		if c == s {
			return true
		}
	}
	for _, p := range t.byFirst[s] {
		if len(p.stems) == 1 {
			return true
		}
	}
	return false
}

// AcronymTerms rewrites a question's content words so that a word finds
// its other forms: "terrorism" also searches "terrorist" (and "-ist" the
// "-ism"; the stemmer keeps them apart), and an acronym's forms are
// searched as the acronym: a one-word form ("csirt") gains the
// concept's stem as an alternative, and a spelt-out form outside any theme
// phrase ("computer security incident response team") becomes one term,
// the concept. content, words and terms are parallel (as bot builds them)
// and are returned parallel; the inputs may be reused.
func AcronymTerms(content, words []string, terms []QueryTerm) ([]string, []string, []QueryTerm) {
	for i, w := range words {
		if alt, ok := ismIst(w); ok {
			terms[i].Alt = append(terms[i].Alt[:len(terms[i].Alt):len(terms[i].Alt)], Stem(alt))
		}
	}
	t := defaultAcronyms()
	type span struct {
		first, n int
		concept  string
	}
	var spans []span
	t.each(content, func(first, n int, concept string) {
		for k := first; k < first+n; k++ {
			if terms[k].InTheme {
				return
			}
		}
		spans = append(spans, span{first, n, concept})
	})
	if len(spans) == 0 {
		return content, words, terms
	}
	oc, ow, ot := content[:0:0], words[:0:0], terms[:0:0]
	next := 0
	for _, s := range spans {
		oc, ow, ot = append(oc, content[next:s.first]...), append(ow, words[next:s.first]...), append(ot, terms[next:s.first]...)
		term := QueryTerm{Stem: s.concept, Form: true}
		if s.n == 1 {
			term = terms[s.first]
			term.Alt = append(term.Alt[:len(term.Alt):len(term.Alt)], s.concept)
		}
		oc = append(oc, term.Stem)
		ow = append(ow, strings.Join(words[s.first:s.first+s.n], " "))
		ot = append(ot, term)
		next = s.first + s.n
	}
	oc, ow, ot = append(oc, content[next:]...), append(ow, words[next:]...), append(ot, terms[next:]...)
	return oc, ow, ot
}

// ismIst gives the "-ist" word of an "-ism" word and the reverse
// ("terrorism" and "terrorist", "extremists" and "extremism"), which the
// Snowball stemmer keeps apart.
func ismIst(w string) (string, bool) {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 7 {
		return "", false
	}
	switch {
	case strings.HasSuffix(w, "ism"):
		return w[:len(w)-3] + "ist", true
	case strings.HasSuffix(w, "ist"):
		return w[:len(w)-3] + "ism", true
	}
	return "", false
}
