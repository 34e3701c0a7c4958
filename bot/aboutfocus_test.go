package bot

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// sceneCorpus holds the asked countries' statements and one statement
// (Norway's) that holds every scene word a chat message carries, as a
// large corpus does: a question reading them as topic words then finds no
// statement of the asked country.
func sceneCorpus(t *testing.T) *Bot {
	return New(fsCorpus(t, fstest.MapFS{
		"mr.txt": {Data: []byte("Mauritania condemns ransomware attacks against hospitals and will never pay a ransom.\n")},
		"bt.txt": {Data: []byte("Bhutan stresses that undersea cables and backup satellite links are vital for small states.\n")},
		"py.txt": {Data: []byte("Paraguay considers that children online deserve protection from exploitation.\n")},
		"sk.txt": {Data: []byte("Slovakia warned about spyware sold to governments without safeguards.\n")},
		"no.txt": {Data: []byte("Norway told the meeting on Thursday that next week the minister, his boss and colleagues will " +
			"hold a bilateral and a side event; two lines and a para on the agenda were asked for asap, and the " +
			"ngo asking for the basics was sorry to bother the check of the political will.\n")},
	}))
}

// TestAboutFocus: the words that set a message's scene before "what did X
// say about Y", and the asker's errand words ("2 lines", "for a side
// event", "next week", "care about"), are no topic, so the asked
// country's statement is found in a corpus that holds those words too.
func TestAboutFocus(t *testing.T) {
	b := sceneCorpus(t)
	tests := []struct {
		q, country, sub string
	}{
		{"before my meeting with the minister on thursday, what's mauritania's line on ransomware", "Mauritania", "ransomware"},
		{"for the bhutan bilateral next week: what have they said about undersea cables", "Bhutan", "cables"},
		{"hi all, prepping for the ministerial next month and my boss wants a para on what bhutan has said about undersea cables, thx", "Bhutan", "cables"},
		{"need 2 lines on paraguay and children online asap", "Paraguay", "children"},
		{"can u check what slovakia told that ngo about spyware", "Slovakia", "spyware"},
		{"i need something on ransomware for a side event - what's mauritania's position", "Mauritania", "ransomware"},
		{"will mauritania pay the ransom", "Mauritania", "ransom"},
		{"does bhutan care about undersea cables", "Bhutan", "cables"},
		{"ok so what's the slovak angle on spyware, asking for a colleague lol", "Slovakia", "spyware"},
		{"sorry to bother, we have a bilateral with Thimphu next week and I need the basics: what does bhutan say about backup links?", "Bhutan", "backup"},
		{"Bonjour, pour la réunion de jeudi j'aurais besoin de savoir ce que la Mauritanie a dit sur les rançongiciels", "Mauritania", "ransomware"},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		if len(r.Answers) == 0 {
			t.Errorf("%q: no answer (%s) [read as %s %v %v]", tt.q, r.Message, r.Intent, r.Countries, r.Themes)
			continue
		}
		for _, a := range r.Answers {
			if a.Country != tt.country {
				t.Errorf("%q: answer by %s", tt.q, a.Country)
			}
		}
		if !strings.Contains(r.Answers[0].Text, tt.sub) {
			t.Errorf("%q: first answer %.60q", tt.q, r.Answers[0].Text)
		}
	}
}

// TestAboutFocusKeeps: a topic typed before the country, a topic word
// between the country and "on", a context country's clause and an errand
// noun that is the topic stay topic words.
func TestAboutFocusKeeps(t *testing.T) {
	b := sceneCorpus(t)
	tests := []struct {
		q    string
		want []string // Content stems that must be there
	}{
		{"has mauritania ever mentioned ransomware on hospitals", []string{"ransomwar", "hospit"}},
		{"ransomware: what does mauritania say about it", []string{"ransomwar"}},
		{"the bilateral relationship: what has bhutan said about it", []string{"bilater", "relationship"}},
		{"what does mauritania say about the meeting", []string{"meet"}},
		{"who talks about political will", []string{"polit", "will"}},
		{"what does paraguay say about children online and what lines it draws", []string{"children", "onlin"}},
	}
	for _, tt := range tests {
		p := Parse(b.Corpus(), tt.q)
		for _, w := range tt.want {
			if !slices.Contains(p.Content, w) {
				t.Errorf("Parse(%q).Content = %v, want %q in it", tt.q, p.Content, w)
			}
		}
	}
}
