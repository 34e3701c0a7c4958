package corpus

// A Spanish news sentence may put its verb before its subject: "En el
// acto participó la viceministra de Telecomunicaciones de Costa Rica,
// quien relató …", "Luego intervino el embajador de Chile, quien
// dijo …". Read as an English sentence, the fronted "En el acto" ran to
// the first comma, after the country, and the clause left ("quien relató
// …") named no subject: the paragraph went to the page's own country
// (asked23's Dominican communiqué gave Costa Rica's vice-minister's words
// to the Dominican Republic).

// invertedVerbsESFR are verbs of taking part or speaking that a Spanish
// sentence puts before its subject.
var invertedVerbsESFR = toSet(`participó participo intervino habló hablo asistió asistio expuso disertó diserto`)

// invertedRoles are the role nouns such a subject opens with: those of
// roleNounsESFR, and deputies' titles.
var invertedRoles = toSet(`viceministro viceministra vicecanciller canciller secretario secretaria director directora presidente presidenta`)

// invertedSubject returns the country of an inverted subject opening the
// sentence toks[s:e]: a verb of invertedVerbsESFR within the first words
// (before any comma), an article, a role noun, and the country after
// "de" within six words of it. ms are the sentence's mentions.
func invertedSubject(toks []Token, s, e int, ms []Mention) (Mention, int, bool) {
	for i := s; i < e && i < s+6; i++ {
		if i > s && containsAny(toks[i].Gap, ",;:") {
			break
		}
		if !invertedVerbsESFR[toks[i].Lower] {
			continue
		}
		j := i + 1
		if j < e && (toks[j].Lower == "el" || toks[j].Lower == "la" || toks[j].Lower == "los" || toks[j].Lower == "las") {
			j++
		}
		if j >= e || !roleNounsESFR[toks[j].Lower] && !invertedRoles[toks[j].Lower] {
			return Mention{}, 0, false
		}
		for _, m := range ms {
			if m.First <= j || m.First > j+7 || m.How == ByDemonym {
				continue
			}
			for k := j + 1; k <= m.First; k++ {
				if containsAny(toks[k].Gap, ",;:") {
					return Mention{}, 0, false
				}
			}
			if p := toks[m.First-1].Lower; p == "de" || p == "del" || elidedDe(toks[m.First].Orig) {
				return m, i, true
			}
			return Mention{}, 0, false
		}
		return Mention{}, 0, false
	}
	return Mention{}, 0, false
}
