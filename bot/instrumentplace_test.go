package bot

import (
	"testing"
	"testing/fstest"
)

// TestInstrumentPlace: asked who speaks of an instrument named after a
// place, the statements naming the place answer, not every statement of
// the instrument's theme; when none names it, the theme's statements
// answer as before. Mirror: the theme asked by its own name keeps them
// all.
func TestInstrumentPlace(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"am.txt": {Data: []byte("Armenia has joined the Budapest Convention on cybercrime.\n")},
		"tg.txt": {Data: []byte("Le Togo a annoncé son adhésion à la Convention de Budapest sur la cybercriminalité.\n")},
		"gh.txt": {Data: []byte("Ghana adopted a cybercrime law in 2020 and trains prosecutors on electronic evidence.\n")},
		"ng.txt": {Data: []byte("Nigeria called for a global convention against cybercrime under the United Nations.\n")},
	}))
	tests := []struct {
		q         string
		want, not []string
	}{
		{"who talks about the budapest convention", []string{"Armenia", "Togo"}, []string{"Ghana", "Nigeria"}},
		{"quién habla del convenio de budapest", []string{"Armenia", "Togo"}, []string{"Ghana", "Nigeria"}},
		{"qui parle de la convention de budapest ?", []string{"Armenia", "Togo"}, []string{"Ghana", "Nigeria"}},
		// None names Malabo: the theme's statements, as before.
		{"who mentions the malabo convention", []string{"Nigeria"}, nil},
		// mirror
		{"who talks about cybercrime", []string{"Armenia", "Ghana", "Nigeria", "Togo"}, nil},
	}
	for _, tt := range tests {
		checkAnsweredBy(t, tt.q, b.Ask(tt.q, 0), tt.want, tt.not)
	}
}
