package corpus

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// TestCitationsOrderedFastPath holds Citations, which skips the sort when
// a statement's sources are undated and in ID order, to sorting always:
// on every statement of the seeds, and on source lists with and without
// dates, shuffled, with repeated IDs and dates, against metadata with and
// without a corpus.
func TestCitationsOrderedFastPath(t *testing.T) {
	ref := func(c *Corpus, st *Statement) []Source {
		if len(st.Sources) == 0 {
			return nil
		}
		list := make([]Source, len(st.Sources))
		for k, id := range st.Sources {
			if c == nil {
				list[k] = Source{ID: id}
				continue
			}
			list[k] = c.Source(id)
		}
		slices.SortStableFunc(list, newestFirst)
		return list
	}
	seeds := seedCorpus(t)
	for i := range seeds.Len() {
		st := new(seeds.Statement(i))
		if got, want := seeds.Citations(st), ref(seeds, st); !reflect.DeepEqual(got, want) {
			t.Fatalf("seed statement %d: %+v, want %+v", i, got, want)
		}
	}
	r := rand.New(rand.NewPCG(3, 5))
	ids := []string{"a", "b", "b", "c", "d/e", "d/f", "g", "h"}
	c := &Corpus{meta: map[string]Source{}}
	dates := []Date{{}, {Year: 2021}, {Year: 2021, Month: 3}, {Year: 2019, Month: 12, Day: 1}}
	sorted, shuffled := 0, 0
	for trial := 0; trial < 2000; trial++ {
		clear(c.meta)
		for _, id := range ids {
			if r.IntN(3) > 0 && trial%2 == 0 {
				c.meta[id] = Source{ID: id, Title: "t " + id, Date: dates[r.IntN(len(dates))]}
			}
		}
		st := &Statement{Sources: slices.Clone(ids[:1+r.IntN(len(ids))])}
		if trial%3 == 0 {
			r.Shuffle(len(st.Sources), func(i, j int) { st.Sources[i], st.Sources[j] = st.Sources[j], st.Sources[i] })
		}
		if slices.IsSorted(st.Sources) {
			sorted++
		} else {
			shuffled++
		}
		for _, cc := range []*Corpus{c, nil} {
			if got, want := cc.Citations(st), ref(cc, st); !reflect.DeepEqual(got, want) {
				t.Fatalf("sources %v, meta %+v: %+v, want %+v", st.Sources, c.meta, got, want)
			}
		}
	}
	if sorted == 0 || shuffled == 0 {
		t.Fatalf("%d sorted and %d shuffled source lists: both kinds must be tried", sorted, shuffled)
	}
}
