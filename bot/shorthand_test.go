package bot

import (
	"testing"
	"testing/fstest"
)

// Chat shorthand ("wat", "abt", "smth", "cap bldg") asks what the written
// out question asks: the shorthand was a topic word the statements do
// not hold ("No statement by Mongolia matches a theme on wat
// ransomware"), or kept the theme from being found.
func TestChatShorthand(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"mongolia.txt": {Data: []byte("Mongolia stresses that ransomware attacks on hospitals must be investigated and prosecuted.\n" +
			"Mongolia supports capacity building for the national computer emergency response team.\n")},
		"bhutan.txt": {Data: []byte("Bhutan calls for capacity building programmes that reach small and landlocked states.\n" +
			"Bhutan holds that international law applies in cyberspace.\n")},
	}))
	for _, tc := range []struct{ short, plain string }{
		{"wat does mongolia think abt ransomware", "what does mongolia think about ransomware"},
		{"wut does bhutan say on intl law", "what does bhutan say on international law"},
		{"does bhutan say smth about cap bldg", "does bhutan say anything about capacity building"},
		{"sth from mongolia on capacity bldg?", "anything from mongolia on capacity building?"},
		{"who talks abt cap bldg", "who talks about capacity building"},
	} {
		got, want := b.Ask(tc.short, 0), b.Ask(tc.plain, 0)
		if len(want.Answers) == 0 {
			t.Fatalf("%q: no answers", tc.plain)
		}
		if answerKeys(got) != answerKeys(want) {
			t.Errorf("%q answered %q (%s), want %q as %q does", tc.short, answerKeys(got), got.Message, answerKeys(want), tc.plain)
		}
	}
}

func answerKeys(r Reply) string {
	s := ""
	for _, a := range r.Answers {
		s += a.Country + ": " + a.Text + "\n"
	}
	return s
}
