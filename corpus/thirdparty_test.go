package corpus

import "testing"

// TestThirdPartyExamples: people who speak for no country, with examples
// of them after "such as", "including" or "like" and no commas ("Human
// rights groups such as Article 19 have argued …"), say nobody's words, not
// the country of the page or the paragraph before. Mirrors: commas, and
// experts from a country.
func TestThirdPartyExamples(t *testing.T) {
	const head = "Cybersecurity policy of Mongolia\n\nMongolia adopted its first Cyber Security Law in December 2021.\n\n"
	tests := []struct {
		para, holder string
	}{
		{"Human rights groups such as Article 19 have argued that the 2021 law grants excessive surveillance powers.", ""},
		{"Rights groups including Access Now warned that the law could be used against journalists.", ""},
		{"Civil society organisations like the Digital Rights Foundation criticised the surveillance provisions.", ""},
		{"Analysts such as Carnegie's Jon Bateman said the law was a model for the region.", ""},
		// mirrors
		{"Critics, including the Media Institute of Southern Africa, warned that the law was too broad.", ""},
		{"Experts from Mongolia said the law had improved incident reporting.", "Mongolia"},
		{"The law was drafted with human rights groups such as Article 19 and was adopted in 2021.", "Mongolia"},
	}
	for _, tt := range tests {
		checkAfter(t, head, held{"Mongolia", "Mongolia adopted"}, tt.para, tt.holder)
	}
}
