package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cueRules are phraseCues's rules with their phrases, as the rules
// search them.
var cueRules = []struct {
	name    string
	cue     cueSet
	phrases []string
}{
	{"raisedByMany", cueRaisedByMany, raisedByManyAgents[:]},
	{"hostIntro", cueHostIntro, hostIntroPhrases[:]},
	{"hostCloser", cueHostCloser, hostCloserPhrases[:]},
	{"interview", cueInterview, interviewIntroPhrases[:]},
	{"courtesy", cueCourtesy, courtesyFormulas[:]},
}

// checkCues fails when p holds a rule's phrase and phraseCues says the
// rule cannot hold.
func checkCues(t *testing.T, where, p string) {
	t.Helper()
	got := phraseCues(p)
	for _, r := range cueRules {
		if got&r.cue == 0 && hasAnyOf(p, r.phrases) {
			t.Errorf("%s: phraseCues(%.80q) misses %s's phrase", where, p, r.name)
		}
	}
}

// TestPhraseCuesNeverMissAPhrase: phraseCues is a filter, never a
// verdict. Every phrase of every rule, at the start, in the middle and at
// the end of other text, and every paragraph of the test corpora and the
// seeds that holds a phrase, has its rule's cue; text with none of the
// phrases has none, and no cue is set on more than 3 % of those lines.
func TestPhraseCuesNeverMissAPhrase(t *testing.T) {
	contexts := []struct{ before, after string }{
		{"", ""}, {"", "."}, {"Ambassador, ", " and the others."}, {"Él dijo: «", "»"}, {"x", "y"},
	}
	for _, r := range cueRules {
		for _, ph := range r.phrases {
			for _, c := range contexts {
				p := c.before + ph + c.after
				if phraseCues(p)&r.cue == 0 {
					t.Errorf("%s: phraseCues(%q) has no cue for its phrase %q", r.name, p, ph)
				}
			}
		}
	}
	for _, p := range []string{
		"",
		"Peru supports the application of international law in cyberspace.",
		"Le Maroc appelle au renforcement des capacités.",
		"El Salvador subraya la importancia de la atribución.",
	} {
		if got := phraseCues(p); got != 0 {
			t.Errorf("phraseCues(%q) = %b, want no cue", p, got)
		}
	}
	var paras int
	cued := make([]int, len(cueRules)) // lines each rule's cue is set on
	for _, root := range []string{"../testdata", "../seeds"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, p := range strings.Split(string(b), "\n") {
				p = strings.TrimSpace(p)
				paras++
				checkCues(t, path, p)
				c := phraseCues(p)
				for i, r := range cueRules {
					if c&r.cue != 0 {
						cued[i]++
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if paras < 1000 {
		t.Fatalf("read %d lines of test corpora, want many more", paras)
	}
	// A filter that lets most text through saves nothing: each rule's
	// phrases are rare, and so must its cue be.
	for i, r := range cueRules {
		if cued[i]*100 > paras*3 {
			t.Errorf("%s's cue is set on %d of %d lines (over 3 %%): its windows are common words", r.name, cued[i], paras)
		}
	}
}

// FuzzPhraseCues checks the filter on any text.
func FuzzPhraseCues(f *testing.F) {
	f.Add("The issue was mentioned by several speakers.")
	f.Add("My guest today is Ambassador Ruiz.")
	f.Add("Nous nous sommes entretenus avec le ministre.")
	f.Fuzz(func(t *testing.T, p string) { checkCues(t, "fuzz", p) })
}

// BenchmarkPhraseCues measures one paragraph's pass.
func BenchmarkPhraseCues(b *testing.B) {
	p := strings.Repeat("Peru supports the application of international law in cyberspace, and calls on States to ", 4)
	b.SetBytes(int64(len(p)))
	for b.Loop() {
		phraseCues(p)
	}
}
