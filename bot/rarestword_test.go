package bot

import (
	"fmt"
	"testing"
	"testing/fstest"
)

// TestRarestWordOnly: asked who speaks of a topic of two words that name
// no theme, where one word is far rarer than the other (rareRatio), the
// statements holding the rare word answer; a statement holding the
// common word alone does not. When the words are about as common
// ("undersea cables" said as "submarine cables"), or the topic is one
// word, the ranking stands.
func TestRarestWordOnly(t *testing.T) {
	fs := fstest.MapFS{
		"om.txt": {Data: []byte("Oman will prepare for the risks that quantum computing poses to encryption.\n")},
		"fj.txt": {Data: []byte("Fiji calls for the protection of undersea cables.\n")},
		"to.txt": {Data: []byte("Tonga recalls that its submarine cable was cut in 2022.\n")},
		"sm.txt": {Data: []byte("Samoa depends on one submarine cable for its connection.\n")},
	}
	others := []string{"Portugal", "Georgia", "Chile", "Peru", "Ghana", "Kenya", "Japan", "Brazil", "Mexico"}
	for i, c := range others {
		fs[fmt.Sprintf("c%d.txt", i)] = &fstest.MapFile{Data: []byte(c + " invests in cloud computing for its public administration.\n")}
	}
	b := New(fsCorpus(t, fs))
	tests := []struct {
		q         string
		want, not []string
	}{
		{"who talks about quantum computing", []string{"Oman"}, others},
		{"which countries mention quantum computing", []string{"Oman"}, []string{"Portugal", "Mexico"}},
		// mirrors: one word; words about as common
		{"who talks about computing", append([]string{"Oman"}, others...), nil},
		{"who talks about undersea cables", []string{"Fiji", "Tonga", "Samoa"}, nil},
	}
	for _, tt := range tests {
		checkAnsweredBy(t, tt.q, b.Ask(tt.q, 0), tt.want, tt.not)
	}
}
