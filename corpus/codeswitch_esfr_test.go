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

// TestRegionAfterTopicPreposition: a region after a Spanish or French
// topic preposition is read after "on" in English, as what is spoken
// about ("a note on the Caribbean"), never as the countries to answer
// for; a region that asks stays bare.
func TestRegionAfterTopicPreposition(t *testing.T) {
	tr, g := DefaultTranslator(), DefaultGazetteer()
	for _, c := range []struct {
		code, q string
		on      bool
	}{
		{"es", "estoy preparando una nota sobre el caribe: que dice trinidad y tobago sobre el ciberdelito?", true},
		{"fr", "Pour une note au ministre sur l'Afrique centrale : que dit la Centrafrique sur la cybercriminalité ?", true},
		{"es", "que dice america latina sobre ciberdelincuencia", false},
		{"es", "que dicen los paises del caribe sobre ciberdelincuencia", false},
	} {
		en := tr.Translate(c.code, c.q, g, nil).English
		r := g.FindRegions(Tokenize(en))
		if len(r) == 0 {
			t.Fatalf("%q read %q: no region", c.q, en)
		}
		toks := Tokenize(en)
		on := r[0].First > 0 && toks[r[0].First-1].Lower == "on"
		if on != c.on {
			t.Errorf("%q read %q: region after on = %v, want %v", c.q, en, on, c.on)
		}
	}
}
