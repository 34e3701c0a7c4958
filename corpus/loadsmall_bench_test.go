package corpus

import (
	"context"
	"testing"
	"testing/fstest"
)

// BenchmarkLoadSmallPage is the fixed cost of a load: a hot reload of a
// few pages, each test's corpus, each FuzzLoad input. A forced collection
// in every load once made it 14 times what it was (see collectFrom).
func BenchmarkLoadSmallPage(b *testing.B) {
	g, lex := DefaultGazetteer(), DefaultLexicon()
	fsys := fstest.MapFS{"f.txt": {Data: []byte("Peru stresses the need to make a\ndistinction between things.\nIn any case, Peru\nhighlights rights.\n")}}
	for b.Loop() {
		if _, err := Load(context.Background(), fsys, Options{Gazetteer: g, Lexicon: lex}); err != nil {
			b.Fatal(err)
		}
	}
}
