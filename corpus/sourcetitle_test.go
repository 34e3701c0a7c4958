package corpus

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSourcesTitleNamesHolder: a title or publisher in sources.tsv names
// the page's holder as front matter's does, so paragraphs before the page
// names a country are held (by "heading", medium confidence) instead of
// left out; sources.tsv wins over front matter; a title naming several
// countries, or none, names no holder.
func TestSourcesTitleNamesHolder(t *testing.T) {
	page := "Mr. Chair,\n\nWe believe the digital divide is itself a security risk.\n\nOn norms, we back the checklist.\n"
	tests := []struct {
		name    string
		sources string
		front   string
		want    string // holder of "We believe…"; "" when left out
	}{
		{"title", "id\ttitle\np\tStatement by Mongolia at the OEWG\n", "", "Mongolia"},
		{"publisher", "id\ttitle\tpublisher\np\tOEWG statement, July 2024\tPermanent Mission of Mongolia to the UN\n", "", "Mongolia"},
		{"sources.tsv wins over front matter", "id\ttitle\np\tStatement by Mongolia\n", "title: Statement by Bhutan\n", "Mongolia"},
		{"front matter alone, as before", "", "title: Statement by Bhutan\n", "Bhutan"},
		{"a title naming two countries names no holder", "id\ttitle\np\tMongolia and Bhutan compared\n", "", ""},
		{"a title naming none", "id\ttitle\np\tOEWG, second session\n", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := page
			if tt.front != "" {
				text = "---\n" + tt.front + "---\n" + page
			}
			fsys := fstest.MapFS{"p.txt": {Data: []byte(text)}, "q.txt": {Data: []byte("Nepal supports the PoA.\n")}}
			if tt.sources != "" {
				fsys[SourcesFile] = &fstest.MapFile{Data: []byte(tt.sources)}
			}
			c, err := Load(context.Background(), fsys, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, s := range c.Statements() {
				if strings.HasPrefix(s.Text, "We believe") {
					got = s.Country
					if s.Attribution.Method != MethodHeading || !strings.HasPrefix(s.Attribution.Evidence, "title: ") {
						t.Errorf("attribution %+v, want by the title", s.Attribution)
					}
				}
			}
			if got != tt.want {
				t.Errorf("holder %q, want %q", got, tt.want)
			}
		})
	}
}
