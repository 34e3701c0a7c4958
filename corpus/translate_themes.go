package corpus

import (
	"slices"
	"strings"

	"github.com/stancebot/stancebot/corpus/lang"
)

// ResolveTheme maps words in Spanish or French to the English theme they
// name when they are exactly one theme phrase of that language, folded and
// stemmed as questions are ("diligencia debida", "droits de l'homme",
// "soberania"). Chat commands ("digest atribución") read theme words with
// it. An English code or words that are no single phrase give false.
func (t *Translator) ResolveTheme(code, words string) (string, bool) {
	f := t.langs[code]
	if f == nil {
		return "", false
	}
	var ws, sts []string
	for _, tk := range Tokenize(words) {
		w := lang.Fold(tk.Lower)
		if s, ok := lang.StripElision(w); ok {
			w = s
		}
		if f.stop[w] {
			continue
		}
		ws = append(ws, w)
		sts = append(sts, f.stem(w))
	}
	if len(ws) == 0 {
		return "", false
	}
	for _, p := range f.byWord[ws[0]] {
		if p.theme && slices.Equal(p.words, ws) {
			return p.english, true
		}
	}
	for _, p := range f.byStem[sts[0]] {
		if p.theme && slices.Equal(p.stems, sts) {
			return p.english, true
		}
	}
	return "", false
}

// ThemeNames returns the themes' names in a language, in order: each
// English theme name as ThemeName gives it.
func (t *Translator) ThemeNames(code string, themes []string) []string {
	out := make([]string, len(themes))
	for i, th := range themes {
		out[i] = t.ThemeName(code, th)
	}
	return out
}

// englishAcronym reports whether a glossary key is the initials of its
// English value ("CERT" for "computer emergency response team"): an
// English acronym that Spanish and French write alike, so it is read in
// their questions but is no evidence of their language ("Mozambique CERT"
// stays English). "TIC" for "ICT" is Spanish and French, and counts.
func englishAcronym(key, english string) bool {
	ws := strings.Fields(english)
	if len(ws) < 2 || len(ws) != len(key) {
		return false
	}
	for i, w := range ws {
		if !strings.EqualFold(w[:1], key[i:i+1]) {
			return false
		}
	}
	return key == strings.ToUpper(key)
}

// undotted writes an abbreviated name of two-letter parts without its
// dots ("EE. UU." and "EE.UU." give "EE UU", a gazetteer form): in the
// English reading a dot would end a sentence, and what follows it ("EE.UU.
// ransomware") would be read as a sentence of its own. Single-letter
// abbreviations typed in lower case are written in capitals without their
// dots ("e.a.u." gives "EAU", "r.c.a." "RCA"; "U.S." stays): the tokenizer
// joins only capital ones, and after a lower-case one ("los e.a.u. sobre inteligencia
// artificial") the topic was read as a sentence of its own and dropped
// (TestUndotted).
func undotted(name string) string {
	if !strings.Contains(name, ".") {
		return name
	}
	parts := strings.Fields(strings.ReplaceAll(name, ".", " "))
	single := 0
	for _, p := range parts {
		if len([]rune(p)) < 2 {
			single++
		}
	}
	switch {
	case single == len(parts) && len(parts) >= 2 && name != strings.ToUpper(name):
		return strings.ToUpper(strings.Join(parts, ""))
	case single > 0:
		return name
	}
	return strings.Join(parts, " ")
}

// cyberWords are the Spanish and French words for "cyber" that a theme
// phrase may have inside it without changing its meaning ("capacidades
// cibernéticas ofensivas", "capacités cyber offensives"), as English
// questions skip "cyber" and "ICT". Folded.
var cyberWords = toSet(`ciber cibernetico cibernetica ciberneticos ciberneticas tic informatico informatica informaticos informaticas
cyber cybernetique cybernetiques informatique informatiques numerique numeriques`)
