package corpus

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/seeds"
)

// statements is every statement of c, in corpus order.
func statements(c *Corpus) []Statement {
	out := make([]Statement, 0, c.Len())
	for _, s := range c.Statements() {
		out = append(out, s)
	}
	return out
}

// TestStatementAccessors checks that Len, Statement and Statements agree,
// that IDs are positions, and that stopping the iteration early stops it.
func TestStatementAccessors(t *testing.T) {
	c := seedCorpus(t)
	n := 0
	for i, s := range c.Statements() {
		if i != n || s.ID != i {
			t.Fatalf("statement %d has ID %d, yielded as %d", n, s.ID, i)
		}
		if got := c.Statement(i); got.Text != s.Text || got.Key != s.Key || got.Country != s.Country || c.Holder(i) != s.Country {
			t.Fatalf("Statement(%d) = %+v, iteration gave %+v", i, got, s)
		}
		n++
	}
	if n != c.Len() || n == 0 {
		t.Fatalf("iterated %d statements, Len %d", n, c.Len())
	}
	seen := 0
	for range c.Statements() {
		if seen++; seen == 2 {
			break
		}
	}
	if seen != 2 {
		t.Fatalf("early stop: %d", seen)
	}
}

// TestFromStatements checks a corpus built from statements made by hand:
// IDs are positions, themes come from the text and holders are indexed.
func TestFromStatements(t *testing.T) {
	c := FromStatements([]Statement{
		{ID: 7, Country: "Peru", Text: "Peru supports capacity building for cybercrime investigations.", Key: "k1", Sources: []string{"a"}},
		{Country: "Chile", Text: "Chile calls for a binding treaty.", Key: "k2", Mentions: []string{"Peru"}},
	})
	if c.Len() != 2 || c.Version == "" {
		t.Fatalf("Len %d, version %q", c.Len(), c.Version)
	}
	if s := c.Statement(0); s.ID != 0 || s.Key != "k1" || len(s.Sources) != 1 || s.Sources[0] != "a" || len(s.Themes) == 0 {
		t.Errorf("statement 0 = %+v", s)
	}
	if ids := c.StatementsOf("Chile"); len(ids) != 1 || ids[0] != 1 {
		t.Errorf("Chile's statements %v", ids)
	}
	if ids := c.MentionedIn("Peru"); len(ids) != 1 || ids[0] != 1 {
		t.Errorf("statements naming Peru %v", ids)
	}
	if FromStatements(nil).Len() != 0 {
		t.Error("an empty corpus has statements")
	}
}

// TestStatementAllocates checks that reading a statement allocates its
// text (decoded: see textCodec) and its source list (built from indices:
// see stmtStore.srcNames) only, and Meta its source list only: they are
// on the question path, once per answer.
func TestStatementAllocates(t *testing.T) {
	c := seedCorpus(t)
	withSources := 0
	for i := range c.Len() {
		if len(c.stmts.sourceIdx(i)) > 0 {
			withSources++
		}
	}
	var n int
	allocs := testing.AllocsPerRun(100, func() {
		for i := range c.Len() {
			n += len(c.Statement(i).Text)
		}
	})
	if allocs != float64(c.Len()+withSources) || n == 0 || withSources == 0 {
		t.Fatalf("%v allocations reading %d statements (%d with sources)", allocs, c.Len(), withSources)
	}
	allocs = testing.AllocsPerRun(100, func() {
		for i := range c.Len() {
			st := c.Meta(i)
			n += len(st.Key) + len(st.Sources) + len(st.Text)
		}
	})
	if allocs != float64(withSources) {
		t.Fatalf("%v allocations reading %d statements' Meta (%d with sources)", allocs, c.Len(), withSources)
	}
	allocs = testing.AllocsPerRun(100, func() {
		for i := range c.Len() {
			n += len(c.Key(i))
		}
	})
	if allocs != 0 {
		t.Fatalf("%v allocations reading %d statements' keys", allocs, c.Len())
	}
}

