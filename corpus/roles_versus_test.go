package corpus

import "testing"

// TestDemonymBeforeVersus: a demonym set against another side by "vs",
// "versus" or "against" names its country, as one before "and" does
// ("Dutch vs British views" compared only the United Kingdom), while a
// demonym modifying a noun stays part of the topic.
func TestDemonymBeforeVersus(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct{ q, want string }{
		{"dutch vs british view on attribution", "Netherlands/demonym,United Kingdom/demonym"},
		{"ghanaian versus dutch position on due diligence", "Ghana/demonym,Netherlands/demonym"},
		{"Kenyan vs. Nigerian views on cybercrime", "Kenya/demonym,Nigeria/demonym"},
		{"the Chinese proposal vs the Russian draft", "topic:China,Russia"},
		// "the Ghanaian one" stands for the Ghanaian position.
		{"how does the ivorian position compare with the ghanaian one", "Côte d'Ivoire/demonym,Ghana/demonym"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := summary(g.Scan(Tokenize(tt.q), true, nil)); got != tt.want {
				t.Errorf("Scan(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
