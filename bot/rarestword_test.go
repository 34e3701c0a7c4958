package bot

import (
	"fmt"
	"strings"
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

// TestRarestWordOnlyLarge: in a large corpus, a word one statement alone
// holds tells the topic apart when four times as many hold the other
// ("voice clones"); in a small one the same counts leave the ranking as
// it is (TestRarestWordOnly's "undersea cables").
func TestRarestWordOnlyLarge(t *testing.T) {
	fs := fstest.MapFS{
		"ae.txt": {Data: []byte("The United Arab Emirates warns of deepfakes and voice clones used for fraud.\n")},
		"uy.txt": {Data: []byte("Uruguay will give a voice to civil society in the mechanism.\n")},
		"gh.txt": {Data: []byte("Ghana wants the voice of Africa heard.\n")},
		"tr.txt": {Data: []byte("Türkiye raised its voice against attacks on hospitals.\n")},
		"pe.txt": {Data: []byte("Peru speaks with one voice with its neighbours.\n")},
	}
	var filler strings.Builder
	for i := range rareLarge {
		fmt.Fprintf(&filler, "Chile reports incident number %d to the national team.\n\n", i)
	}
	fs["cl.txt"] = &fstest.MapFile{Data: []byte(filler.String())}
	b := New(fsCorpus(t, fs))
	checkAnsweredBy(t, "who mentions voice clones", b.Ask("who mentions voice clones", 0), []string{"United Arab Emirates"}, []string{"Uruguay", "Ghana", "Türkiye", "Peru"})
	// mirror: one word
	checkAnsweredBy(t, "who talks about voice", b.Ask("who talks about voice", 0), []string{"United Arab Emirates", "Uruguay", "Ghana"}, nil)
}

// TestRareBesideTheme: a topic whose words name a theme and add a word of
// its own ("untrusted vendors", "the gas export infrastructure") is
// answered by the theme's statements holding that word, when few of them
// do; every country the theme tags answered before (groups22's
// 'untrusted vendors', asked23). Mirrors: the theme alone, a generic word
// beside it ("cyber vendors"), a word most of the theme's statements hold,
// and a question naming two themes rank as before.
func TestRareBesideTheme(t *testing.T) {
	fs := fstest.MapFS{
		"kz.txt": {Data: []byte("Kazakhstan warns against untrusted vendors in its 5G networks.\n")},
		"tm.txt": {Data: []byte("Turkmenistan will protect its gas export infrastructure from cyber attacks.\n")},
	}
	others := []string{"Portugal", "Chile", "Peru", "Ghana", "Kenya", "Japan"}
	for i, c := range others {
		fs[fmt.Sprintf("c%d.txt", i)] = &fstest.MapFile{Data: []byte(c + " asks every vendor to secure the supply chain of the critical infrastructure of the country.\n")}
	}
	b := New(fsCorpus(t, fs))
	tests := []struct {
		q         string
		want, not []string
	}{
		{"who talks about untrusted vendors", []string{"Kazakhstan"}, others},
		{"anyone on the gas export infrastructure", []string{"Turkmenistan"}, others},
		// Mirrors.
		{"who talks about vendors", append([]string{"Kazakhstan"}, others...), nil},
		{"who talks about cyber vendors", append([]string{"Kazakhstan"}, others...), nil},
		{"who talks about secure infrastructure", append([]string{"Turkmenistan"}, others...), nil},
	}
	for _, tt := range tests {
		checkAnsweredBy(t, tt.q, b.Ask(tt.q, 0), tt.want, tt.not)
	}
}
