package bot

import (
	"reflect"
	"testing"
)

// datePrecheckCases are questions with and without date words, in the
// spellings people type, including the near misses the pre-check of
// cutDates must not skip.
var datePrecheckCases = []string{
	"what does Peru say on attribution?",
	"who talks about due diligence?",
	"compare India and the EU on norms",
	"LATEST from Brazil on sovereignty",
	"what's Kenya's most   recently stated view on IHL",
	"Recent statements on capacity building",
	"the last thing Chile said about cybercrime",
	"Japan on norms since 2021",
	"Japan on norms since March 2021",
	"Japan on norms between 2018 and 2020-06",
	"norms in 2019 please",
	"resolution 2341 and norms",
	"what did Estonia say lately", // "lately" is not "latest"
	"the laſt word from France",   // (?i) folds ſ onto s
	"¿qué dice Perú sobre atribución en 2021?",
	"neWest  from\tGhana",
	"blast radius of attacks on critical infrastructure", // "last" inside a word: \b keeps it
	"",
	"   ",
}

// TestCutDatesPrecheck holds cutDates (with its pre-check) to the regular
// expressions alone on every case.
func TestCutDatesPrecheck(t *testing.T) {
	for _, q := range datePrecheckCases {
		gotText, gotD := cutDates(q)
		wantText, wantD := cutDatesRE(q)
		if gotText != wantText || !reflect.DeepEqual(gotD, wantD) {
			t.Errorf("cutDates(%q) = %q, %+v; regular expressions alone give %q, %+v", q, gotText, gotD, wantText, wantD)
		}
	}
	if mayHaveDates("what does Peru say on attribution?") {
		t.Error("the pre-check lets a plain question through to the regular expressions")
	}
}

// FuzzCutDatesPrecheck looks for a text where the pre-check changes what
// cutDates reads.
func FuzzCutDatesPrecheck(f *testing.F) {
	for _, q := range datePrecheckCases {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		gotText, gotD := cutDates(q)
		wantText, wantD := cutDatesRE(q)
		if gotText != wantText || !reflect.DeepEqual(gotD, wantD) {
			t.Errorf("cutDates(%q) = %q, %+v; regular expressions alone give %q, %+v", q, gotText, gotD, wantText, wantD)
		}
	})
}
