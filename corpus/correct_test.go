package corpus

import (
	"strings"
	"testing"
)

func TestCorrect(t *testing.T) {
	c := seedCorpus(t)
	tests := []struct {
		in, want string // want "" : left alone
	}{
		{"soveregnty", "sovereignty"},
		{"atributon", "attribution"},
		{"crme", "crime"},
		{"humna", "human"},
		{"confidance", ""}, // same stem as "confidence": found as it is
		{"privcy", "privacy"},
		{"militarization", ""}, // a spelling, not a typo
		{"militarisation", ""},
		{"sovereignty", ""},
		{"cat", ""},         // too short to correct
		{"xqzvwk", ""},      // nothing near
		{"retaliation", ""}, // a lexicon word the corpus lacks
		{"insurance", ""},   // two edits from "instance", a corpus word: another word, not a typo
		{"news", ""},        // an English word one letter from "new", a corpus word
		{"bans", ""},        // an English word: not "band" or "base"
		{"sanctions", ""},   // not in the corpus, but a word
	}
	for _, tt := range tests {
		checkCorrect(t, c, tt.in, tt.want)
	}
}

func TestMatchQuestionSynonyms(t *testing.T) {
	l := DefaultLexicon()
	tests := []struct{ q, theme string }{
		{"offensive cyber capabilities", "militarisation"},
		{"a cyber arms race", "militarisation"},
		{"retaliation", "countermeasures"},
		{"active defence", "countermeasures"},
		{"a binding convention", "legally binding instruments"},
		{"responsible behaviour", "voluntary norms"},
		{"surveillance", "human rights"},
		{"data privacy", "human rights"},
		{"cyberattacks", "use of force"},
		{"cyber-attacks", "use of force"},
		{"cyber attacks", "use of force"},
		{"confidance building", "confidence-building measures"},
	}
	for _, tt := range tests {
		found := false
		for _, m := range l.MatchQuestion(Stems(tt.q)) {
			found = found || l.Themes[m.Theme].Name == tt.theme
		}
		if !found {
			t.Errorf("%q: no %s in %v", tt.q, tt.theme, l.MatchQuestion(Stems(tt.q)))
		}
	}
}

// TestQuestionPhrasesUnambiguous: a question phrase (after stemming and
// dropping stop words, where "who did the attack" is just "attack") names
// one theme, except the phrases meant to name two.
func TestQuestionPhrasesUnambiguous(t *testing.T) {
	shared := map[string]bool{"data privaci": true} // human rights and data protection
	l := DefaultLexicon()
	themes := map[string][]string{}
	for _, ps := range l.qByFirst {
		for _, p := range ps {
			k := strings.Join(p.stems, " ")
			themes[k] = append(themes[k], l.Themes[p.theme].Name)
		}
	}
	for k, ts := range themes {
		if len(ts) > 1 && !shared[k] {
			t.Errorf("question phrase %q names %v", k, ts)
		}
	}
}

// checkCorrect holds c.Correct(in) to want, "" meaning the word is left
// alone.
func checkCorrect(t *testing.T, c *Corpus, in, want string) {
	t.Helper()
	got, ok := c.Correct(in)
	if want == "" {
		if ok {
			t.Errorf("Correct(%q) = %q, want it left alone", in, got)
		}
		return
	}
	if !ok || got != want {
		t.Errorf("Correct(%q) = %q, %v; want %q", in, got, ok, want)
	}
}
