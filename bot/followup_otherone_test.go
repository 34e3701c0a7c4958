package bot

import (
	"testing"
	"testing/fstest"
)

// TestOtherOneFollowUp: "no, the other one", "no, el otro", "non,
// l'autre" after a question whose country's name is in one other
// country's the corpus holds ask that other country on the same topic;
// a name in several others ("guinea" with Guinea-Bissau and Equatorial
// Guinea), in none ("kenya"), or a question on two countries leave the
// message alone.
func TestOtherOneFollowUp(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"sd.txt":  {Data: []byte("Sudan condemns ransomware attacks against its banks and asks for help.\n")},
		"ss.txt":  {Data: []byte("South Sudan warns that ransomware attacks hit its ministries and asks for training.\n")},
		"gn.txt":  {Data: []byte("Guinea condemns ransomware attacks against hospitals.\n")},
		"gw.txt":  {Data: []byte("Guinea-Bissau has suffered ransomware attacks and wants a cybercrime law.\n")},
		"gq.txt":  {Data: []byte("Equatorial Guinea will protect its submarine cable against ransomware gangs.\n")},
		"ke.txt":  {Data: []byte("Kenya condemns ransomware attacks against hospitals.\n")},
		"ke2.txt": {Data: []byte("Kenyan officials say ransomware is the main threat.\n")},
	}))
	c := b.Corpus()
	for _, tt := range []struct {
		question, lang, in, want string
	}{
		{"what does sudan say about ransomware", "en", "no, the other one", "what does South Sudan say on ransomware"},
		{"what does south sudan say about ransomware", "en", "sorry, the other one", "what does Sudan say on ransomware"},
		{"que dice sudan sobre el ransomware", "es", "no, el otro", "what does South Sudan say on ransomware"},
		{"que dit le soudan sur les rançongiciels", "fr", "non, l'autre", "what does South Sudan say on ransomware"},
		// Neighbours: left alone.
		{"what does guinea say about ransomware", "en", "no, the other one", ""},
		{"what does kenya say about ransomware", "en", "the other one", ""},
		{"compare sudan and kenya on ransomware", "en", "the other one", ""},
		{"what does sudan say about ransomware", "en", "the other ones", ""},
	} {
		got, _ := otherOneFollowUp(c, ReplyRecord{Question: tt.question, Lang: tt.lang}, followUpLead(followUpText(tt.in)))
		if got != tt.want {
			t.Errorf("%q after %q: %q, want %q", tt.in, tt.question, got, tt.want)
		}
	}
}
