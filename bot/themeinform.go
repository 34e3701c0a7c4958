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
	type span struct{ first, n int }
	var buf [4]span
	spans := buf[:0]
	corpus.AcronymSpans(content, func(first, n int) { spans = append(spans, span{first, n}) })
	if len(spans) == 0 {
		return ms
	}
	kept := ms[:0]
	for _, m := range ms {
		inside := false
		for _, s := range spans {
			if s.first <= m.First && m.First+m.Len <= s.first+s.n && s.n > m.Len {
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
