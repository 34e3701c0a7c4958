package corpus

import "testing"

// TestCodeSwitchedTopicWords: Spanish and French topic words in an English
// question are read in English; English words, names and words English
// shares with them are kept as typed.
func TestCodeSwitchedTopicWords(t *testing.T) {
	tr, g := DefaultTranslator(), DefaultGazetteer()
	for _, c := range []struct{ q, want string }{
		{"who talks about desinformacion", "who talks about disinformation"},
		{"who talks about la desinformation", "who talks about la disinformation"},
		{"what does la roumanie say on DIH", "what does la roumanie say on international humanitarian law"},
		{"who talks about soberania", "who talks about sovereignty"},
		// Nothing to read: English words stay, even those a glossary holds.
		{"who talks about ransomware", "who talks about ransomware"},
		{"what does Peru say on attribution", "what does Peru say on attribution"},
		{"compare Chile and Mexico on cybercrime", "compare Chile and Mexico on cybercrime"},
	} {
		toks := Tokenize(c.q)
		r := g.Scan(toks, true, nil)
		got, _, _ := tr.CodeSwitched(c.q, toks, r.Covers)
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.q, got, c.want)
		}
	}
}
