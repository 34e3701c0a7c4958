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

// contDefiniteAgrees checks contDefinite against contRe on p, where
// contOpening finds nothing: it returns contRe's whole match (its second
// group), or "" where contRe matches nothing.
func contDefiniteAgrees(t *testing.T, p string) {
	t.Helper()
	if contOpening(p) != "" {
		return
	}
	want := ""
	if sm := contRe.FindStringSubmatch(p); sm != nil {
		want = sm[0]
		if sm[2] != sm[0] {
			t.Fatalf("contRe on %q: match %q is not its second group %q", p, sm[0], sm[2])
		}
	}
	if got := contDefinite(p); got != want {
		t.Errorf("contDefinite(%q) = %q, contRe matches %q", p, got, want)
	}
}

func TestContDefiniteMatchesRe(t *testing.T) {
	paras := repoParagraphs(t)
	for _, o := range []string{"The country", "The national government", "The Pacific island nation", "The EU-27 bloc",
		"The Caribbean Community state", "The small island developing state", "The one two three four country",
		"The statement", "The unionist", "The Republic of Korea", "The delegation of Peru", "The government’s", "The", "The ",
		"The  country", "The country-level", "The X", "The x-y country", "The Élysée government", "The kingdom_", "The Big_One union",
		"The nation1", "The a b c", "The a b country", "Thecountry", "the country", "The Country"} {
		for _, rest := range []string{"", " ", ",", " said it would", "s", "-led", "é", "_x", "1", "'s", "’s", ".", "\n", " of"} {
			paras = append(paras, o+rest)
		}
	}
	found := 0
	for _, p := range paras {
		contDefiniteAgrees(t, p)
		if contOpening(p) == "" && contDefinite(p) != "" {
			found++
		}
	}
	if found < 30 {
		t.Errorf("contDefinite found only %d openings in %d paragraphs", found, len(paras))
	}
}

func FuzzContDefinite(f *testing.F) {
	for _, s := range []string{"The country", "The national government of", "The A B C state", "The a-b nation", "The Ée union", "The bloc_"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		contDefiniteAgrees(t, p)
	})
}
