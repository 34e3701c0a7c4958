package corpus

import (
	"unicode"

	"github.com/stancebot/stancebot/corpus/lang"
)

// A short Spanish or French paragraph may have too few function words to
// read as either ("Le Tchad soutient la initiative.", "La Namibie appuie
// le projet."): read as English, its country's French or Spanish name was
// no name, and the paragraph went to the previous paragraph's holder.
// openingNameLang reads such a paragraph by its opening instead: an
// article of the language, a country name known only in that language
// ("Tchad", "Namibie", "Kenia") and a verb. A paragraph with any English
// function word ("La Paz hosted the workshop") keeps its English reading
// (TestOpeningNameLang).

// openingArticleLang gives the language an opening article belongs to:
// "es", "fr", or "*" for "la" (both).
var openingArticleLang = map[string]string{"le": lang.French, "les": lang.French, "el": lang.Spanish,
	"los": lang.Spanish, "las": lang.Spanish, "la": "*"}

// openingNameLang returns the language of a paragraph paragraphLang left
// unread ("") that opens with a Spanish or French article (or a French
// elision, "L'Érythrée"), then a country's name in that language and a
// verb; "" for any other.
func (g *Gazetteer) openingNameLang(toks []Token) string {
	if len(toks) < 2 {
		return ""
	}
	art, first := openingArticleLang[toks[0].Lower], 1
	switch {
	case art != "" && toks[0].Orig != toks[0].Lower: // "Le", "La", "El"
	case frenchElision(toks[0].Lower) && elisionUpper(toks[0].Orig): // "L'Érythrée"
		art, first = lang.French, 0
	default:
		return "" // most paragraphs
	}
	for i := range toks {
		if markerOf(toks[i].Lower) == markEN {
			return ""
		}
	}
	ms := g.findText(toks, true)
	if len(ms) == 0 {
		return ""
	}
	m := ms[0]
	if m.First != first || m.How == ByDemonym || m.Lang == "" || art != "*" && art != m.Lang {
		return ""
	}
	v := m.Last + 1
	if v >= len(toks) || toks[v].Gap != "" || toks[v].SentStart || !opensLower(toks[v].Orig) ||
		notVerb[toks[v].Lower] && toks[v].Lower != "a" || articles[toks[v].Lower] {
		return "" // "La Namibie, pays voisin, …", "El Perú de hoy …"
	}
	return m.Lang
}

// opensLower reports whether a word opens with a lower-case letter.
func opensLower(w string) bool {
	for _, r := range w {
		return unicode.IsLower(r)
	}
	return false
}
