package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/stancebot/stancebot/changes"
	"github.com/stancebot/stancebot/store"
)

// BenchmarkRecordCorpus records a 50,000-statement version in SQLite, as
// serve does once per new corpus version.
func BenchmarkRecordCorpus(b *testing.B) {
	s, err := store.Open(filepath.Join(b.TempDir(), "stancebot.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	stmts := make([]changes.Statement, 50_000)
	for i := range stmts {
		stmts[i] = changes.Statement{Key: fmt.Sprintf("%016x", i), Country: "Country", Opening: "An opening of forty characters or so ..",
			Text: fmt.Sprintf("Statement %d with about two hundred characters of text, which is what a paragraph of a country profile holds on average in the corpora we see in practice, give or take.", i), Sources: []string{"a/b", "c"}}
	}
	b.ResetTimer()
	for i := range b.N {
		if _, _, err := s.RecordCorpus(context.Background(), fmt.Sprint("v", i), stmts, time.Now()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDiff(b *testing.B) {
	before := make([]changes.Statement, 50_000)
	for i := range before {
		before[i] = changes.Statement{Key: fmt.Sprintf("%016x", i), Country: fmt.Sprint("C", i%190), Opening: fmt.Sprint("o", i)}
	}
	after := append([]changes.Statement(nil), before[500:]...)
	for i := range 500 {
		after = append(after, changes.Statement{Key: fmt.Sprintf("n%015x", i), Country: fmt.Sprint("C", i%190), Opening: fmt.Sprint("o", i)})
	}
	b.ResetTimer()
	for range b.N {
		changes.Diff("a", "b", before, after, time.Time{})
	}
}
