package corpus

import (
	_ "embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

//go:embed data/themes.txt
var themesTXT string

// Theme is one entry of the lexicon.
type Theme struct {
	Name    string
	Phrases []string
}

// Lexicon is the theme vocabulary: phrases, compared by stems, that make a
// statement or a question about a theme.
type Lexicon struct {
	Themes  []Theme
	byFirst map[string][]lexPhrase
	byName  map[string]int
	stems   [][]string // per theme: distinct stems of its name and phrases
	// qByFirst holds the phrases questions are matched with: the themes'
	// own and their synonyms (data/synonyms.txt), "cyber" removed.
	qByFirst map[string][]lexPhrase
	// synonyms: per theme, the stems of each of its question synonyms
	// (data/synonyms.txt) that are not its own phrases (see SynonymStems).
	synonyms [][][]string
}

type lexPhrase struct {
	stems   []string
	theme   int
	primary bool     // the theme's name or first phrase
	words   []string // the phrase's words as written, lower case (question phrases)
}

// ThemeMatch is a theme found in a stem sequence, with the stems it used.
type ThemeMatch struct {
	Theme   int
	First   int // index of the first stem
	Len     int
	Primary bool // the theme's name or first phrase, not a peripheral one
}

// DefaultLexicon parses the embedded theme lexicon.
func DefaultLexicon() *Lexicon {
	l, err := ParseLexicon(strings.NewReader(themesTXT))
	if err != nil {
		panic(fmt.Sprintf("embedded theme lexicon: %v", err)) // a build-time data error
	}
	return l
}

// ParseLexicon reads a lexicon: one theme a line, "name: phrase; phrase".
func ParseLexicon(r io.Reader) (*Lexicon, error) {
	l := &Lexicon{byFirst: map[string][]lexPhrase{}, byName: map[string]int{}}
	err := eachPair(r, "themes", func(line int, name, rest string, ok bool) error {
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return fmt.Errorf("themes line %d: want \"name: phrase; phrase\"", line)
		}
		if _, dup := l.byName[strings.ToLower(name)]; dup {
			return fmt.Errorf("themes line %d: theme %q listed twice", line, name)
		}
		idx := len(l.Themes)
		t := Theme{Name: name, Phrases: splitList(rest)}
		if len(t.Phrases) == 0 {
			t.Phrases = []string{name}
		}
		l.Themes = append(l.Themes, t)
		l.byName[strings.ToLower(name)] = idx
		var all []string
		for k, p := range append([]string{name}, t.Phrases...) {
			st := Stems(p)
			if len(st) == 0 {
				continue
			}
			primary := k <= 1 || slices.Equal(st, Stems(name))
			l.byFirst[st[0]] = append(l.byFirst[st[0]], lexPhrase{stems: st, theme: idx, primary: primary})
			for _, x := range st {
				if !slices.Contains(all, x) {
					all = append(all, x)
				}
			}
		}
		l.stems = append(l.stems, all)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(l.Themes) == 0 {
		return nil, fmt.Errorf("themes: no theme defined")
	}
	for k := range l.byFirst {
		ps := l.byFirst[k]
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].stems) > len(ps[j].stems) })
	}
	if err := l.addSynonyms(synonymsTXT); err != nil {
		return nil, err
	}
	return l, nil
}

// ThemeStems returns the distinct stems of theme t's name and phrases, in
// lexicon order. The slice is shared: do not modify it.
func (l *Lexicon) ThemeStems(t int) []string { return l.stems[t] }

// Names lists the theme names in lexicon order.
func (l *Lexicon) Names() []string {
	out := make([]string, len(l.Themes))
	for i, t := range l.Themes {
		out[i] = t.Name
	}
	return out
}

// Match finds theme phrases in a stem sequence, longest first, left to right.
func (l *Lexicon) Match(stems []string) []ThemeMatch { return matchPhrases(l.byFirst, stems) }

func matchPhrases(byFirst map[string][]lexPhrase, stems []string) []ThemeMatch {
	var out []ThemeMatch
	for i := 0; i < len(stems); i++ {
		best := ThemeMatch{Theme: -1}
		for _, p := range byFirst[stems[i]] {
			if i+len(p.stems) > len(stems) || len(p.stems) <= best.Len {
				continue
			}
			ok := true
			for k, s := range p.stems {
				if stems[i+k] != s {
					ok = false
					break
				}
			}
			if ok {
				best = ThemeMatch{Theme: p.theme, First: i, Len: len(p.stems), Primary: p.primary}
			}
		}
		if best.Theme >= 0 {
			// Several themes may share a phrase; record each once.
			out = append(out, best)
			for _, p := range byFirst[stems[i]] {
				if p.theme != best.Theme && len(p.stems) == best.Len && slices.Equal(p.stems, stems[i:i+best.Len]) {
					out = append(out, ThemeMatch{Theme: p.theme, First: i, Len: best.Len, Primary: p.primary})
				}
			}
			i += best.Len - 1
		}
	}
	return out
}

// themeCounts returns the distinct theme indices in a stem sequence,
// sorted, with a weighted count of their phrases: 2 for the theme's own
// name ("due diligence"), 1 for a peripheral phrase ("duty to ensure").
func (l *Lexicon) themeCounts(stems []string) ([]int, []uint16) {
	return appendThemeCounts(nil, nil, l.Match(stems))
}

// appendThemeCounts is themeCounts of the matches ms, appended to ts and
// ns (both empty).
func appendThemeCounts(ts []int, ns []uint16, ms []ThemeMatch) ([]int, []uint16) {
	for _, m := range ms {
		w := uint16(1)
		if m.Primary {
			w = 2
		}
		if i := slices.Index(ts, m.Theme); i >= 0 {
			ns[i] += w
			continue
		}
		ts = append(ts, m.Theme)
		ns = append(ns, w)
	}
	// Sort both by theme index (few elements: insertion sort).
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j] < ts[j-1]; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
			ns[j], ns[j-1] = ns[j-1], ns[j]
		}
	}
	return ts, ns
}

// themesOf returns the sorted, distinct theme indices in a stem sequence.
func (l *Lexicon) themesOf(stems []string) []int {
	ts, _ := l.themeCounts(stems)
	return ts
}

// Resolve maps user words to a theme name: the name itself, or any phrase
// of the theme ("weaponization" gives militarisation).
func (l *Lexicon) Resolve(words string) (string, bool) {
	if i, ok := l.byName[strings.ToLower(strings.TrimSpace(words))]; ok {
		return l.Themes[i].Name, true
	}
	st := Stems(words)
	ms := l.Match(st)
	if len(ms) == 0 {
		return "", false
	}
	// Prefer a phrase covering all the words.
	for _, m := range ms {
		if m.First == 0 && m.Len == len(st) {
			return l.Themes[m.Theme].Name, true
		}
	}
	return l.Themes[ms[0].Theme].Name, true
}

// Index returns the position of a theme name, or -1.
func (l *Lexicon) Index(name string) int {
	if i, ok := l.byName[strings.ToLower(name)]; ok {
		return i
	}
	return -1
}
