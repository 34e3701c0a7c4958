package corpus

import "testing"

// FuzzScan reads arbitrary questions: Scan must never panic, and every
// span it returns must lie within the question's tokens, in order.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"what does Tokyo say", "e.u. S. Korea EE. UU. l'Inde", "Latin America and Narnia's view",
		"the Chinese and Russian proposal", "Soth Korea El Slavador", "d' l' . . u.s", "Bosnia Herzegovnia y Corea del Sur"} {
		f.Add(s)
	}
	g := DefaultGazetteer()
	f.Fuzz(func(t *testing.T, q string) {
		toks := Tokenize(q)
		r := g.Scan(toks, true, nil)
		check := func(first, last int) {
			if first < 0 || last < first || last >= len(toks) {
				t.Fatalf("span %d..%d out of %d tokens in %q", first, last, len(toks), q)
			}
		}
		for _, m := range append(append(append([]Mention(nil), r.Countries...), r.Topic...), r.Places...) {
			check(m.First, m.Last)
		}
		for _, m := range r.Regions {
			check(m.First, m.Last)
		}
		for _, u := range r.Unknown {
			check(u.First, u.Last)
		}
		_ = g.Find(toks, false, nil)
	})
}
