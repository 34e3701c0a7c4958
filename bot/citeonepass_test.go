package bot

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stancebot/stancebot/corpus"
)

// TestCitationsOnePass holds citations, which builds an answer's
// citations in one pass when its sources are undated and in ID order, to
// citationsSorted (corpus.Citations, which sorts), on every statement of
// the seeds (titled, undated), of the unseen corpus (no metadata) and of
// a corpus whose paragraphs repeat across files with dated, undated and
// partly dated sources, and with no corpus at all.
func TestCitationsOnePass(t *testing.T) {
	fsys := fstest.MapFS{}
	var tsv strings.Builder
	tsv.WriteString("id\ttitle\turl\tpublisher\tdate\tlanguage\n")
	paras := []string{
		"Peru has argued that attribution is a sovereign decision of each state.",
		"Kenya has stressed capacity building for developing states in cyberspace.",
		"Japan supports the application of international law to cyber operations.",
	}
	for i := 0; i < 12; i++ {
		id := fmt.Sprintf("f%02d", (i*7)%12)
		var b strings.Builder
		for k, p := range paras {
			if (i+k)%3 != 0 {
				b.WriteString(p + "\n\n")
			}
		}
		fsys[id+".txt"] = &fstest.MapFile{Data: []byte(b.String())}
		switch i % 4 {
		case 0:
			fmt.Fprintf(&tsv, "%s\tReport %d\thttps://example.org/%d\tMinistry\t20%02d-0%d\ten\n", id, i, i, 10+i, 1+i%9)
		case 1:
			fmt.Fprintf(&tsv, "%s\tNote %d\t\t\t\ten\n", id, i)
		case 2:
			fmt.Fprintf(&tsv, "%s\tPaper %d\t\tInstitute\t2019\ten\n", id, i)
		}
	}
	fsys["sources.tsv"] = &fstest.MapFile{Data: []byte(tsv.String())}
	dated := fsCorpus(t, fsys)
	onePass, sorted := 0, 0
	for name, c := range map[string]*corpus.Corpus{"seeds": seedBot(t).Corpus(), "unseen": dirBot(t, "../testdata/unseen").Corpus(), "dated": dated} {
		for i := range c.Len() {
			st := new(c.Statement(i))
			for _, cc := range []*corpus.Corpus{c, nil} {
				got, want := citations(cc, st), citationsSorted(cc, st)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s statement %d (sources %v): %+v, sorted gives %+v", name, i, st.Sources, got, want)
				}
			}
			if reflect.DeepEqual(c.Citations(st), sourcesOf(c, st)) {
				onePass++
			} else {
				sorted++
			}
		}
	}
	if onePass == 0 || sorted == 0 {
		t.Fatalf("%d statements cited in source order, %d reordered: both paths must be tried", onePass, sorted)
	}
	// unseen has no source metadata (the path that cites each source by
	// its ID without a look-up); the seeds and dated have some.
	if dirBot(t, "../testdata/unseen").Corpus().HasSourceMeta() || !seedBot(t).Corpus().HasSourceMeta() || !dated.HasSourceMeta() {
		t.Fatal("the corpora no longer try both citation paths of sources in order: with and without metadata")
	}
}

// sourcesOf is a statement's source metadata in its own order.
func sourcesOf(c *corpus.Corpus, st *corpus.Statement) []corpus.Source {
	var out []corpus.Source
	for _, id := range st.Sources {
		out = append(out, c.Source(id))
	}
	return out
}
