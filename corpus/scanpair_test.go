package corpus

import (
	"reflect"
	"strings"
	"testing"
)

// TestScanPairMatchesTwoScans holds ScanPair to the two scans it
// replaces, Scan with one known-word set and Find with another, on
// questions with one-word and multi-word typos, unknown names, regions,
// demonyms and Spanish and French names, for known-word sets that agree,
// that disagree on the misspelt words, and that are nil.
func TestScanPairMatchesTwoScans(t *testing.T) {
	g := DefaultGazetteer()
	set := func(ws ...string) func(string) bool {
		m := toSet(strings.Join(ws, " "))
		return func(w string) bool { return m[w] }
	}
	sets := map[string]func(string) bool{
		"nil":     nil,
		"topic":   set("attribution", "norms", "sovereignty", "what", "does", "say", "on"),
		"typos":   set("nigera", "brasill", "kenia", "attribution", "norms"),
		"names":   set("narnia", "freedonia", "wakanda"),
		"anyword": func(string) bool { return true },
	}
	differ := 0
	for _, q := range []string{
		"what does Nigera say on attribution?",
		"what does nigera say about norms, and Brasill?",
		"compare Kenia and Narnia on sovereignty",
		"Untied Kingdom and Soth Korea on norms",
		"what does Narnia say about norms, and Freedonia?",
		"what do Brazilian officials say about Chinese investment in Lagos?",
		"who in the Pacific talks about sovereignty? and Latin America?",
		"¿Qué dice Corea del Sur sobre atribución?",
		"que pense l'Inde de la souveraineté",
		"japans view on retaliation, kenyas position on privacy",
		"what does lima say on norms",
		"",
	} {
		toks := Tokenize(q)
		for an, known := range sets {
			for bn, alt := range sets {
				rd, found := g.ScanPair(toks, known, alt)
				if want := g.Scan(toks, true, known); !reflect.DeepEqual(rd, want) {
					t.Errorf("ScanPair(%q, %s, %s) read %+v, Scan reads %+v", q, an, bn, rd, want)
				}
				if want := g.Find(toks, true, alt); !reflect.DeepEqual(found, want) {
					t.Errorf("ScanPair(%q, %s, %s) found %+v, Find finds %+v", q, an, bn, found, want)
				}
				if !reflect.DeepEqual(rd.Countries, found) {
					differ++
				}
			}
		}
	}
	if differ == 0 {
		t.Error("the two known-word sets never read a question differently: the test checks nothing")
	}
}

// TestMultiTypoWordFilter holds the multi-word typo rule with its word
// filter (Gazetteer.multiWords) to the rule without it, at every token of
// questions with misspelt multi-word names, and checks that the filter
// holds every word the rule's index is keyed by.
func TestMultiTypoWordFilter(t *testing.T) {
	g := DefaultGazetteer()
	for k := range g.multiByWord {
		w, _, _ := strings.Cut(k, "\x00")
		if !g.multiWords[w] {
			t.Fatalf("multiWords lacks %q, a word of the multi-word index", w)
		}
	}
	found := 0
	for _, q := range []string{
		"Untied Kingdom and Soth Korea on norms", "what does El Slavador say", "Bosnia Herzegovnia on norms",
		"Corea del Sud sobre atribución", "what does the Unted States say about the Untied Arab Emirates?",
		"Sri Lanca and New Zeeland on capacity building", "Papua New Guine", "Saudi Arbia's view",
		"what does Peru say on attribution?", "the Côte d'Ivorie", "", "South",
	} {
		toks := Tokenize(q)
		keys := make([]string, len(toks))
		for i, tk := range toks {
			keys[i] = Fold(tk.Lower)
		}
		facts := g.wordFactsOf(keys, nil)
		for i := range toks {
			got, gok := g.multiTypoAt(toks, keys, facts, i)
			want, wok := g.multiTypoAt(toks, keys, nil, i)
			if gok != wok || got != want {
				t.Errorf("%q at %d: %+v %v with the filter, %+v %v without", q, i, got, gok, want, wok)
			}
			if wok {
				found++
			}
		}
	}
	if found < 5 {
		t.Errorf("only %d misspelt multi-word names found: the test checks little", found)
	}
}

// TestScanAsksKnownWordsLate: the question scan asks the known words
// (a look-up in the corpus's stems) only of a word near a country's name
// or in a name's place, yet still reads misspelt and unknown names there.
func TestScanAsksKnownWordsLate(t *testing.T) {
	g := DefaultGazetteer()
	for _, tc := range []struct {
		q       string
		asked   []string // words the known-word set may be asked about
		country string   // read as this country ("" none)
		unknown string   // an unknown name read ("" none)
	}{
		{"what does Kenya say on tukutagamu nadunopuko?", nil, "Kenya", ""},
		{"what does peru say about peaceful settlement and sovereignty", nil, "Peru", ""},
		{"what does nigera say on norms", []string{"nigera"}, "Nigeria", ""},
		{"what does narnia say on norms", []string{"narnia"}, "", "narnia"},
		{"Wakanda's view on attribution", []string{"wakanda", "view", "attribution"}, "", "Wakanda"},
	} {
		var asked []string
		known := func(w string) bool {
			asked = append(asked, w)
			return w == "norms" || w == "sovereignty" || w == "settlement" || w == "peaceful" || w == "attribution" || w == "view"
		}
		rd := g.Scan(Tokenize(tc.q), true, known)
		for _, w := range asked {
			if !strings.Contains(strings.Join(tc.asked, " "), w) {
				t.Errorf("%q: the scan asked the known words about %q", tc.q, w)
			}
		}
		country := ""
		if len(rd.Countries) > 0 {
			country = rd.Countries[0].Country
		}
		unknown := ""
		if len(rd.Unknown) > 0 {
			unknown = rd.Unknown[0].Text
		}
		if country != tc.country || unknown != tc.unknown {
			t.Errorf("%q: read country %q, unknown %q; want %q, %q", tc.q, country, unknown, tc.country, tc.unknown)
		}
	}
}
