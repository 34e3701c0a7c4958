package corpus

import "testing"

// TestWeJointOpening: "We, the Foreign Ministers of A, B and C, …" is a
// joint statement of A, B and C, whose next paragraphs stay theirs
// whoever they condemn; an opening naming one country, or none, is no
// joint statement.
func TestWeJointOpening(t *testing.T) {
	page := "Statement\n\nWe, the Foreign Ministers of Argentina, Brazil and Chile, are deeply concerned by the increase in ransomware attacks.\n\n" +
		"We condemn the malicious cyber activities of the Russian Federation. Russia must cease these activities immediately.\n"
	var want []held
	for _, p := range []string{"We, the", "We condemn"} {
		for _, c := range []string{"Argentina", "Brazil", "Chile"} {
			want = append(want, held{c, p})
		}
	}
	checkHeld(t, page, want)
	g := DefaultGazetteer()
	for _, p := range []string{
		"We, the Government of Kenya, are concerned by ransomware.",
		"We, the undersigned organisations, call on States to act.",
		"We, the people of the United Nations, are determined.",
	} {
		if got, _ := g.weJoint(p); got != nil {
			t.Errorf("weJoint(%q) = %v", p, got)
		}
	}
	if got, _ := g.weJoint("Nous, les ministres des Affaires étrangères du Sénégal, du Mali et du Niger, sommes préoccupés par les rançongiciels."); len(got) != 3 {
		t.Errorf("French opening read as %v", got)
	}
}

// TestFirstPersonGoesOn: a paragraph opening in the first person goes on
// with the paragraph before's speaker whatever country it names as acting
// later, and with no speaker before, a country it only answers is not it.
func TestFirstPersonGoesOn(t *testing.T) {
	checkHeld(t, "Kenya supports the Programme of Action and a fund for capacity building.\n\n"+
		"We condemn the malicious cyber activities of the Russian Federation. Russia must cease these activities immediately.\n",
		[]held{{"Kenya", "Kenya supports"}, {"Kenya", "We condemn"}})
}

// TestWeJointChapeau: a communiqué whose title block is its chapeau ("We,
// the Heads of State and Government of A, B and C, meeting in …:") is A's,
// B's and C's, point by point, and its closing "Done at …" is procedure.
func TestWeJointChapeau(t *testing.T) {
	page := "FINAL COMMUNIQUÉ\n\nWe, the Heads of State and Government of the Republic of Burundi, the Republic of Rwanda and the Republic of South Sudan, meeting in Gitega on 28 February 2026:\n\n" +
		"1. Decide to establish a joint cyber incident coordination centre, to be hosted on a rotating basis;\n\nDone at Gitega, 28 February 2026.\n"
	checkHeld(t, page, []held{{"Burundi", "Decide"}, {"Rwanda", "Decide"}, {"South Sudan", "Decide"}})
}
