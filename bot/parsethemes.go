package bot

import (
	"errors"
	"strings"
)

// ThemeResolver resolves theme words; *Bot implements it.
type ThemeResolver interface {
	ResolveTheme(words string) (string, bool)
	ThemeNames() []string
}

// fillers are words allowed between themes.
// ErrNoTheme is ParseThemes' error for words that name no theme at all.
var ErrNoTheme = errors.New("no theme given")

var fillers = map[string]bool{"and": true, "&": true, "+": true, "of": true, "on": true, "about": true, "for": true, "the": true, "themes": true, "theme": true}

// ParseThemes reads theme words ("attribution due diligence",
// "attribution, due diligence") into lexicon theme names, greedily,
// longest match first. An unknown word is an *UnknownThemeError.
func ParseThemes(r ThemeResolver, words []string) ([]string, error) {
	var clean []string
	for _, w := range words {
		for _, p := range strings.Split(w, ",") {
			p = strings.Trim(p, "\"'`")
			if p != "" {
				clean = append(clean, p)
			}
		}
	}
	// Several words must form one phrase of the lexicon; a single word
	// may resolve however the lexicon resolves it.
	exact := r.ResolveTheme
	if e, ok := r.(interface{ ThemeExactly(string) (string, bool) }); ok {
		exact = e.ThemeExactly
	}
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(clean); {
		matched := 0
		for n := min(len(clean)-i, 4); n >= 1; n-- {
			resolve := exact
			if n == 1 {
				resolve = r.ResolveTheme
			}
			if t, ok := resolve(strings.Join(clean[i:i+n], " ")); ok {
				if !seen[t] {
					seen[t] = true
					out = append(out, t)
				}
				matched = n
				break
			}
		}
		if matched == 0 && fillers[strings.ToLower(clean[i])] {
			matched = 1 // "digest of attribution and sovereignty"
		}
		if matched == 0 {
			return nil, &UnknownThemeError{Theme: clean[i], Known: r.ThemeNames()}
		}
		i += matched
	}
	if len(out) == 0 {
		return nil, ErrNoTheme
	}
	return out, nil
}
