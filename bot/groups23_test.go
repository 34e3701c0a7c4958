package bot

import (
	"fmt"
	"regexp"
	"testing"
)

// TestGroups23Questions runs testdata/groups23-questions.tsv, a second
// round of questions asking groups of countries (the Visegrad Group, the
// GCC, ECOWAS, the SADC, the Maghreb, the Quad …), regions, counts,
// rankings, compares of three or more, a country with a city, an
// organisation or a partner, and a group after a country, on every test
// corpus loaded as one (oneCorpus). A 7th column "open: why" marks a known
// miss, as in TestAsked8Questions.
func TestGroups23Questions(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every test corpus")
	}
	runOpenQuestions(t, dirBot(t, oneCorpus(t)), "testdata/groups23-questions.tsv")
}

// TestGroups23Counts checks the number of countries a "how many" or "who"
// reply gives, counted by hand (grep) on every test corpus as one: the
// reply's summary must say "N countries" (N in English) where N is the
// number of countries holding a statement on the topic.
func TestGroups23Counts(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every test corpus")
	}
	b := dirBot(t, oneCorpus(t))
	for _, tc := range []struct {
		q    string
		n    int
		open string // a known miss, with why (it must fail)
	}{
		// Eswatini, Uganda, Saint Lucia, Madagascar, Côte d'Ivoire.
		{"how many countries mention sextortion", 5, ""},
		// Oman (its strategy, a meeting's coverage), Qatar (a summary),
		// the UAE (a record), and the GCC's six through Qatar's statement
		// on their behalf: Bahrain, Kuwait, Saudi Arabia more.
		{"how many countries talk about desalination plants", 6, ""},
		// Kuwait and the four Visegrad countries.
		{"how many countries mention blood banks", 5, ""},
		// Barbados, the four Visegrad countries and Saint Kitts and Nevis
		// (asked25's podcast: "Did the government have cyber insurance?").
		{"how many countries mention cyber insurance", 6, ""}, // left23: the compound narrows (genericCompound)
		// Uganda, the twelve ECOWAS members (Côte d'Ivoire's statement
		// on their behalf; Sierra Leone's own release too), Papua New
		// Guinea's policy and Zimbabwe's strategy ("SIM-swap fraud").
		{"how many countries mention sim swap fraud", 15, ""},
	} {
		r := b.Ask(tc.q, 0)
		var err error
		// (A digit before it is another number: "15 countries" is not 5.)
		if want := regexp.MustCompile(fmt.Sprintf(`(?:^|\D)%d countries`, tc.n)); !want.MatchString(r.Message) {
			err = fmt.Errorf("message %.200q, want %d countries", r.Message, tc.n)
		}
		var open, failed int
		openOrFail(t, tc.q, tc.open, err, &open, &failed)
	}
}
