package corpus

import "testing"

// TestVoteListsHoldEachCountry: each country of a recorded vote's list
// holds its list, and no list is held by a country of another list or by
// the paragraph before; a colon after a word that is no vote label, or a
// list with prose in it, is read as before.
func TestVoteListsHoldEachCountry(t *testing.T) {
	page := "The draft resolution was adopted by a recorded vote of 158 in favour to 9 against.\n\n" +
		"In favour: Argentina, Ghana.\n\nAgainst: Belarus, Iran (Islamic Republic of), Nicaragua.\n\nAbstaining: China and Cuba.\n"
	checkHeld(t, page, []held{{"Argentina", "In favour"}, {"Ghana", "In favour"},
		{"Belarus", "Against"}, {"Iran", "Against"}, {"Nicaragua", "Against"}, {"China", "Abstaining"}, {"Cuba", "Abstaining"}})
	checkHeld(t, "Votos a favor: Chile, Perú.\n\nEn contra: Venezuela y Cuba.\n",
		[]held{{"Chile", "Votos"}, {"Peru", "Votos"}, {"Venezuela", "En contra"}, {"Cuba", "En contra"}})
	checkHeld(t, "Pour : le Sénégal, le Mali.\n\nContre : la Syrie, le Bélarus.\n",
		[]held{{"Senegal", "Pour"}, {"Mali", "Pour"}, {"Syria", "Contre"}, {"Belarus", "Contre"}})
	g := DefaultGazetteer()
	for _, p := range []string{
		"Against: the odds, Kenya called for a treaty.",
		"In favour: Kenya, which said a treaty was overdue.",
		"Kenya: in favour of a treaty.",
	} {
		if got, _ := g.voteList(p); got != nil {
			t.Errorf("voteList(%q) = %v", p, got)
		}
	}
}
