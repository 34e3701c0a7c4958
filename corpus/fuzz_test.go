package corpus

import (
	"context"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// FuzzLoad feeds arbitrary bytes to the corpus parser: it must never
// panic, and every statement it keeps must be valid UTF-8 with a holder.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("Peru stresses the need to make a\ndistinction between things.\n"))
	f.Add([]byte("In any case, Peru\nhighlights rights.[\n1] The ROK agrees with the EU’s view.\n"))
	f.Add([]byte("\xef\xbb\xbfCuba\r\nsays 1\r\nst things.\r\n"))
	f.Add([]byte{0xff, 0xfe, 0x00, 'a'})
	g := DefaultGazetteer()
	lex := DefaultLexicon()
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Load(context.Background(), fstest.MapFS{"f.txt": {Data: data}}, Options{Gazetteer: g, Lexicon: lex})
		if err != nil {
			return
		}
		for _, s := range c.Statements {
			if !utf8.ValidString(s.Text) || s.Country == "" || len(s.Sources) != 1 {
				t.Fatalf("bad statement %+v", s)
			}
		}
	})
}