// TestStoreRoundTrip stores statements with every kind of field, shared
// and not, and reads each back as it was given.
func TestStoreRoundTrip(t *testing.T) {
	long := strings.Repeat("Peru supports a binding treaty on cybercrime. ", maxChunk/40) // more than a chunk
	in := []Statement{
		{Country: "Peru", Text: "Peru supports capacity building.", Key: "0123456789abcdef", Sources: []string{"a", "b/c"},
			Mentions: []string{"Chile", "Peru"}, Attribution: Attribution{Method: MethodSubject, Evidence: "Peru supports", Confidence: ConfHigh},
			Date: Date{Year: 2021, Month: 3}},
		{Country: "Chile", Text: "", Key: ""},
		{Country: "Peru", Text: long, Key: "a key of any length, as FromStatements allows", Sources: []string{"a", "b/c"},
			Attribution: Attribution{Method: MethodSubject, Evidence: "Peru supports", Confidence: ConfHigh}},
		{Country: "Côte d'Ivoire", Text: "Il soutient le traité.", Key: "k", Sources: []string{"z"}, Mentions: []string{"Chile"},
			Attribution: Attribution{Method: MethodContinuation, Evidence: "Il", Confidence: ConfLow}, Date: Date{Year: 1999, Month: 12, Day: 31}},
	}
	for i := range 300 { // enough source lists to fill more than one block
		in = append(in, Statement{Country: "Chile", Text: fmt.Sprintf("Chile says %d.", i), Key: fmt.Sprint(i),
			Sources: []string{fmt.Sprint("s", i), fmt.Sprint("t", i)}, Date: Date{Year: 2000 + i%30}})
	}
	s := addStatements(in)
	if s.len() != len(in) {
		t.Fatalf("%d statements stored, want %d", s.len(), len(in))
	}
	for i, want := range in {
		got := s.statement(i)
		want.ID = i
		want.Mentions = slices.DeleteFunc(slices.Clone(want.Mentions), func(m string) bool { return m == want.Country })
		if len(want.Mentions) == 0 {
			want.Mentions = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("statement %d:\n got %.200v\nwant %.200v", i, got, want)
		}
		if got.Key != s.key(i) || got.Country != s.holder(i) || got.Attribution.Method != s.method(i) || !s.isSourceList(i, got.Sources) {
			t.Fatalf("statement %d: the hash's accessors disagree with the statement", i)
		}
	}
	if s.recs[0].src != s.recs[2].src || len(s.srcNames) != 3+600 {
		t.Errorf("equal source lists or IDs are stored twice: lists %d and %d, %d IDs", s.recs[0].src, s.recs[2].src, len(s.srcNames))
	}
	if src := s.statement(0).Sources; cap(src) != len(src) {
		t.Error("a source list can be appended to in place")
	}
	if len(s.holders) != 3 || len(s.attrs) != 3 {
		t.Errorf("%d holders, %d attributions stored: shared values are not interned", len(s.holders), len(s.attrs))
	}
}

// TestLoadTextInArena checks that a load keeps each statement's text and
// key in arenas rather than as strings of their own (keys apart from the
// text), and that texts are not copied there twice.
func TestLoadTextInArena(t *testing.T) {
	c, err := Load(context.Background(), seeds.FS, Options{plainText: true}) // as the load leaves it before coding
	if err != nil {
		t.Fatal(err)
	}
	spans := (&textArena{chunks: c.stmts.chunks}).spans()
	keys := (&textArena{chunks: c.stmts.keys}).spans()
	text, arena := 0, 0
	for _, st := range c.Statements() {
		text += len(st.Text)
		for _, s := range []string{st.Text, st.Attribution.Evidence} {
			if _, _, ok := locate(spans, s); s != "" && !ok {
				t.Fatalf("statement %d: %.40q is not in the arena", st.ID, s)
			}
		}
		if _, _, ok := locate(keys, st.Key); !ok {
			t.Fatalf("statement %d: key %q is not in the key arena", st.ID, st.Key)
		}
	}
	for _, ch := range c.stmts.chunks {
		arena += len(ch)
	}
	if arena > text*3/2 {
		t.Errorf("the arena holds %d bytes for %d bytes of statement text", arena, text)
	}
	// Coded, the text is smaller, and the evidence is out of the arena.
	c.stmts.compress()
	coded := 0
	for _, ch := range c.stmts.chunks {
		coded += len(ch)
	}
	if coded >= text {
		t.Errorf("the coded arena holds %d bytes for %d bytes of statement text", coded, text)
	}
}
