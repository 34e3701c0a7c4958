package corpus

import "testing"

// TestAuthorQuotesAnother: in a country's own document (a national
// strategy), a quotation whose reporting clause names another country's
// body ("“No country can defend its networks alone,” the Estonian
// Information System Authority stated …") is that country's words, word
// for word, not the author's; the author's block goes on after it.
// Mirrors: the author's own official quoted, and another country that
// acts without a quotation (described by the author), stay the author's.
func TestAuthorQuotesAnother(t *testing.T) {
	const head = "National Cybersecurity Strategy of the Republic of Lithuania 2026–2030\n\n" +
		"Lithuania will deepen cooperation with its closest partners in the Baltic region.\n\n"
	const after = "\n\nThe strategy will be reviewed every two years.\n"
	tests := []struct {
		name, para string
		want       []held
	}{
		{"quote of another country", "\"No country can defend its networks alone,\" the Estonian Information System Authority stated in its 2025 annual report.",
			[]held{{"Lithuania", "Lithuania will"}, {"Estonia", "\"No country"}, {"Lithuania", "The strategy will"}}},
		{"guillemets", "« Aucun pays ne peut défendre seul ses réseaux », a déclaré le ministre letton du numérique.",
			[]held{{"Lithuania", "Lithuania will"}, {"Latvia", "« Aucun"}, {"Lithuania", "The strategy will"}}},
		// mirrors
		{"own official quoted", "\"No country can defend its networks alone,\" the Lithuanian Minister of National Defence said in 2025.",
			[]held{{"Lithuania", "Lithuania will"}, {"Lithuania", "\"No country"}, {"Lithuania", "The strategy will"}}},
		{"another described", "Some states, notably the Russian Federation, have argued that existing law does not apply to cyberspace; Lithuania does not share this view.",
			[]held{{"Lithuania", "Lithuania will"}, {"Lithuania", "Some states"}, {"Lithuania", "The strategy will"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeld(t, head+tt.para+after, tt.want) })
	}
}
