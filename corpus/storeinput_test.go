package corpus

import (
	"slices"
	"testing"
)

// Equal mention lists are kept once per load, and a kept list has no
// room to append into (an append to one analysis's list must never show
// in another's).
func TestMentionListsIntern(t *testing.T) {
	var ml mentionLists
	cases := []struct {
		in   []string
		same int // index of an earlier case whose kept list must be returned; -1: none
	}{
		{nil, -1},
		{[]string{"Ghana"}, -1},
		{append(make([]string, 0, 4), "Ghana"), 1},
		{[]string{"Ghana", "Togo"}, -1},
		{[]string{"Togo", "Ghana"}, -1}, // order is the list's: the first is the first named
		{[]string{"Ghana", "Togo"}, 3},
		{[]string{"GhanaTogo"}, -1}, // names are delimited, not run together
		{[]string{"Côte d'Ivoire"}, -1},
	}
	kept := make([][]string, len(cases))
	for i, c := range cases {
		in := slices.Clone(c.in)
		var got []string
		if l := ml.intern(&in); l != nil {
			got = *l
		} else if len(c.in) > 0 {
			t.Fatalf("case %d: intern(%q) = nil", i, c.in)
		}
		kept[i] = got
		if !slices.Equal(got, c.in) || (got == nil) != (len(c.in) == 0) {
			t.Fatalf("case %d: intern(%q) = %q", i, c.in, got)
		}
		if cap(got) != len(got) {
			t.Errorf("case %d: kept list has cap %d for %d names", i, cap(got), len(got))
		}
		if c.same >= 0 && &got[0] != &kept[c.same][0] {
			t.Errorf("case %d: %q not shared with case %d's list", i, c.in, c.same)
		}
		for j := range i {
			if c.same != j && len(got) > 0 && len(kept[j]) > 0 && &got[0] == &kept[j][0] {
				t.Errorf("case %d: %q shares case %d's list %q", i, c.in, j, kept[j])
			}
		}
	}
}
