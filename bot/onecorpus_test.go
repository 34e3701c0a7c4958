package bot

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// oneCorpus writes every corpus of ../testdata and the seeds into one
// corpus directory, each in a subdirectory (so source IDs stay apart),
// with one sources.tsv whose IDs carry the subdirectory, and returns it.
func oneCorpus(t *testing.T) string {
	t.Helper()
	out := t.TempDir()
	sources := []string{"id\ttitle\turl\tpublisher\tdate\tlanguage"}
	dirs, err := filepath.Glob("../testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	dirs = append(dirs, "../seeds")
	for _, dir := range dirs {
		pages, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		if len(pages) == 0 {
			continue
		}
		sub := filepath.Base(dir)
		if err := os.MkdirAll(filepath.Join(out, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(out, sub, filepath.Base(p)), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		f, err := os.Open(filepath.Join(dir, "sources.tsv"))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for first := true; sc.Scan(); first = false {
			line := sc.Text()
			if first && !strings.HasPrefix(line, "id\ttitle\turl\tpublisher\tdate\tlanguage") {
				t.Fatalf("%s/sources.tsv: columns %q, want the common ones", dir, line)
			}
			if first || strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			sources = append(sources, sub+"/"+line)
		}
		f.Close()
	}
	if err := os.WriteFile(filepath.Join(out, "sources.tsv"), []byte(strings.Join(sources, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

// oneCorpusMisses are the questions that pass on their own corpus and
// miss on every corpus at once, each with why.
var oneCorpusMisses = map[string]string{
	// A second country that holds statements in the large corpus makes
	// the question a comparison; on its own corpus that country held
	// nothing, so the word was the topic.
	"albania iran": "Iran holds statements: a comparison",
	"albnia iran":  "Iran holds statements: a comparison",
	// A word of another corpus's pages counts among the question's own
	// words, and the country's statement then holds too few of them.
	"where does sweden stand on ai-enabled hacking":  "not yet traced: on asked25's own corpus Sweden's foreword ('criminals clearly used AI tools') answers; among all pages the three topic words find no Swedish statement",
	"turkmenistan on staying neutral in a cyber war": "'stay' is a word of asked23's pages: Turkmenistan's statement holds one of the three own words",
	"montenegro russia":                              "Russia holds statements: a comparison",
	"lithuaina ukraine":                              "Ukraine holds statements: a comparison",
	"bulgaria eu toolbox":                            "the EU holds statements: 'EU toolbox' read as a comparison",
	"denmark eu sanctions":                           "the EU holds statements: 'EU sanctions' read as a comparison",
	"jordan eu partnership":                          "the EU holds statements: 'EU partnership' read as a comparison",
	// Topic words the small corpus lacked (left out of the match) that
	// the large one holds.
	"cuantos analistas va a contratar costa rica":                                      "'va a contratar': a Spanish verb phrase read as topic words",
	"spain on funding the mechanism - regular budget or voluntary?":                    "five topic words, and Spain's statement holds two",
	"que dice nueva zelanda sobre los equipos de respuesta a emergencias informaticas": "the Spanish name of a CERT, not in the glossary, read word by word",
}

// TestQuestionsOnOneCorpus asks every question of the asked and esfr sets
// on all the test corpora loaded as one: the hidden corpora are larger
// than any one test corpus, and words a small corpus lacks are left out
// of the match, which hid topic words that were no topic ("before my
// meeting with the minister on thursday, what's libya's line on
// ransomware"). What does not depend on the corpus's size must hold: the
// language of the reply, and a question asking one named country must
// still be answered by that country, and only by it.
func TestQuestionsOnOneCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every test corpus")
	}
	b := dirBot(t, oneCorpus(t))
	files, err := filepath.Glob("testdata/*-questions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	asked, missed := 0, 0
	for _, file := range files {
		if base := filepath.Base(file); !strings.HasPrefix(base, "asked") && !strings.HasPrefix(base, "esfr") {
			continue
		}
		for _, f := range readTSV(t, file, 7) {
			if f == nil || strings.HasPrefix(f[6], "open:") {
				continue
			}
			q, intent, country, lang := strings.ReplaceAll(f[0], `\n`, "\n"), f[1], f[2], f[3]
			one := (intent == IntentStance || intent == IntentCountry) && country != "-" && country != "0" &&
				!strings.ContainsAny(country[:1], "!+") && !strings.Contains(country, ",")
			if !one && lang == "-" {
				continue
			}
			asked++
			r := b.Ask(q, 0)
			var errs []string
			if lang != "-" && r.Lang != lang {
				errs = append(errs, "lang "+r.Lang)
			}
			if one {
				if len(r.Answers) == 0 {
					errs = append(errs, "no answer: "+r.Message)
				}
				for _, a := range r.Answers {
					if a.Country != country && !slices.Contains(errs, "answer by "+a.Country) {
						errs = append(errs, "answer by "+a.Country)
					}
				}
			}
			why, known := oneCorpusMisses[q]
			switch {
			case known && len(errs) == 0:
				t.Errorf("%s: %q passes now: remove it from oneCorpusMisses", file, q)
			case known:
				missed++
				t.Logf("known miss %q (%s): %s", q, why, strings.Join(errs, "; "))
			case len(errs) > 0:
				t.Errorf("%s: %q (want %s %s %s): %s [read as %s %v %v]", file, q, intent, country, lang, strings.Join(errs, "; "), r.Intent, r.Countries, r.Themes)
			}
		}
	}
	t.Logf("%d questions asked on one corpus, %d known misses", asked, missed)
}
