package corpus

import "github.com/stancebot/stancebot/corpus/lang"

// An English question with one misspelt word whose ending looks Spanish or
// French ("samoa sattelite backup", "angola sattelites": -ite is a French
// ending) was answered in French: the ending was the only evidence of a
// language. A word of a typical foreign ending that no list knows and that
// is an English word after the typos chat makes most (a letter dropped,
// doubled, swapped with its neighbour, or a doubled letter moved) speaks
// for English instead. TestEnglishTypoStaysEnglish backs the rule.

// nearEnglishTypo reports whether w (lower case, folded) is an English word
// after one dropped, doubled or swapped letter, or a doubled letter moved
// ("sattelite" → "satellite"). It searches only candidates made from w, a
// few dozen binary searches of the English stems.
func nearEnglishTypo(w string) bool {
	_, ok := englishTypoFix(w, false)
	return ok
}

// englishTypoFix returns the English word w is after one of the typos of
// nearEnglishTypo, the first found; movedOnly tries only a doubled letter
// moved (no work on a word without a doubled letter).
func englishTypoFix(w string, movedOnly bool) (string, bool) {
	if len(w) < 6 || len(w) > 20 || !isASCII7(w) {
		return "", false
	}
	var buf [24]byte
	var found string
	try := func(parts ...string) bool {
		b := buf[:0]
		for _, p := range parts {
			b = append(b, p...)
		}
		if isEnglishWord(string(b)) {
			found = string(b)
			return true
		}
		return false
	}
	for i := 0; i < len(w) && !movedOnly; i++ {
		if try(w[:i], w[i+1:]) || try(w[:i+1], w[i:i+1], w[i+1:]) {
			return found, true // dropped or doubled
		}
		if i+1 < len(w) && w[i] != w[i+1] && try(w[:i], w[i+1:i+2], w[i:i+1], w[i+2:]) {
			return found, true // swapped
		}
	}
	// A doubled letter moved: "sattelite" (tt, l) is "satellite" (t, ll).
	for i := 0; i+1 < len(w); i++ {
		if w[i] != w[i+1] {
			continue
		}
		single := w[:i] + w[i+1:]
		for j := 0; j < len(single); j++ {
			if j == i || single[j] == w[i] && j == i-1 {
				continue
			}
			if try(single[:j+1], single[j:j+1], single[j+1:]) {
				return found, true
			}
		}
	}
	return "", false
}

// englishTypos adds English evidence to r for each word of text, outside
// spans, whose foreign ending alone spoke for Spanish or French while it
// is a misspelt English word (nearEnglishTypo): it cancels the ending and
// speaks for English as much. Called only when r is not English.
func (t *Translator) englishTypos(r lang.Result, text string, spans []lang.Span, explain bool) lang.Result {
	for _, tk := range Tokenize(blankSpans(text, spans)) {
		w := lang.Fold(tk.Lower)
		if t.det.Knows(w) || lang.SuffixLang(w) == "" || lang.SuffixLang(w) == lang.English || isEnglishWord(w) {
			continue
		}
		if !nearEnglishTypo(w) {
			continue
		}
		why := ""
		if explain {
			why = tk.Orig + " (misspelt English word)"
		}
		r = r.With(lang.English, 2*lang.SuffixWeight, why)
	}
	return r
}

// movedDouble reports whether b is a with the letter a doubles typed single
// and another letter doubled instead ("sattelites", "satellites"): one
// slip of the hand that edit distance counts as two.
func movedDouble(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	for i := 0; i+1 < len(a); i++ {
		if a[i] != a[i+1] {
			continue
		}
		single := a[:i] + a[i+1:]
		for j := 0; j < len(single); j++ {
			if j != i && len(b) == len(single)+1 && b[:j+1] == single[:j+1] && b[j+1] == single[j] && b[j+2:] == single[j+1:] {
				return true
			}
		}
	}
	return false
}
