package corpus

import (
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// sourceIDs gives every used file its source ID (the name without its
// extension, directories kept), in file order, all in one string, and
// each used file its index among them.
func TestSourceIDs(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		used  []bool
		want  []string // by file, "" for a file not used
	}{
		{"none", nil, nil, []string{}},
		{"none used", []string{"a.txt", "b.txt"}, []bool{false, false}, []string{"", ""}},
		{"some used", []string{"peru.txt", "2024/compare-7.txt", "notes.v2.txt", "chile.txt"},
			[]bool{true, true, true, false}, []string{"peru", "2024/compare-7", "notes.v2", ""}},
		{"some used, not the first", []string{"a.txt", "b.txt", "c.txt"}, []bool{false, true, true}, []string{"", "b", "c"}},
		{"used shorter than names", []string{"a.txt", "b.txt"}, []bool{true}, []string{"a", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids := sourceIDs(namesOf(tt.names...), tt.used)
			if len(ids.of) != len(tt.names) {
				t.Fatalf("%d files indexed, want %d", len(ids.of), len(tt.names))
			}
			var want []string
			for f, id := range tt.want {
				if id == "" {
					continue
				}
				want = append(want, id)
				if got := ids.names[ids.of[f]]; got != id {
					t.Fatalf("file %d: ID %q, want %q", f, got, id)
				}
			}
			if !slices.Equal(ids.names, want) || cap(ids.names) != len(ids.names) {
				t.Fatalf("names %q (cap %d), want %q", ids.names, cap(ids.names), want)
			}
			var prev string
			for _, id := range ids.names {
				// Each ID follows the previous one in the same string.
				if prev != "" && uintptr(unsafe.Pointer(unsafe.StringData(id))) != uintptr(unsafe.Pointer(unsafe.StringData(prev)))+uintptr(len(prev)) {
					t.Fatalf("%q does not follow %q in one string", id, prev)
				}
				prev = id
			}
		})
	}
}

// A statement's record stays 40 bytes (see stmtRec).
func TestStmtRecSize(t *testing.T) {
	if n := unsafe.Sizeof(stmtRec{}); n != 40 {
		t.Errorf("stmtRec is %d bytes, want 40", n)
	}
}

// Keys of every length, the empty one included, and source lists come
// back from the store as they went in.
func TestStoreKeysAndSources(t *testing.T) {
	long := strings.Repeat("k", 200) // a two-byte length
	stmts := []Statement{
		{Country: "Peru", Text: "Peru supports norms.", Key: "0123456789abcdef", Sources: []string{"a", "b"}},
		{Country: "Chile", Text: "Chile supports norms.", Key: "", Sources: nil},
		{Country: "Peru", Text: "Peru also supports CBMs.", Key: long, Sources: []string{"a", "b"}},
		{Country: "Fiji", Text: "Fiji stresses capacity.", Key: "x", Sources: []string{"c"}},
	}
	s := addStatements(stmts)
	for i, want := range stmts {
		got := s.statement(i)
		if got.Key != want.Key || got.Text != want.Text || got.Country != want.Country || !slices.Equal(got.Sources, want.Sources) {
			t.Errorf("statement %d = %q %q %q %q, want %q %q %q %q", i, got.Key, got.Text, got.Country, got.Sources, want.Key, want.Text, want.Country, want.Sources)
		}
		if s.key(i) != want.Key {
			t.Errorf("key(%d) = %q, want %q", i, s.key(i), want.Key)
		}
	}
	if s.recs[0].src != s.recs[2].src {
		t.Error("two statements with the same sources do not share the list")
	}
	if a, b := s.statement(0).Sources, s.statement(2).Sources; &a[0] == &b[0] || unsafe.StringData(a[0]) != unsafe.StringData(b[0]) {
		t.Error("the statements' source lists are not each its own, of the same ID strings")
	}
}
