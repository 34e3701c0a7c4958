package lang

import (
	"strings"
	"testing"
)

// testLexicon stands in for the corpus's lexicons: a few theme words and
// country names per language (the corpus tests use the real ones).
var testLexicon = map[string][]string{
	English: {"attribution", "sovereignty", "due diligence", "human rights", "norms", "cybercrime", "supply chains", "critical infrastructure"},
	Spanish: {"atribución", "soberanía", "diligencia debida", "derechos humanos", "normas voluntarias", "ciberdelincuencia", "cadenas de suministro", "infraestructura crítica", "Perú", "Corea del Sur", "UE"},
	French:  {"attribution", "souveraineté", "diligence raisonnable", "droits de l'homme", "normes volontaires", "cybercriminalité", "chaînes d'approvisionnement", "infrastructures critiques", "Pérou", "Corée du Sud", "Inde", "UE", "Serbie"},
}

func TestDetect(t *testing.T) {
	d := NewDetector(testLexicon)
	tests := []struct {
		text string
		want string // "" means a tie is expected
	}{
		// The 21 short questions the libraries were measured on (see the package comment).
		{"Perú atribución", Spanish},
		{"UE cybercriminalité", French},
		{"Cuba attribution", ""},
		{"¿Cuál es la postura de Cuba sobre la soberanía?", Spanish},
		{"Quelle est la position du Salvador sur la cybercriminalité ?", French},
		{"posición de Corea del Sur sobre el derecho internacional", Spanish},
		{"what does Peru say on attribution?", English},
		{"l'Inde souveraineté", French},
		{"India soberania", Spanish},
		{"derechos humanos Cuba", Spanish},
		{"droits de l'homme Cuba", French},
		{"Peru on due diligence", English},
		{"qué dice Perú", Spanish},
		{"que dit le Pérou", French},
		{"Serbie normes", French},
		{"normas voluntarias", Spanish},
		{"ciberdelincuencia", Spanish},
		{"souverainete", French},
		// A one-letter prefix joined by a hyphen is no function word
		// ("e-evidence" is not Spanish "e"); "a-t-il" keeps its French "a".
		{"Somalia on e-evidence", English},
		{"Francia e Italia sobre la soberanía", Spanish},
		{"y a-t-il un traité", French},
		// A one-letter suffix joined by a hyphen ends initials ("NITA-U"),
		// not Spanish "u"; Spanish "o u" apart stays Spanish.
		{"uganda nita-u", ""},
		{"what does Uganda say about NITA-U", English},
		{"siete u ocho ataques", Spanish},
		// Spanish "a" and "cuántos" (typed without accents) are Spanish
		// function words too; "va" is Spanish and French alike.
		{"cuantos analistas va a contratar Costa Rica", Spanish},
		{"que va faire le Sénégal", French},
		{"what does a country say", English},
		{"human rights", English},
		{"Corée du Sud infrastructures critiques", French},
		{"El Salvador cadenas de suministro", Spanish},
		// Accents missing, one word, no evidence.
		{"que dice Peru sobre la atribucion", Spanish},
		{"position de l'Inde sur la souverainete", French},
		{"Cuba", ""},
		{"", ""},
		{"12345 !!!", ""},
		// English with words French shares.
		{"compare India and the EU on norms", English},
		{"who talks about due diligence?", English},
		{"what's the position of Brazil on cybercrime", English},
		{"don't know what Peru thinks", English},
		// Spanish and French that share "de", "la", "en".
		{"¿y Cuba?", Spanish},
		{"et le Pérou ?", French},
		{"la posición de la India en derechos humanos", Spanish},
		{"la position de l'Inde en matière de droits humains", French},
	}
	for _, tt := range tests {
		r := d.Detect(tt.text)
		if r.Lang != tt.want {
			t.Errorf("Detect(%q) = %q (candidates %v, scores %v, evidence %v), want %q", tt.text, r.Lang, r.Candidates, r.ScoreMap(), d.Explain(tt.text).Evidence, tt.want)
		}
		if r.Lang == "" && len(r.Candidates) < 2 {
			t.Errorf("Detect(%q): a tie needs two candidates, got %v", tt.text, r.Candidates)
		}
	}
}

func TestResolveTies(t *testing.T) {
	d := NewDetector(testLexicon)
	tests := []struct {
		text, pinned, thread, want string
	}{
		{"Cuba attribution", "", "", English},             // en/fr tie, nothing pinned: English
		{"Cuba attribution", French, "", French},          // the room is pinned to French
		{"Cuba attribution", "", French, French},          // the thread so far is French
		{"Cuba attribution", Spanish, French, French},     // the pin is not among the tied: thread
		{"Cuba attribution", French, Spanish, French},     // the pin beats the thread
		{"Cuba", Spanish, "", Spanish},                    // no evidence at all: the pin
		{"Cuba", "", French, French},                      // then the thread
		{"Perú atribución", French, French, Spanish},      // a clear detection wins over both
		{"what does Peru say", Spanish, Spanish, English}, // likewise
	}
	for _, tt := range tests {
		if got := Resolve(d.Detect(tt.text), tt.pinned, tt.thread); got != tt.want {
			t.Errorf("Resolve(%q, pin %q, thread %q) = %q, want %q", tt.text, tt.pinned, tt.thread, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Soberanía", "soberania"},
		{"souveraineté", "souverainete"},
		{"CHAÎNES", "chaines"},
		{"España", "espana"},
		{"œuvre", "oeuvre"},
		{"l’Inde", "l'inde"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripElision(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"l'inde", "inde", true},
		{"L'Inde", "Inde", true},
		{"d'approvisionnement", "approvisionnement", true},
		{"qu'est", "est", true},
		{"l’union", "union", true},
		{"l'", "l'", false},
		{"inde", "inde", false},
		{"aujourd'hui", "aujourd'hui", false},
	}
	for _, tt := range tests {
		got, ok := StripElision(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("StripElision(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"es-ES": Spanish, "FR": French, "english": English, "de": "", " fr_CA ": French} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzDetect: any text gets a result without panicking, and a tie always
// resolves to a supported language.
func FuzzDetect(f *testing.F) {
	d := NewDetector(testLexicon)
	for _, s := range []string{"Perú atribución", "l'", "¿¡", strings.Repeat("é", 100), "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := d.Detect(s)
		if got := Resolve(r, "", ""); !Supported(got) {
			t.Fatalf("Resolve(Detect(%q)) = %q", s, got)
		}
	})
}

// Fold is safe for concurrent use (run with -race).
func TestFoldConcurrent(t *testing.T) {
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			for i := 0; i < 200; i++ {
				if Fold("Soberanía Souveraineté") != "soberania souverainete" {
					t.Error("Fold changed under concurrency")
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}
