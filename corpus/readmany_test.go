package corpus

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stancebot/stancebot/seeds"
)

// TestAppendStatementsMatchesStatement: AppendStatements gives, for any
// list of IDs (repeated, out of order, texts empty and long, one and
// many), what Statement gives for each, on a coded store and a plain one;
// and the texts it decoded together do not change when more are read.
func TestAppendStatementsMatchesStatement(t *testing.T) {
	long := strings.Repeat("the state recalls its position ", 40)
	texts := []string{
		"Peru supports the work of the OEWG.",
		"",
		"El Perú apoya la labor del GTCA, «sin reservas».",
		long,
		"a",
		"La France soutient l’application du droit international.",
		"\xff\xfe bad \xc3 bytes",
		strings.Repeat("x", 300) + " tail",
	}
	coded := codedStore(texts)
	plain := addStatements(func() []Statement {
		out := make([]Statement, len(texts))
		for i, x := range texts {
			out[i] = Statement{Text: x, Country: "Peru"}
		}
		return out
	}())
	idLists := [][]int{
		nil,
		{0},
		{1},
		{1, 1},
		{0, 1, 2, 3, 4, 5, 6, 7},
		{7, 6, 5, 4, 3, 2, 1, 0},
		{3, 3, 3, 0, 3},
		{4, 1, 4},
	}
	for name, s := range map[string]*stmtStore{"coded": &coded, "plain": &plain} {
		for _, ids := range idLists {
			prefix := []Statement{{ID: -1, Text: "kept"}}
			got := s.appendStatements(prefix, ids)
			if len(got) != 1+len(ids) || !reflect.DeepEqual(got[0], prefix[0]) {
				t.Fatalf("%s %v: the statements in dst were not kept: %+v", name, ids, got)
			}
			before := make([]string, len(ids))
			for k, id := range ids {
				want := s.statement(id)
				if !reflect.DeepEqual(got[1+k], want) {
					t.Errorf("%s %v: statement %d is\n  %+v\nStatement gives\n  %+v", name, ids, id, got[1+k], want)
				}
				before[k] = strings.Clone(got[1+k].Text)
			}
			_ = s.appendStatements(nil, []int{7, 3, 0, 6}) // more decoding must not touch them
			for k := range ids {
				if got[1+k].Text != before[k] {
					t.Errorf("%s %v: text %d changed after another read: %q, was %q", name, ids, k, got[1+k].Text, before[k])
				}
			}
		}
	}
}

// TestAppendStatementsCorpus: on a loaded corpus (coded), every statement
// read through AppendStatements in runs of three is the one Statement
// gives.
func TestAppendStatementsCorpus(t *testing.T) {
	c, err := Load(context.Background(), seeds.FS, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.stmts.codec == nil {
		t.Fatal("the loaded corpus's text is not coded: the shared decode goes untested")
	}
	for i := 0; i < c.Len(); i += 3 {
		ids := []int{i, (i + 1) % c.Len(), (i + 2) % c.Len()}
		for k, st := range c.AppendStatements(nil, ids...) {
			if want := c.Statement(ids[k]); !reflect.DeepEqual(st, want) {
				t.Fatalf("statement %d: AppendStatements\n  %+v\nStatement\n  %+v", ids[k], st, want)
			}
		}
	}
}

// TestHasSourceMeta: a corpus of plain text files has no source metadata;
// front matter or a sources.tsv gives it some.
func TestHasSourceMeta(t *testing.T) {
	para := "Chile supports the work of the Open-Ended Working Group on the security of ICTs.\n"
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want bool
	}{
		{"plain files", fstest.MapFS{"a.txt": {Data: []byte(para)}}, false},
		{"front matter", fstest.MapFS{"a.txt": {Data: []byte("---\ntitle: Statement of Chile\n---\n" + para)}}, true},
		{"sources.tsv", fstest.MapFS{"a.txt": {Data: []byte(para)}, "sources.tsv": {Data: []byte("id\ttitle\na\tStatement of Chile\n")}}, true},
	} {
		c, err := Load(context.Background(), tc.fsys, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := c.HasSourceMeta(); got != tc.want {
			t.Errorf("%s: HasSourceMeta = %v, want %v", tc.name, got, tc.want)
		}
		if !tc.want && c.Source("a") != (Source{ID: "a"}) {
			t.Errorf("%s: no metadata, yet Source(a) = %+v", tc.name, c.Source("a"))
		}
	}
}

// BenchmarkAppendStatements reads three statements as a stance answer
// does: one by one with Statement (a text allocation each), and together
// with AppendStatements (one allocation for the three texts).
func BenchmarkAppendStatements(b *testing.B) {
	c, err := Load(context.Background(), seeds.FS, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Statement", func(b *testing.B) {
		b.ReportAllocs()
		var buf [3]Statement
		i := 0
		for b.Loop() {
			for k := range buf {
				buf[k] = c.Statement((i + k*7) % c.Len())
			}
			i++
		}
	})
	b.Run("AppendStatements", func(b *testing.B) {
		b.ReportAllocs()
		var buf [3]Statement
		i := 0
		for b.Loop() {
			_ = c.AppendStatements(buf[:0], i%c.Len(), (i+7)%c.Len(), (i+14)%c.Len())
			i++
		}
	})
}

// TestAppendStatementsSources: the statements AppendStatements gives
// have the source lists Statement gives, though they share one
// allocation (see sourcesIn): each capped at its length, so that an
// append to one never writes into the next, and none changed by a
// later read.
func TestAppendStatementsSources(t *testing.T) {
	var stmts []Statement
	for i := range 9 {
		st := Statement{Country: "Peru", Text: fmt.Sprintf("Peru says %d.", i)}
		for k := range i % 4 { // 0 to 3 sources, shared by some statements
			st.Sources = append(st.Sources, fmt.Sprint("src", i%3, "-", k))
		}
		stmts = append(stmts, st)
	}
	plain := addStatements(stmts)
	coded := addStatements(stmts)
	coded.compress()
	for name, s := range map[string]*stmtStore{"coded": &coded, "plain": &plain} {
		for _, ids := range [][]int{{1, 2}, {0, 3, 3, 5}, {8, 7, 6, 5, 4, 3, 2, 1, 0}, {0, 4}, {3, 0, 7}} {
			got := s.appendStatements(nil, ids)
			before := make([][]string, len(ids))
			for k, id := range ids {
				if want := s.statement(id); !reflect.DeepEqual(got[k], want) {
					t.Fatalf("%s %v: statement %d is\n  %+v\nStatement gives\n  %+v", name, ids, id, got[k], want)
				}
				if src := got[k].Sources; cap(src) != len(src) {
					t.Fatalf("%s %v: statement %d's sources have room to append in place (cap %d, len %d)", name, ids, id, cap(src), len(src))
				}
				before[k] = slices.Clone(got[k].Sources)
			}
			for k := range ids {
				_ = append(got[k].Sources, "appended")
			}
			_ = s.appendStatements(nil, []int{3, 7, 2})
			for k, id := range ids {
				if !slices.Equal(got[k].Sources, before[k]) {
					t.Errorf("%s %v: statement %d's sources changed: %q, were %q", name, ids, id, got[k].Sources, before[k])
				}
			}
		}
	}
}
