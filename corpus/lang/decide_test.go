package lang

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// decideMap is decide as it was written over the score map (an order
// slice sorted by map look-ups), the reference for decideScores.
func decideMap(sc map[string]float64) Result {
	const tieMargin = 0.25
	order := append([]string(nil), All...)
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && sc[order[j]] > sc[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	top := sc[order[0]]
	var cands []string
	for i, c := range order {
		if top-sc[c] < tieMargin {
			cands = order[: i+1 : i+1]
		}
	}
	r := Result{Scores: sc, Candidates: cands, scores: [3]float64{sc[English], sc[Spanish], sc[French]}}
	if len(cands) == 1 {
		r.Lang = cands[0]
	}
	return r
}

// TestDecideScoresMatchesMap: the array ranking with shared candidate
// lists gives what the map ranking gave, ties and near ties included,
// and its candidate lists cannot be appended into.
func TestDecideScoresMatchesMap(t *testing.T) {
	vals := []float64{0, 0.1, 0.24, 0.25, 0.26, 0.5, 1, 1.5, 2, 2.2, 3, 4.75}
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(a, b, c float64) {
		t.Helper()
		sc := [3]float64{a, b, c}
		m := map[string]float64{English: a, Spanish: b, French: c}
		got, want := decideScores(sc, nil, nil, false), decideMap(m)
		if got.Lang != want.Lang || !reflect.DeepEqual(got.Candidates, want.Candidates) || !reflect.DeepEqual(got.ScoreMap(), want.ScoreMap()) {
			t.Fatalf("scores %v: got %q %v %v, want %q %v %v", sc, got.Lang, got.Candidates, got.ScoreMap(), want.Lang, want.Candidates, want.ScoreMap())
		}
		if len(got.Candidates) != cap(got.Candidates) {
			t.Fatalf("scores %v: candidates %v have room to append into", sc, got.Candidates)
		}
		if viaMap := decide(m, nil, false); viaMap.Lang != want.Lang || !reflect.DeepEqual(viaMap.Candidates, want.Candidates) {
			t.Fatalf("decide(%v) = %q %v, want %q %v", m, viaMap.Lang, viaMap.Candidates, want.Lang, want.Candidates)
		}
	}
	for _, a := range vals {
		for _, b := range vals {
			for _, c := range vals {
				check(a, b, c)
			}
		}
	}
	for range 20000 {
		check(rng.Float64()*3, rng.Float64()*3, rng.Float64()*3)
	}
}

// TestFunctionBitMatchesSet: the function-word bit in the detector's word
// table marks exactly the function words.
func TestFunctionBitMatchesSet(t *testing.T) {
	d := NewDetector(map[string][]string{Spanish: {"ciberseguridad", "atribución"}, French: {"souveraineté"}})
	for w, bits := range d.words {
		if got, want := bits&bitFunction != 0, isFunctionWord(w); got != want {
			t.Errorf("%q: function bit %v, want %v", w, got, want)
		}
		if bits&langMask == 0 {
			t.Errorf("%q: no language bit", w)
		}
	}
}

// blankCopy is text with the spans' bytes replaced by spaces, as the
// caller of Detect made it before DetectBlanked.
func blankCopy(text string, spans []Span) string {
	b := []byte(text)
	for _, sp := range spans {
		for i := sp.Lo; i < sp.Hi; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// randomSpans picks up to three ordered, disjoint spans on rune boundaries.
func randomSpans(rng *rand.Rand, text string) []Span {
	var bounds []int
	for i := range text {
		bounds = append(bounds, i)
	}
	bounds = append(bounds, len(text))
	var spans []Span
	at := 0
	for range rng.IntN(4) {
		if at >= len(bounds)-1 {
			break
		}
		lo := at + rng.IntN(len(bounds)-1-at)
		hi := lo + 1 + rng.IntN(min(4, len(bounds)-1-lo))
		spans = append(spans, Span{bounds[lo], bounds[hi]})
		at = hi
	}
	return spans
}

func checkBlanked(t *testing.T, d *Detector, text string, spans []Span) {
	t.Helper()
	b := blankCopy(text, spans)
	if got, want := d.DetectBlanked(text, spans), d.Detect(b); !sameResult(got, want) {
		t.Fatalf("DetectBlanked(%q, %v) = %+v, Detect(%q) = %+v", text, spans, got, b, want)
	}
	if got, want := d.ExplainBlanked(text, spans), d.Explain(b); !sameResult(got, want) || !reflect.DeepEqual(got.Evidence, want.Evidence) {
		t.Fatalf("ExplainBlanked(%q, %v) = %+v, Explain(%q) = %+v", text, spans, got, b, want)
	}
}

func sameResult(a, b Result) bool {
	return a.Lang == b.Lang && reflect.DeepEqual(a.Candidates, b.Candidates) && reflect.DeepEqual(a.ScoreMap(), b.ScoreMap())
}

// TestDetectBlankedMatchesCopy: detecting with spans read as spaces is
// detecting the text with those spans blanked.
func TestDetectBlankedMatchesCopy(t *testing.T) {
	d := NewDetector(testLexicon)
	texts := []string{
		"what does Peru say on attribution?", "¿Qué dice Perú sobre la atribución?", "Que pense l'Inde de la souveraineté ?",
		"ÉTATS-UNIS et CANADA : quelle position ?", "qué dice Corea del Sur sobre ciberseguridad", "Estonie et la Côte d'Ivoire sur les normes",
		"compare Belgium and Angola on voluntary norms", "", "é", "l'Espagne", "Perú's view on norms", "¡hola! ¿España?",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, text := range texts {
		checkBlanked(t, d, text, nil)
		for range 200 {
			checkBlanked(t, d, text, randomSpans(rng, text))
		}
	}
}

func FuzzDetectBlanked(f *testing.F) {
	d := NewDetector(testLexicon)
	for _, s := range []string{"what does Peru say on attribution?", "¿Qué dice Perú sobre la atribución?", "l'Inde et la France"} {
		f.Add(s, uint64(1))
	}
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		checkBlanked(t, d, text, randomSpans(rand.New(rand.NewPCG(seed, 1)), text))
	})
}

// TestScoreMap holds Detect, which leaves Scores nil, to the scores of
// Explain through ScoreMap, and With on both to the same decision.
func TestScoreMap(t *testing.T) {
	d := NewDetector(testLexicon)
	for _, text := range []string{"what does Peru say on attribution?", "¿Qué dice Perú sobre la diligencia debida?",
		"Quelle est la position de l'Inde sur la souveraineté ?", "", "ok", "Perú cyber"} {
		det, ex := d.Detect(text), d.Explain(text)
		if det.Scores != nil {
			t.Errorf("Detect(%q).Scores = %v, want nil (only Explain makes the map)", text, det.Scores)
		}
		if !reflect.DeepEqual(det.ScoreMap(), ex.Scores) || len(ex.Scores) != 3 {
			t.Errorf("Detect(%q).ScoreMap() = %v, Explain's Scores %v", text, det.ScoreMap(), ex.Scores)
		}
		for _, code := range []string{English, Spanish, French, "de"} {
			w, x := det.With(code, 1.5, "typo"), ex.With(code, 1.5, "typo")
			if w.Lang != x.Lang || !reflect.DeepEqual(w.Candidates, x.Candidates) {
				t.Errorf("%q With(%s): Detect's %q %v, Explain's %q %v", text, code, w.Lang, w.Candidates, x.Lang, x.Candidates)
			}
			for _, l := range All {
				if w.ScoreMap()[l] != x.ScoreMap()[l] {
					t.Errorf("%q With(%s): score %s %v vs %v", text, code, l, w.ScoreMap()[l], x.ScoreMap()[l])
				}
			}
		}
	}
}

// TestLetterPrefixBeforeBlankedName: a lone letter joined by a hyphen is a
// prefix, no function word, also when the word after it is a name the
// question blanks ("e-Albania", not Spanish "e"), and blanking keeps
// DetectBlanked equal to detecting the blanked copy; "a-t-il" keeps "a".
func TestLetterPrefixBeforeBlankedName(t *testing.T) {
	d := NewDetector(testLexicon)
	tests := []struct {
		text  string
		spans []Span
		not   string // a language the text must not be read as
	}{
		{"albania e-albania portal", []Span{{0, 7}, {10, 17}}, Spanish},
		{"kenya e-kenya services", []Span{{0, 5}, {8, 13}}, Spanish},
		{"A-AA", []Span{{2, 4}}, ""},
		{"e-", nil, Spanish},
	}
	for _, tt := range tests {
		checkBlanked(t, d, tt.text, tt.spans)
		if got := d.DetectBlanked(tt.text, tt.spans); tt.not != "" && got.Lang == tt.not {
			t.Errorf("DetectBlanked(%q) = %s", tt.text, got.Lang)
		}
	}
	if got := d.Detect("y a-t-il un traité"); got.Lang != French {
		t.Errorf("Detect(y a-t-il un traité) = %q, want fr", got.Lang)
	}
}
