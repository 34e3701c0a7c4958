package bot

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestExceptTheOnlySpeaker holds the reply to "who besides X …" when X is
// the only country that speaks on the topic: it names X as left out, not
// "no country speaks on it" (untrue), in English, Spanish and French, with
// the Spanish and French markers that translation turns into "apart from".
func TestExceptTheOnlySpeaker(t *testing.T) {
	dir := t.TempDir()
	page := "Statements\n\nTurkmenistan called for a legally binding treaty on information security.\n\nMonaco supported voluntary norms on supply chains.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	b := dirBot(t, dir)
	tests := []struct{ q, want string }{
		{"does anyone besides turkmenistan want a treaty", "besides Turkmenistan speaks"},
		{"who other than Turkmenistan supports a binding treaty?", "besides Turkmenistan speaks"},
		{"quién aparte de turkmenistán quiere un tratado", "aparte de Turkmenistán"},
		{"quién sin contar a turkmenistán quiere un tratado", "aparte de Turkmenistán"},
		{"qui à part le turkménistan veut un traité", "à part Turkménistan"},
		{"quels pays en dehors du Turkménistan veulent un traité", "à part Turkménistan"},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if len(r.Answers) != 0 || !strings.Contains(r.Message, tt.want) {
			t.Errorf("%q: %d answers, message %q; want none and %q", tt.q, len(r.Answers), r.Message, tt.want)
		}
	}
}

// TestExceptButNot: "but not X" and "leaving out X" leave X out as
// "except X" does ("ransomware but not the uk": who speaks on ransomware,
// without the United Kingdom). Mirrors: "not" elsewhere stays a negation
// or a word, and "but" before a country that is not negated still asks it.
func TestExceptButNot(t *testing.T) {
	b := asked9Bot(t)
	for _, tc := range []struct {
		q, intent string
		except    []string
		some      string // a country answered
	}{
		{"ransomware but not the uk", IntentTheme, []string{"United Kingdom"}, "Vanuatu"},
		{"who talks about cables but not latvia or malta", IntentTheme, []string{"Latvia", "Malta"}, "Samoa"},
		{"capacity building leaving out togo", IntentTheme, []string{"Togo"}, "Benin"},
		// mirrors
		{"latvia but not on cables", IntentStance, nil, "Latvia"},
		{"who does not support a new treaty", IntentTheme, nil, "Finland"},
	} {
		r := b.Ask(tc.q, 0)
		got := map[string]bool{}
		for _, a := range r.Answers {
			got[a.Country] = true
		}
		bad := r.Intent != tc.intent || !got[tc.some]
		for _, x := range tc.except {
			bad = bad || got[x] || !slices.Contains(Parse(b.Corpus(), tc.q).Except, x)
		}
		if bad {
			t.Errorf("%q: %s answered by %v, want %s without %v, with %s (%s)", tc.q, r.Intent, got, tc.intent, tc.except, tc.some, r.Message)
		}
	}
}

// TestExceptElseLikeESFR: Spanish and French "who else … like X" ("quién
// más … como X", "qui d'autre … comme X") and "besides X" ("además de",
// "outre", "à l'exception de") leave X out as English does; the stop
// words that carry them reach the English reading (corpus's elseMarker,
// the glossaries). Mirrors: "cómo" as "how", and "como" without "quién
// más" ("como Zambia y Turkmenistán", "such as"), still ask the countries.
func TestExceptElseLikeESFR(t *testing.T) {
	dir := t.TempDir()
	page := "Statements\n\nTurkmenistan called for a legally binding treaty on information security.\n\n" +
		"Zambia supports a legally binding treaty on cybersecurity under the United Nations.\n\nMonaco supported voluntary norms on supply chains.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	b := dirBot(t, dir)
	tests := []struct {
		q    string
		want []string // the countries answered, in order
	}{
		{"quién más quiere un tratado vinculante como Turkmenistán", []string{"Zambia"}},
		{"quienes mas quieren un tratado, como turkmenistan?", []string{"Zambia"}},
		{"qui d'autre veut un traité contraignant comme le Turkménistan", []string{"Zambia"}},
		{"qué países además de turkmenistán quieren un tratado", []string{"Zambia"}},
		{"quels pays, outre le turkménistan, veulent un traité", []string{"Zambia"}},
		{"qui veut un traité à l'exception du turkménistan", []string{"Zambia"}},
		{"quien quiere un tratado a excepción de turkmenistán", []string{"Zambia"}},
		// mirrors
		{"¿cómo ve Turkmenistán el tratado vinculante?", []string{"Turkmenistan"}},
		{"quien quiere un tratado como zambia y turkmenistan", []string{"Zambia", "Turkmenistan"}},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		var got []string
		for _, a := range r.Answers {
			got = append(got, a.Country)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: answered %q, want %q (%s)", tt.q, got, tt.want, r.Message)
		}
	}
}
