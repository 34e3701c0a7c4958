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
		for _, s := range c.Statements() {
			if !utf8.ValidString(s.Text) || s.Country == "" || len(s.Sources) != 1 {
				t.Fatalf("bad statement %+v", s)
			}
		}
	})
}

// FuzzSourceMetadata feeds arbitrary bytes to both metadata parsers
// (sources.tsv and front matter): they must never panic, and whatever they
// keep must be valid — known IDs, dates that print back, followable URLs.
func FuzzSourceMetadata(f *testing.F) {
	f.Add([]byte("id\ttitle\turl\tpublisher\tdate\tlanguage\na\tT\thttps://e.org/a\tP\t2021-03\ten\n"))
	f.Add([]byte("date\tid\n2021-02-29\ta\n\"q\ttitle\n"))
	f.Add([]byte("---\ntitle: T\ndate: 2020\nurl: http://x.y/z\n---\nPeru says.\n"))
	f.Add([]byte("---\na: &a [x, x]\nb: *a\n---\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		known := func(id string) bool { return id == "a" || id == "b" }
		got, _ := ParseSourcesTSV(data, "sources.tsv", known)
		for id, s := range got {
			checkSource(t, s)
			if id != s.ID || !known(id) {
				t.Fatalf("kept unknown source %q", id)
			}
		}
		body, meta, _ := splitFrontMatter(data)
		if len(body) > len(data) {
			t.Fatalf("body grew")
		}
		if meta != nil {
			checkSource(t, *meta)
		}
	})
}

func checkSource(t *testing.T, s Source) {
	t.Helper()
	if !s.Date.IsZero() {
		if d, err := ParseDate(s.Date.String()); err != nil || d != s.Date {
			t.Fatalf("date %v does not round-trip: %v", s.Date, err)
		}
	}
	if s.URL != "" && checkURL(s.URL) != nil {
		t.Fatalf("kept bad URL %q", s.URL)
	}
	for _, f := range []string{s.Title, s.Publisher, s.Language, s.URL} {
		if !validText(f) {
			t.Fatalf("kept invalid text %q", f)
		}
	}
}
