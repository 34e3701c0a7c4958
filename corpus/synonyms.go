package corpus

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
)

//go:embed data/synonyms.txt
var synonymsTXT string

// questionSkip are stems skipped when a question is matched against theme
// phrases: people put "cyber" in front of anything ("offensive cyber
// capabilities", "cyber-attacks").
var questionSkip = toSet(`cyber cyberspac ict icts`)

// addSynonyms reads question synonyms ("theme name: phrase; phrase") for
// the themes l defines; lines naming other themes are skipped, so a custom
// lexicon keeps the synonyms of the themes it shares with the default one.
// It also builds the question phrase table from the themes' own phrases.
func (l *Lexicon) addSynonyms(text string) error {
	l.qByFirst = map[string][]lexPhrase{}
	add := func(p string, theme int) {
		var st []string
		for _, s := range Stems(p) {
			if !questionSkip[s] {
				st = append(st, s)
			}
		}
		if len(st) == 0 {
			return
		}
		for _, q := range l.qByFirst[st[0]] {
			if q.theme == theme && slices.Equal(q.stems, st) {
				return
			}
		}
		var words []string
		for _, t := range Tokenize(p) {
			words = append(words, t.Lower)
		}
		l.qByFirst[st[0]] = append(l.qByFirst[st[0]], lexPhrase{stems: st, theme: theme, words: words})
	}
	for i, t := range l.Themes {
		add(t.Name, i)
		for _, p := range t.Phrases {
			add(p, i)
		}
	}
	err := eachPair(strings.NewReader(text), "synonyms", func(line int, name, rest string, ok bool) error {
		if !ok {
			return fmt.Errorf("synonyms line %d: want \"theme: phrase; phrase\"", line)
		}
		i, known := l.byName[strings.ToLower(strings.TrimSpace(name))]
		if !known {
			return nil
		}
		for _, p := range splitList(rest) {
			add(p, i)
			l.addSynonymStems(p, i)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for k := range l.qByFirst {
		ps := l.qByFirst[k]
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].stems) > len(ps[j].stems) })
	}
	return nil
}

// addSynonymStems records a question synonym of theme i for SynonymStems:
// its stems without "cyber" and the domain's generic words, when some are
// left and none is a word of the theme's own phrases.
func (l *Lexicon) addSynonymStems(p string, i int) {
	var st []string
	for _, s := range Stems(p) {
		if !questionSkip[s] && !genericStems[s] && !stopWords[s] {
			st = append(st, s)
		}
	}
	if len(st) == 0 {
		return
	}
	for _, s := range st {
		if i < len(l.stems) && slices.Contains(l.stems[i], s) {
			// "infrastructure protection": the theme's own words tag
			// statements already, and the rest alone ("protection") is
			// no sign of the theme.
			return
		}
	}
	for len(l.synonyms) <= i {
		l.synonyms = append(l.synonyms, nil)
	}
	for _, have := range l.synonyms[i] {
		if slices.Equal(have, st) {
			return
		}
	}
	l.synonyms[i] = append(l.synonyms[i], st)
}

// SynonymStems returns the stems of each question synonym of a theme
// ("energy grid", "financial sector" for critical infrastructure;
// "accusation" for attribution). Statements are never tagged through
// them, but a country none of whose statements is tagged with the theme
// may still use one: bot's last fallback looks for them, in that
// country's statements only.
func (l *Lexicon) SynonymStems(theme int) [][]string {
	if theme < 0 || theme >= len(l.synonyms) {
		return nil
	}
	return l.synonyms[theme]
}

// MatchQuestion finds themes in a question's content stems: the themes'
// own phrases and the synonyms people use for them, longest first, with
// "cyber" and "ICT" skipped on both sides. First and Len index stems.
func (l *Lexicon) MatchQuestion(stems []string) []ThemeMatch {
	var seq []string
	var pos []int
	for i, s := range stems {
		if rest, ok := l.cyberCompound(s); ok {
			s = rest
		}
		if !questionSkip[s] {
			seq = append(seq, s)
			pos = append(pos, i)
		}
	}
	ms := matchPhrases(l.qByFirst, seq)
	kept := ms[:0]
	for i, m := range ms {
		if m.Len == 1 && genericHeads[seq[m.First]] && m.First > 0 && (i == 0 || ms[i-1].First+ms[i-1].Len <= m.First-1) {
			// "ransomware attacks", "ddos attacks", "trade war": a word
			// no theme knows names the kind of attack, and the head
			// noun alone is no theme ("ransomware attacks" answered on
			// the use of force, Article 51 first).
			continue
		}
		first, last := pos[m.First], pos[m.First+m.Len-1]
		m.First, m.Len = first, last-first+1
		kept = append(kept, m)
	}
	return kept
}

// genericHeads are the stems of one-word question synonyms that a
// modifier no theme knows turns into another thing (MatchQuestion): "law"
// is international law alone ("what does peru say about the law"), a
// country's own law after its subject ("mongolias cyber security law",
// "the e-commerce law"), which the statements name as they do.
var genericHeads = map[string]bool{Stem("attack"): true, Stem("war"): true, Stem("law"): true, Stem("laws"): true}

// SplitCyber splits a "cyber" compound no question phrase starts with
// ("cyberattacks" gives "attacks"; "cybercrime" is a phrase and stays), so
// "cyberattacks", "cyber-attacks" and "cyber attacks" read as one term.
func (l *Lexicon) SplitCyber(lower string) (string, bool) {
	// The compound's shape first: a topic word of every question asks
	// this, and nearly none starts with "cyber", where stemming it for the
	// phrase check was a look-up in the stem memo and one in the phrases.
	rest, ok := splitCyber(lower)
	if !ok {
		return "", false
	}
	if _, phrase := l.qByFirst[Stem(lower)]; phrase {
		return "", false
	}
	return rest, true
}

func splitCyber(lower string) (string, bool) {
	rest, ok := strings.CutPrefix(lower, "cyber")
	if !ok || len(rest) < 3 || rest == "space" || rest == "security" || rest == "spaces" {
		return "", false
	}
	for _, r := range rest {
		if r < 'a' || r > 'z' {
			return "", false
		}
	}
	return rest, true
}

// cyberCompound returns the stem of a cyber compound's second part, when
// the compound itself starts no question phrase.
func (l *Lexicon) cyberCompound(stem string) (string, bool) {
	if _, phrase := l.qByFirst[stem]; phrase {
		return "", false
	}
	rest, ok := splitCyber(stem)
	if !ok {
		return "", false
	}
	return Stem(rest), true
}
