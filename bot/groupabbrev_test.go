package bot

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestAfricanUnionAU: "AU" in an English question is the African Union
// (answered for its members in the corpus), never Australia; in lower case
// it is French "au" unless "the" comes before it.
func TestAfricanUnionAU(t *testing.T) {
	b := dirBot(t, "../testdata/asked12")
	tests := []struct {
		q  string
		au bool // answered for the African Union's members
	}{
		{"what does the AU say", true},
		{"what's the AU position on capacity building", true},
		{"AU on cybercrime", true},
		{"what does the au say on norms", true},
		{"que dit l'UA sur la cybercriminalité", true},
		{"au revoir", false},
		{"qu'a dit le kazakhstan au GTCNL", false},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 3)
		au := slices.Contains(r.Countries, "Senegal") && slices.Contains(r.Countries, "Rwanda")
		if au != tt.au || slices.Contains(r.Countries, "Australia") {
			t.Errorf("%q: countries %v; want the African Union's members: %v (%s)", tt.q, r.Countries, tt.au, r.Message)
		}
	}
}

// TestRegionInContextSentence: a grouping that modifies a noun in a
// sentence of context ("we're updating the OSCE CBM tracker.") is no
// speaker when another sentence asks a country; asked on its own, or as
// speakers ("the ASEAN delegations"), it stays one.
func TestRegionInContextSentence(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"a.txt": {Data: []byte("Statement by Croatia\n\nCroatia has designated its points of contact for the confidence-building measures.\n")},
		"b.txt": {Data: []byte("Statement by Bulgaria\n\nBulgaria supports the confidence-building measures and their points of contact.\n")},
		"c.txt": {Data: []byte("Statement by Thailand\n\nThailand supports the ASEAN CERT and regional points of contact.\n")},
		"d.txt": {Data: []byte("Statement by Viet Nam\n\nViet Nam supports points of contact for incident response.\n")},
	}))
	tests := []struct {
		q    string
		want []string
	}{
		{"we're updating the OSCE CBM tracker. what did croatia say about points of contact", []string{"Croatia"}},
		{"drafting an ASEAN workshop note. what does thailand say on points of contact?", []string{"Thailand"}},
		{"what do the ASEAN delegations say on points of contact? and croatia?", []string{"Croatia", "Thailand", "Vietnam"}},
		{"the OSCE on points of contact", []string{"Bulgaria", "Croatia"}},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 5)
		got := slices.Clone(r.Countries)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: countries %v, want %v (%s)", tt.q, got, tt.want, r.Message)
		}
	}
}
