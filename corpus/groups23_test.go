package corpus

import (
	"context"
	"testing"
)

// TestGroups23Corpus checks that every paragraph of testdata/groups23 (a
// Visegrad Group joint statement whose title lists its members, two
// statements delivered on behalf of a group's member States the page does
// not list, a press release on a programme for a partner country; see its
// -expected.tsv, written before the loader was run on it) is held by the
// countries the expected file gives, and nothing else is a statement.
func TestGroups23Corpus(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/groups23", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkExpectedCorpus(t, c, "../testdata/groups23-expected.tsv", groups23Leftovers)
}

// groups23Leftovers are the rows of groups23-expected.tsv still read
// wrong, each with why (see pages2Leftovers).
var groups23Leftovers = map[string]string{}

// TestNameInsideList: a country inside a list of countries ("the Czech
// Republic, Hungary, the Republic of Poland and the Slovak Republic,
// meeting in …") is no sentence's subject, though the rest of the list
// reads as an insertion before a participle: Hungary held a Visegrad
// Group statement whole (groups23's 9h0). A country after a fronted place,
// or before a real insertion, still is.
func TestNameInsideList(t *testing.T) {
	const lead = "Kenya supports the Programme of Action and a fund for capacity building.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		// Several States' officials as the subject, with no verb of
		// saying right after them, are the reporter's account: nobody's,
		// where the block before kept them (Kenya holding the Visegrad
		// ministers' act: asked25's several-officials lead).
		{"The Ministers of Foreign Affairs of the Czech Republic, Hungary, the Republic of Poland and the Slovak Republic, meeting in Bratislava, adopted the following statement.", ""},
		{"Officials of Ghana, Togo, the Gambia and Benin, meeting in Lomé, agreed on a joint exercise on ransomware.", ""},
		{"Experts from Peru, Chile and the Plurinational State of Bolivia, gathered in Lima, compared their incident reporting rules.", "Kenya"},
		// Neighbours: one country and a verb after the insertion.
		{"In Brazil, Chile argued that the norms must be implemented before new ones are written.", "Chile"},
		{"Hungary, for its part, argued that sanctions need proof beyond reasonable doubt.", "Hungary"},
		{"Hungary, the current chair of the group, said that the group will meet again in May.", "Hungary"},
	})
}

// TestDemonymCoordinatedAfterPreposition: a demonym coordinated with
// another name after a preposition ("a seminar for Central Asian and
// Mongolian officials") is what the sentence speaks of, not its speaker:
// Mongolia held Japan's announcement (groups23's 9h2). A demonym right
// after the preposition was already read so; one opening the sentence
// still speaks.
func TestDemonymCoordinatedAfterPreposition(t *testing.T) {
	const lead = "Japan will provide a three-year programme of cyber security capacity building.\n\n"
	checkHeldAfterLead(t, lead, []heldRow{
		{"The State Minister also announced that Japan will host a seminar for Central Asian and Mongolian officials in 2027.", "Japan"},
		{"The Minister also announced a seminar for Central Asian and Mongolian officials on industrial control systems.", "Japan"},
		{"The Minister also offered fellowships to Kazakh and Kyrgyz officials on incident response.", "Japan"},
		{"The Minister also offered fellowships to Mongolian officials on incident response.", "Japan"},
		// Neighbour: the demonym is the subject.
		{"The Mongolian minister said that the power grid is the first priority.", "Mongolia"},
	})
}
