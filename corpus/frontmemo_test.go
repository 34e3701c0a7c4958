package corpus

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// TestFrontMemo: a front memo gives back what was put for a word, never
// another word's value (slots shared by many words: a memo of 2 slots),
// keeps its own copy of the word, and is safe to use from many
// goroutines at once (go test -race).
func TestFrontMemo(t *testing.T) {
	m := newFrontMemo(2)
	words := []string{"attribution", "norms", "sovereignty", "due", "diligence", "peru", "", "é"}
	for round := range 3 {
		for i, w := range words {
			if v, ok := m.get(w); ok && v != "v"+w {
				t.Fatalf("round %d: %q gives %q", round, w, v)
			}
			m.put(w, "v"+w)
			if v, ok := m.get(w); !ok || v != "v"+w {
				t.Fatalf("round %d: %q just put gives %q, %v", round, w, v, ok)
			}
			_ = i
		}
	}
	buf := []byte("sovereign")
	m.put(string(buf[:5]), "x") // a key made from bytes that change later
	buf[0] = 'X'
	if v, ok := m.get("sover"); !ok || v != "x" {
		t.Errorf("the memo kept a key that changed under it: %q, %v", v, ok)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				w := fmt.Sprintf("w%d", (i*7+g)%50)
				if v, ok := m.get(w); ok && v != strings.ToUpper(w) {
					t.Errorf("%q gives %q", w, v)
					return
				}
				m.put(w, strings.ToUpper(w))
			}
		}()
	}
	wg.Wait()
}

// TestStemFrontMatchesStemmer: Stem, through its front memo and the memo
// behind it, gives the stemmer's stem for every word of the seed
// questions' kind, asked again and again in an order that makes words
// take each other's slots.
func TestStemFrontMatchesStemmer(t *testing.T) {
	words := strings.Fields(`attribution attributions attributing norms normative sovereignty sovereign
		due diligence capacity building builds cyberattacks cybercrime ransomware defence defense programmes
		militarisation militarization tukutagamu nadunopuko développement atribución ciberseguridad`)
	for round := range 4 {
		for i := range words {
			w := words[(i*(round+1))%len(words)]
			if got, want := Stem(w), stemWord(w); got != want {
				t.Fatalf("round %d: Stem(%q) = %q, the stemmer gives %q", round, w, got, want)
			}
		}
	}
}

// BenchmarkStemMemo stems words already memoised, as a question's topic
// words are: through the front memo (Stem) and through the memo behind it
// alone (sync.Map).
func BenchmarkStemMemo(b *testing.B) {
	words := make([]string, 500) // the topic words of a few hundred questions
	for i := range words {
		words[i] = fmt.Sprintf("word%dthing", i*7919)
		Stem(words[i])
	}
	b.Run("Stem", func(b *testing.B) {
		i := 0
		for b.Loop() {
			_ = Stem(words[i%len(words)])
			i += 13
		}
	})
	b.Run("sync.Map", func(b *testing.B) {
		i := 0
		for b.Loop() {
			v, _ := stemCache.Load(words[i%len(words)])
			_ = v.(string)
			i += 13
		}
	})
}
