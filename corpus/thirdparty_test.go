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
		{"Civil society groups and the Asia Internet Coalition said the law gives the commission sweeping powers.", ""},
		{"Rights groups and the Digital Rights Foundation of Pakistan warned that the law was too broad.", ""},
		// mirrors
		{"Experts and the Ministry of Digital Development of Mongolia said the law had improved incident reporting.", "Mongolia"},
		{"Critics, including the Media Institute of Southern Africa, warned that the law was too broad.", ""},
		{"Experts from Mongolia said the law had improved incident reporting.", "Mongolia"},
		{"The law was drafted with human rights groups such as Article 19 and was adopted in 2021.", "Mongolia"},
	}
	for _, tt := range tests {
		checkAfter(t, head, held{"Mongolia", "Mongolia adopted"}, tt.para, tt.holder)
	}
}

// TestUnnamedOfficialsNamingAnother: a news paragraph opening with unnamed
// officials or sources that names another country and not the block's
// holder is nobody's: "Officials said the Sri Lanka CERT had received
// support from India" after the United States embassy's reaction was held
// by the United States (asked13's 163). Mirrors: unnamed officials naming
// no other country, or naming the holder, go on with the block, and a
// named subject holds its paragraph.
func TestUnnamedOfficialsNamingAnother(t *testing.T) {
	const head = "Sri Lanka defends its new law\n\nSri Lanka's government defended the Online Safety Act on Tuesday.\n\n"
	first := held{"Sri Lanka", "Sri Lanka's government"}
	embassy := "The United States embassy in Colombo said it was concerned about the law.\n\n"
	for _, tt := range []struct{ para, holder string }{
		{"Officials said the Sri Lanka Computer Emergency Readiness Team had received technical support from India.", ""},
		{"Fuentes del ministerio dijeron que el CERT de Sri Lanka recibió apoyo de la India.", ""},
		{"Des responsables ont indiqué que le CERT du Sri Lanka avait reçu l'appui de l'Inde.", ""},
		// Mirrors.
		{"Officials said the embassy would publish a fuller assessment next week.", "United States"},
		{"Officials said the United States would fund training for judges in India.", "United States"},
		{"India said it had given technical support to the Sri Lanka Computer Emergency Readiness Team.", "India"},
	} {
		t.Run(tt.para[:20], func(t *testing.T) {
			want := []held{first, {"United States", "The United States embassy"}}
			if tt.holder != "" {
				want = append(want, held{tt.holder, tt.para[:12]})
			}
			checkHeld(t, head+embassy+tt.para+"\n", want)
		})
	}
}
