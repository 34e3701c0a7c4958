package bot

import (
	"slices"
	"testing"
	"testing/fstest"
)

// instrumentPages are pages where one country names an instrument and
// others only share a word of its name ("called for", "a digital
// divide", "the process"), in English, Spanish and French.
var instrumentPages = fstest.MapFS{
	"a.txt": {Data: []byte("Statement by Mongolia\n\nMongolia joined the Paris Call for Trust and Security in Cyberspace in 2019 and supports its principles on the protection of elections.\n\nMongolia called for more training of its national CERT.\n")},
	"b.txt": {Data: []byte("Statement by Paraguay\n\nParaguay called for closer cooperation on cybercrime between law enforcement agencies.\n\nParaguay stressed the digital divide and the global reach of the process.\n")},
	"c.txt": {Data: []byte("Statement by Nepal\n\nNepal welcomed the Global Digital Compact and its commitments on closing the digital divide.\n")},
	"d.txt": {Data: []byte("Declaración de Uruguay\n\nUruguay se sumó al Llamamiento de París para la confianza y la seguridad en el ciberespacio.\n")},
	"e.txt": {Data: []byte("Statement by Bhutan\n\nBhutan is a member of the International Counter Ransomware Initiative and shares threat information through it.\n\nBhutan made a call for restraint in cyberspace.\n")},
}

// TestInstrumentNames: a named instrument is asked whole. Only the
// countries whose statements name it answer; a statement sharing one word
// of the name ("called for", "digital") is not about it; a name no
// statement holds gets no answer. Words that only look like a name ("a
// call for restraint", "trust funds") stay words.
func TestInstrumentNames(t *testing.T) {
	b := New(fsCorpus(t, instrumentPages))
	tests := []struct {
		q    string
		want []string // the answering countries, in any order; nil: none
	}{
		{"who backs the Paris Call?", []string{"Mongolia", "Uruguay"}},
		{"who backs the paris call", []string{"Mongolia", "Uruguay"}},
		{"quién apoya el Llamamiento de París", []string{"Mongolia", "Uruguay"}},
		{"qui soutient l'Appel de Paris ?", []string{"Mongolia", "Uruguay"}},
		{"who supports the Global Digital Compact", []string{"Nepal"}},
		{"who supports the global digital compact", []string{"Nepal"}},
		{"who is in the Counter Ransomware Initiative", []string{"Bhutan"}},
		{"who mentions the Christchurch Call", nil},
		{"who supports the pall mall process", nil},
		// Words, not names: unchanged.
		{"who talks about the digital divide", []string{"Nepal", "Paraguay"}},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 10)
		var got []string
		for _, a := range r.Answers {
			if !slices.Contains(got, a.Country) {
				got = append(got, a.Country)
			}
		}
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: answered by %v, want %v (%s)", tt.q, got, want, r.Message)
		}
	}
}

// TestRegionNotOwnTopic: a region read as its members ("the Caribbean":
// Cuba and Haiti) asks all of them; one member is never made the topic
// of the other's statements ("no statement by Cuba that mentions Haiti").
func TestRegionNotOwnTopic(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"a.txt": {Data: []byte("Statement by Cuba\n\nCuba calls for capacity building without conditions.\n")},
		"b.txt": {Data: []byte("Statement by Haiti\n\nHaiti needs capacity building for its national CERT.\n")},
	}))
	for _, q := range []string{"position of the caribbean on capacity building", "the caribbean on capacity building", "position of the caribbean"} {
		r := b.Ask(q, 10)
		if len(r.About) > 0 || !slices.Contains(r.Countries, "Cuba") || !slices.Contains(r.Countries, "Haiti") {
			t.Errorf("%q: countries %v, about %v, want Cuba and Haiti asked, no topic country (%s)", q, r.Countries, r.About, r.Message)
		}
	}
}
