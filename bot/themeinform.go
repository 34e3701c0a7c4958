package bot

import "github.com/stancebot/stancebot/corpus"

// withoutThemesInForms drops the theme matches lying inside a longer
// acronym form of the question (see corpus.AcronymSpans): "industrial" is
// a question synonym of multi-stakeholder (industry), but "industrial
// control systems" is ICS, and "connected devices" is IoT whatever
// "connected" alone might read as. The longest phrase wins, as it does
// among theme phrases. ms is reused. Only a question with content words
// outside its theme phrases can hold such a form: the common "X on
// attribution" pays nothing.
func withoutThemesInForms(ms []corpus.ThemeMatch, content []string) []corpus.ThemeMatch {
	covered := 0
	for _, m := range ms {
		covered += m.Len
	}
	if len(ms) == 0 || covered >= len(content) {
		return ms
	}
	var buf [4][2]int
	spans := corpus.AcronymSpans(content, buf[:0])
	if len(spans) == 0 {
		return ms
	}
	kept := ms[:0]
	for _, m := range ms {
		inside := false
		for _, s := range spans {
			if first, n := s[0], s[1]; first <= m.First && m.First+m.Len <= first+n && n > m.Len {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, m)
		}
	}
	return kept
}
