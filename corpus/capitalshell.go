package corpus

// capitalShell is a multi-word capital that holds another country's name
// ("Port of Spain", "Puerto España"): words are the capital's folded
// words, off the index in them where the held name starts.
type capitalShell struct {
	words []string
	off   int
}

// buildCapitalShells indexes, by the first word of the held name, every
// multi-word capital whose words hold a name of another country read in
// running text. Capitals are read in questions only, so in a paragraph
// the held name alone was found: "Port of Spain, 4 August 2026" named
// Spain and the dateline gave Trinidad and Tobago's press release to
// Spain (asked23).
func (g *Gazetteer) buildCapitalShells() {
	g.capShells = nil
	for _, ps := range g.phrases {
		for _, c := range ps {
			if c.how != ByCapital || len(c.words) < 2 || c.country < 0 {
				continue
			}
			for j, w := range c.words {
				for _, n := range g.textPhrasesESFR[w] {
					if n.country < 0 || n.country == c.country || j+len(n.words) > len(c.words) || !sameWords(n.words, c.words[j:j+len(n.words)]) {
						continue
					}
					if g.capShells == nil {
						g.capShells = map[string][]capitalShell{}
					}
					g.capShells[w] = append(g.capShells[w], capitalShell{words: c.words, off: j})
				}
			}
		}
	}
}

// sameWords reports whether a and b hold the same words.
func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// inCapitalShell reports whether the name found at keys[first:last+1] is
// part of a capital of another country written around it ("Port of
// Spain"): a place, no mention of the held country.
func (g *Gazetteer) inCapitalShell(keys []string, first int) bool {
	for _, s := range g.capShells[keys[first]] {
		start := first - s.off
		if start < 0 || start+len(s.words) > len(keys) {
			continue
		}
		if sameWords(s.words, keys[start:start+len(s.words)]) {
			return true
		}
	}
	return false
}
