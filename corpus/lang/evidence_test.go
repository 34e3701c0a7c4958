package lang

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestEvidenceFormat holds evidence to fmt's "%s: %s %+.1f", which it
// replaces on the question path for speed.
func TestEvidenceFormat(t *testing.T) {
	for _, w := range []float64{0, 3, 1.5, 0.5, 2.0 / 3, 1.0 / 3, 0.25, 0.05, -0.5, -1.25, 12.75, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN()} {
		want := fmt.Sprintf("%s: %s %+.1f", "sobre", Spanish, w)
		if got := evidence("sobre", Spanish, w); got != want {
			t.Errorf("evidence(%v) = %q, want %q", w, got, want)
		}
	}
}

// TestStripElisionFastPath checks that words without an apostrophe are
// returned as they are, and that every spelling of the apostrophe still
// strips.
func TestStripElisionFastPath(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"inde", "inde", false},
		{"l'inde", "inde", true},
		{"l’inde", "inde", true},
		{"lʼinde", "inde", true},
		{"L'Inde", "Inde", true},
		{"d'approvisionnement", "approvisionnement", true},
		{"don't", "don't", false},
		{"n'est", "est", true},
		{"l'", "l'", false},
		{"", "", false},
		{"ſ'x", "ſ'x", false},
	} {
		got, ok := StripElision(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("StripElision(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// referenceDetect is Detect as it was before it was made cheaper (a map
// per call, fmt for evidence, sort.SliceStable): TestDetectUnchanged holds
// the faster one to it.
func (d *Detector) referenceDetect(text string) Result {
	sc := map[string]float64{English: 0, Spanish: 0, French: 0}
	var ev []string
	note := func(code string, w float64, why string) {
		sc[code] += w
		ev = append(ev, fmt.Sprintf("%s: %s %+.1f", why, code, w))
	}
	for _, r := range text {
		switch r {
		case '¿', '¡', 'ñ', 'Ñ':
			note(Spanish, wMark, string(r))
		case 'ç', 'Ç', 'œ', 'Œ', 'è', 'È', 'ê', 'Ê', 'à', 'À', 'ù', 'û', 'î', 'ï', 'ë', 'â', 'ô', 'Ô':
			note(French, wMark, string(r))
		case 'á', 'Á', 'í', 'Í', 'ó', 'Ó', 'ú', 'Ú':
			note(Spanish, wAccent, string(r))
		case 'é', 'É':
			note(Spanish, wAccent/3, string(r))
			note(French, wAccent/3, string(r))
		}
	}
	for _, raw := range splitWords(text) {
		w := Fold(raw)
		if rest, ok := StripElision(w); ok && rest != "s" && rest != "t" {
			if !strings.HasSuffix(w, "n't") {
				note(French, wElision, raw)
				w = rest
			}
		}
		bits, known := d.words[w]
		if !known {
			if s := suffixLang(w); s != "" {
				note(s, wSuffix, raw+" (ending)")
			}
			continue
		}
		weight := wLexicon
		if isFunctionWord(w) {
			weight = wFunction
		}
		for _, lb := range langBits {
			if bits&lb.bit != 0 {
				note(lb.code, weight/float64(popcount(bits&langMask)), raw)
			}
		}
	}
	const tieMargin = 0.25
	order := append([]string(nil), All...)
	sort.SliceStable(order, func(i, j int) bool { return sc[order[i]] > sc[order[j]] })
	top := sc[order[0]]
	var cands []string
	for _, c := range order {
		if top-sc[c] < tieMargin {
			cands = append(cands, c)
		}
	}
	r := Result{Scores: sc, Evidence: ev, Candidates: cands, explained: true, scores: [3]float64{sc[English], sc[Spanish], sc[French]}}
	if len(cands) == 1 {
		r.Lang = cands[0]
	}
	return r
}

// detectCases are questions in the three languages, ties, elisions,
// endings, marks and text with no evidence at all.
var detectCases = []string{
	"what does Peru say on attribution?",
	"¿Qué dice Perú sobre la atribución?",
	"Que pense l'Inde de la souveraineté ?",
	"qu’est-ce que la Corée du Sud dit sur les chaînes d'approvisionnement",
	"Cuba attribution",
	"UE cybercriminalité",
	"posición de la UE sobre normas voluntarias",
	"don't you think it's the position of Chile",
	"ÉTATS-UNIS et CANADA : quelle position ?",
	"comunicaciones regionalmente coordinadas",
	"hardening partnership readiness",
	"ça, œuvre, naïve, Ñandú, ¡hola!",
	"",
	"12345 ??? !!!",
	"l' d' qu'",
}

// TestDetectUnchanged holds Explain to referenceDetect (the same
// language, candidates, scores and evidence, line for line), and Detect,
// which writes no evidence, to the same language, candidates and scores.
func TestDetectUnchanged(t *testing.T) {
	d := NewDetector(testLexicon)
	for _, q := range detectCases {
		checkDetect(t, d, q)
	}
}

// checkDetect is TestDetectUnchanged for one text.
func checkDetect(t *testing.T, d *Detector, q string) {
	t.Helper()
	got, want := d.Explain(q), d.referenceDetect(q)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Explain(%q) =\n  %+v\nwant\n  %+v", q, got, want)
	}
	if gw, ww := got.With(Spanish, 0.5, "x"), want.With(Spanish, 0.5, "x"); !reflect.DeepEqual(gw, ww) {
		t.Errorf("Explain(%q).With = %+v, want %+v", q, gw, ww)
	}
	fast := d.Detect(q)
	if fast.Evidence != nil || fast.Explained() {
		t.Errorf("Detect(%q) wrote evidence %q", q, fast.Evidence)
	}
	if !sameDecision(fast, want) {
		t.Errorf("Detect(%q) =\n  %+v\nwant\n  %+v", q, fast, want)
	}
	if fw, ww := fast.With(French, 2.5, "y"), want.With(French, 2.5, "y"); !sameDecision(fw, ww) || fw.Evidence != nil {
		t.Errorf("Detect(%q).With = %+v, want %+v without evidence", q, fw, ww)
	}
}

// sameDecision reports whether a and b agree on everything but evidence.
func sameDecision(a, b Result) bool {
	return a.Lang == b.Lang && reflect.DeepEqual(a.Candidates, b.Candidates) && reflect.DeepEqual(a.ScoreMap(), b.ScoreMap())
}

// FuzzDetectUnchanged looks for a text where Detect and referenceDetect
// differ.
func FuzzDetectUnchanged(f *testing.F) {
	for _, q := range detectCases {
		f.Add(q)
	}
	d := NewDetector(testLexicon)
	f.Fuzz(func(t *testing.T, q string) {
		checkDetect(t, d, q)
	})
}
