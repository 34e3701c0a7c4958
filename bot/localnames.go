package bot

import (
	"strconv"
	"time"

	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/corpus/lang"
)

// ThemeLabel returns a theme's name (its English lexicon name) as replies
// in a language call it ("atribución", "diligence raisonnable"); English,
// or a theme with no name in that language, gives the name unchanged.
func ThemeLabel(code, theme string) string { return corpus.DefaultTranslator().ThemeName(code, theme) }

// ThemeLabels is ThemeLabel for each of themes.
func ThemeLabels(code string, themes []string) []string {
	return corpus.DefaultTranslator().ThemeNames(code, themes)
}

// ResolveThemeIn maps theme words typed in a language to the English
// theme: English words first (theme names and command words are English
// everywhere), then the language's own theme phrases ("atribución",
// "droits de l'homme").
func ResolveThemeIn(r ThemeResolver, code, words string) (string, bool) {
	if t, ok := r.ResolveTheme(words); ok {
		return t, true
	}
	return corpus.DefaultTranslator().ResolveTheme(code, words)
}

// Abbreviated day and month names (CLDR's format-abbreviated forms), for
// dates in replies: golang.org/x/text formats numbers and messages but
// has no calendar formatting, and time.Format writes English names only
// (TestFormatTimeIn).
var (
	dayAbbr = map[string][7]string{
		lang.Spanish: {"dom", "lun", "mar", "mié", "jue", "vie", "sáb"},
		lang.French:  {"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."},
	}
	monthAbbr = map[string][12]string{
		lang.Spanish: {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
		lang.French:  {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
	}
)

// FormatTimeIn writes a time as "Mon 2 Jan 2006 15:04 MST" in a reply
// language: "sáb 28 mar 2026 09:00 UTC", "sam. 28 mars 2026 09:00 UTC".
// English (or an unknown code) is time.Format's own form.
func FormatTimeIn(code string, t time.Time) string {
	days, ok := dayAbbr[code]
	if !ok {
		return t.Format("Mon 2 Jan 2006 15:04 MST")
	}
	months := monthAbbr[code]
	return days[t.Weekday()] + " " + strconv.Itoa(t.Day()) + " " + months[t.Month()-1] + " " + strconv.Itoa(t.Year()) + " " + t.Format("15:04 MST")
}
