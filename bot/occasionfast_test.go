package bot

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// cutOccasionRE is cutOccasion without its pre-checks: every expression
// run on every question with a meeting noun, as before them.
func cutOccasionRE(code, text string) (string, []string) {
	if code == "" {
		code = "en"
	}
	re := occasionREs[code]
	if re == nil || !mayHaveOccasion(text) {
		return text, nil
	}
	var phrases []string
	text = re.ReplaceAllStringFunc(text, func(s string) string {
		phrases = append(phrases, strings.Trim(strings.Join(strings.Fields(s), " "), "¿¡(,;:?!.)"))
		return " "
	})
	if v := venueREs[code]; v != nil && saysSomething(text) {
		text = v.ReplaceAllString(text, " ")
	}
	if v := orgVenueREs[code]; v != nil && saysSomething(text) {
		text = v.ReplaceAllString(text, " ")
	}
	if code == "en" {
		text = cutEvents(text)
	}
	if phrases == nil {
		return strings.Join(strings.Fields(text), " "), nil
	}
	return strings.TrimLeft(strings.Join(strings.Fields(text), " "), ",;: "), phrases
}

// occasionCases are questions with and without occasions and venues, in
// the three languages, with the spellings the pre-checks must not miss.
var occasionCases = []string{
	"what has Georgia said since the last OEWG session",
	"China at the latest session", "Kenya AT THE MOST RECENT MEETINGS on norms",
	"what did Georgia say at the OEWG", "what did Chile say during the First Committee",
	"what does Kenya say on the OEWG?", "what does the European Union say on ransomware",
	"what did France say at\tthe open-ended  working group", "what did Peru say at the UN OEWG sessions",
	"what has Brazil said in the past three rounds", "what did India say at the current OEWG",
	"what has Chile said since the laſt session", "what did Peru say at the \u212aommittee", "Peru at the OEWG",
	"qué dijo Perú en la última sesión del OEWG", "¿Qué ha dicho Chile desde la ÚLTIMA reunión?",
	"qué dijo México durante la Primera Comisión", "qué dijo Perú en el GTCA", "Perú en el GTCA",
	"qué dice España sobre la Unión Europea", "posición de Perú tras la sesión anterior",
	"qu'a dit la France lors de la dernière réunion", "Que dit le Canada depuis la session précédente du GTCNL ?",
	"qu'a dit l'Inde lors du GTCNL", "qu'a dit le Maroc pendant la Première Commission",
	"qu'a dit le Sénégal à la plus récente séance", "position de la France sur la gouvernance",
	"", "OEWG", "at", "session", "ſession at the oewg", " what does Kenya say on  the OEWG ", "Kenya\u00a0on the OEWG",
	"Kenya\u2003on\tthe OEWG sessions",
	"what did Hungary say at the Budapest Cyber Security Forum", "Liechtenstein at the Arria MEETING", "what did jordan say at UNGA80",
	"what did palau say at the pif in june", "we're looking at submarine cable protection for a workshop", "At the 2021 session",
	"what did Oman say during this year's ministerial", "Ghana at the ﬁrst committee", "Kenya at the summit on cables",
	"qu'a dit le Rwanda à la réunion de l'UA", "que dijo Guyana en la cumbre de la OEA", "what did Barbados say at the CARICOM ministerial",
	"what did Fiji say at the meeting of the PIF", "QU'A DIT LE TCHAD LORS DE LA CONFÉRENCE DE LA CEDEAO",
}

// TestCutOccasionPrechecks holds cutOccasion to cutOccasionRE on the
// cases above and on every question of bot/testdata, in each language.
func TestCutOccasionPrechecks(t *testing.T) {
	texts := append([]string(nil), occasionCases...)
	files, _ := filepath.Glob("testdata/*.tsv")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if !strings.HasPrefix(line, "#") {
				texts = append(texts, strings.Split(line, "\t")...)
			}
		}
	}
	ran := 0
	for _, text := range texts {
		for _, code := range []string{"", "en", "es", "fr", "de"} {
			gt, gp := cutOccasion(code, text)
			wt, wp := cutOccasionRE(code, text)
			if gt != wt || !reflect.DeepEqual(gp, wp) {
				t.Errorf("cutOccasion(%q, %q) = %q %q, want %q %q", code, text, gt, gp, wt, wp)
			}
			if wp != nil || wt != strings.Join(strings.Fields(text), " ") {
				ran++
			}
		}
	}
	if ran < 10 {
		t.Errorf("only %d cases cut anything: the test no longer tries the expressions", ran)
	}
}

// FuzzCutOccasionPrechecks looks for a text where the pre-checks skip an
// expression that would have matched.
func FuzzCutOccasionPrechecks(f *testing.F) {
	for _, s := range occasionCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, code := range []string{"en", "es", "fr"} {
			gt, gp := cutOccasion(code, text)
			wt, wp := cutOccasionRE(code, text)
			if gt != wt || !reflect.DeepEqual(gp, wp) {
				t.Errorf("cutOccasion(%q, %q) = %q %q, want %q %q", code, text, gt, gp, wt, wp)
			}
		}
	})
}

// BenchmarkCutOccasion cuts questions naming a meeting but no occasion,
// as ~1 in 10 of the harness's do, with the pre-checks (cutOccasion) and
// without them (cutOccasionRE).
func BenchmarkCutOccasion(b *testing.B) {
	qs := []string{"what does Kenya say on the OEWG?", "what does the European Union say on ransomware?", "compare France and Ghana on the UNGA resolutions"}
	for _, f := range []struct {
		name string
		cut  func(code, text string) (string, []string)
	}{{"prechecks", cutOccasion}, {"expressions", cutOccasionRE}} {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				_, _ = f.cut("en", qs[i%len(qs)])
				i++
			}
		})
	}
}
