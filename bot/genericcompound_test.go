package bot

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestGenericCompound: a generic word typed before a topic word ("cyber
// insurance", "cyber hygiene") narrows a who-question to the statements
// that write the compound (apart, hyphened or joined), when the corpus
// writes it; "cyber" in one sentence and an insurer in the next is not
// it. A compound the corpus never writes ("cyber diplomacy" here) and the
// topic word alone answer as before (left23; expectations written by hand
// before the code; on the first run of the new code 2 of the 7 failed:
// the joined "cyberinsurance" was not scored, fixed; no expectation
// error).
func TestGenericCompound(t *testing.T) {
	b := New(fsCorpus(t, fstest.MapFS{
		"gh.txt": {Data: []byte("Ghana urges firms to take out cyber insurance against ransomware.\n")},
		"fj.txt": {Data: []byte("Fiji says its regulators will look at cyber-insurance markets for small firms.\n")},
		"mt.txt": {Data: []byte("Malta studies cyberinsurance for small and medium enterprises.\n")},
		"om.txt": {Data: []byte("Oman said the cyber attack on its national health insurer disrupted claims for weeks.\n")},
		"pe.txt": {Data: []byte("Peru promotes cyber hygiene in schools and ministries.\n")},
		"cl.txt": {Data: []byte("Chile says basic hygiene in hospitals saves lives, while cyber threats to hospitals grow.\n")},
		"np.txt": {Data: []byte("Nepal invests in diplomacy training for officials who handle cyber issues.\n")},
		"la.txt": {Data: []byte("Laos values quiet diplomacy among neighbours.\n")},
		"ke.txt": {Data: []byte("Kenya adopted a national cybersecurity strategy in 2022.\n")},
		"bo.txt": {Data: []byte("Bolivia is drafting a cyber security strategy with its ministries.\n")},
		"ge.txt": {Data: []byte("Georgia launched its cyber strategy last year.\n")},
		"rs.txt": {Data: []byte("Serbia published a digital strategy for its schools.\n")},
	}))
	tests := []struct {
		q    string
		want []string // the answering countries, sorted
	}{
		{"who talks about cyber insurance", []string{"Fiji", "Ghana", "Malta"}},
		{"how many countries mention cyber insurance?", []string{"Fiji", "Ghana", "Malta"}},
		{"which states talk about cyber hygiene", []string{"Peru"}},
		// "cybersecurity strategy" and "cyber security strategy" are the
		// cyber strategy asked (a whole sentence's "cyber" is not).
		{"who talks about cyber strategy", []string{"Bolivia", "Georgia", "Kenya"}},
		{"who talks about strategy", []string{"Bolivia", "Georgia", "Kenya", "Serbia"}},
		// Mirrors that must not change.
		{"who talks about insurance", []string{"Fiji", "Ghana", "Oman"}},
		{"who talks about hygiene", []string{"Chile", "Peru"}},
		{"who talks about cyber diplomacy", []string{"Laos", "Nepal"}},
		{"what does peru say about cyber hygiene", []string{"Peru"}},
	}
	for _, tt := range tests {
		r := b.Ask(tt.q, 0)
		var got []string
		for _, a := range r.Answers {
			if !slices.Contains(got, a.Country) {
				got = append(got, a.Country)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: answered by %v, want %v (%s) [read as %s %v %v]", tt.q, got, tt.want, r.Message, r.Intent, r.Countries, r.Themes)
		}
	}
}
