package corpus

import (
	"strings"
	"testing"
)

func TestThemeSpellingsMatch(t *testing.T) {
	l := DefaultLexicon()
	tests := []struct{ text, want string }{
		{"the militarisation of cyberspace", "militarisation"},
		{"the militarization of cyberspace", "militarisation"},
		{"refraining from weaponisation", "militarisation"},
		{"refraining from weaponization", "militarisation"},
		{"a right of self-defence", "use of force"},
		{"a right of self-defense", "use of force"},
		{"the principle of due diligence", "due diligence"},
		{"due-diligence obligations", "due diligence"},
		{"Budapest Convention", "cybercrime"},
		{"the OEWG and the GGE", "UN processes"},
		{"Programme of Action", "UN processes"},
		{"legally binding instrument", "legally binding instruments"},
		{"confidence-building measures", "confidence-building measures"},
		{"right to privacy", "human rights"},
		{"countermeasures", "countermeasures"},
		{"unilateral coercive measures", "countermeasures"},
		{"sanctions against developing countries", "countermeasures"},
		{"state responsibility", "state responsibility"},
		{"peaceful settlement of disputes", "peaceful settlement"},
		{"multi-stakeholder approach", "multi-stakeholder"},
		{"personal data protection", "data protection"},
		{"ICT supply chains", "supply chains"},
		{"critical infrastructure", "critical infrastructure"},
		{"capacity building", "capacity building"},
		{"international humanitarian law", "international law"},
		{"sovereignty", "sovereignty"},
		{"foreign interference in elections", "sovereignty"},
		{"interference in the internal affairs of other States", "sovereignty"},
		{"attribution", "attribution"},
		{"voluntary norms", "voluntary norms"},
		// Data localisation in the words pages use (asked23's Mongolian
		// and Uzbek notes).
		{"its law does not require data to stay in the country", "data protection"},
		{"government data must be stored locally", "data protection"},
		{"the country's data sovereignty", "data protection"},
		{"rules on cross-border data transfers", "data protection"},
		{"the weather today", ""},
		{"the data to be shared between CERTs", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, i := range l.themesOf(Stems(tt.text)) {
			got = append(got, l.Themes[i].Name)
		}
		if tt.want == "" && len(got) > 0 || tt.want != "" && !contains(got, tt.want) {
			t.Errorf("themes(%q) = %v, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNonBindingIsNotLegallyBinding(t *testing.T) {
	l := DefaultLexicon()
	for _, i := range l.themesOf(Stems("voluntary, non-binding norms")) {
		if l.Themes[i].Name == "legally binding instruments" {
			t.Error("non-binding norms tagged as legally binding instruments")
		}
	}
}

// Domestic regulation is not an international binding instrument: "States
// regulate content" and "a lack of regulation" tagged it.
func TestDomesticRegulationIsNotABindingInstrument(t *testing.T) {
	l := DefaultLexicon()
	for _, text := range []string{"States may regulate content and platforms", "the lack of regulation obliging network administrators", "reforming regulatory frameworks"} {
		for _, i := range l.themesOf(Stems(text)) {
			if l.Themes[i].Name == "legally binding instruments" {
				t.Errorf("%q tagged as legally binding instruments", text)
			}
		}
	}
}

// A ministry's name is not the principle of non-interference: "the
// Ministry of Internal Affairs" tagged a deputy minister's remarks with
// sovereignty.
func TestInternalAffairsMinistryIsNotSovereignty(t *testing.T) {
	l := DefaultLexicon()
	for _, text := range []string{"the deputy minister for internal affairs said", "Kenya's Ministry of Internal Affairs handles cybercrime"} {
		for _, i := range l.themesOf(Stems(text)) {
			if l.Themes[i].Name == "sovereignty" {
				t.Errorf("%q tagged as sovereignty", text)
			}
		}
	}
}

func TestParseLexicon(t *testing.T) {
	l, err := ParseLexicon(strings.NewReader("# custom\nspace law: outer space; satellites\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := l.Resolve("satellites"); !ok || got != "space law" {
		t.Errorf("Resolve(satellites) = %q, %v", got, ok)
	}
	for _, bad := range []string{"", "no colon here", ": empty name", "a: x\na: y"} {
		if _, err := ParseLexicon(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseLexicon(%q): want error", bad)
		}
	}
}

func TestAmericanise(t *testing.T) {
	for in, want := range map[string]string{"militarisation": "militarization", "weaponise": "weaponize", "defence": "defense", "behaviour": "behavior", "rise": "rise", "programme": "program", "fibre": "fiber", "grey": "gray", "signalling": "signaling", "manoeuvres": "maneuvers", "sceptical": "skeptical"} {
		if got := americanise(in); got != want {
			t.Errorf("americanise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokenize(t *testing.T) {
	var got []string
	for _, tk := range Tokenize("Peru's due-diligence, the E.U. and U.S. on non-state ‘actors’ states’ duty") {
		got = append(got, tk.Lower)
	}
	want := "peru due diligence the eu and us on non state actors states duty"
	if strings.Join(got, " ") != want {
		t.Errorf("Tokenize = %q, want %q", strings.Join(got, " "), want)
	}
}

func TestStemCacheIsBounded(t *testing.T) {
	defer func(old int64) { stemCacheMax = old }(stemCacheMax)
	stemCacheMax = 100
	for i := 0; i < 2000; i++ {
		Stem("word" + strings.Repeat("x", i%50) + string(rune('a'+i%26)))
	}
	if n := stemCacheSize.Load(); n > stemCacheMax {
		t.Fatalf("stem cache holds %d words, max %d", n, stemCacheMax)
	}
	if Stem("militarisation") != Stem("militarization") {
		t.Fatal("stems differ after cache churn")
	}
}
