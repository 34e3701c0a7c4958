package corpus

import (
	"testing"
)

// contOpeningAgrees checks contOpening against contRe on p: where it
// finds an opening, contRe's first group matches that; where it finds
// none, contRe's first group matches nothing.
func contOpeningAgrees(t *testing.T, p string) {
	t.Helper()
	got := contOpening(p)
	sm := contRe.FindStringSubmatch(p)
	first := ""
	if sm != nil {
		first = sm[1]
	}
	if got != first {
		t.Errorf("contOpening(%q) = %q, contRe's first group %q", p, got, first)
	}
	if got != "" && sm[0] != got {
		t.Errorf("contOpening(%q) = %q, contRe matches %q", p, got, sm[0])
	}
}

func TestContOpeningMatchesRe(t *testing.T) {
	paras := repoParagraphs(t)
	for _, o := range append(contFirst, "As part of its", "As part of their statements", "In additional", "Italy", "Its", "Thus",
		"The country", "The Pacific island", "They're", "It's", "Ité", "It_", "It9", "In this regard,", "") {
		for _, rest := range []string{"", " ", ",", " said it would", "s", "-led", "é", "_x", "1", "'s", "’s", ".", "\n"} {
			paras = append(paras, o+rest)
		}
	}
	found := 0
	for _, p := range paras {
		contOpeningAgrees(t, p)
		if contOpening(p) != "" {
			found++
		}
	}
	if found < 100 {
		t.Errorf("contOpening found only %d openings in %d paragraphs", found, len(paras))
	}
}

func FuzzContOpening(f *testing.F) {
	for _, s := range []string{"It", "Its delegation", "As part of the contribution", "In this regard, ", "Ghana", "It's", "Thé"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		contOpeningAgrees(t, p)
	})
}
