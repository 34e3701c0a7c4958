package corpus

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Date
		bad  bool
	}{
		{in: "2021", want: Date{Year: 2021}},
		{in: "2021-03", want: Date{2021, 3, 0}},
		{in: " 2021-03-04 ", want: Date{2021, 3, 4}},
		{in: "2020-02-29", want: Date{2020, 2, 29}},
		{in: "2021-02-29", bad: true},
		{in: "2021-13", bad: true},
		{in: "21", bad: true},
		{in: "March 2021", bad: true},
		{in: "2021/03/04", bad: true},
		{in: "04.03.2021", bad: true},
		{in: "-2021", bad: true},
		{in: "", bad: true},
	} {
		got, err := ParseDate(tc.in)
		if (err != nil) != tc.bad || got != tc.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, bad=%v", tc.in, got, err, tc.want, tc.bad)
		}
		if err == nil && got.String() != strings.TrimSpace(tc.in) {
			t.Errorf("ParseDate(%q).String() = %q", tc.in, got.String())
		}
	}
}

func TestDateOrder(t *testing.T) {
	y, m, d := Date{Year: 2021}, Date{2021, 1, 0}, Date{2021, 1, 1}
	if y.Compare(m) >= 0 || m.Compare(d) >= 0 || d.Compare(Date{2020, 12, 31}) <= 0 || y.Compare(y) != 0 {
		t.Fatal("Compare does not order by first day, coarser first")
	}
	if got := (Date{2024, 2, 0}).End().Format("2006-01-02"); got != "2024-02-29" {
		t.Fatalf("End of 2024-02 = %s", got)
	}
	if got := (Date{Year: 2019}).End().Format("2006-01-02"); got != "2019-12-31" {
		t.Fatalf("End of 2019 = %s", got)
	}
}

func TestParseSourcesTSV(t *testing.T) {
	known := func(id string) bool { return id == "a" || id == "b" || id == "sub/c" || id == "d" }
	tsv := "\ufeffid\ttitle\turl\tpublisher\tdate\tlanguage\r\n" +
		"# comment line\n" +
		"a\tStatement at the OEWG\thttps://example.org/a\tMinistry of Foreign Affairs\t2021-03-04\ten\n" +
		"\n" +
		"b\t\"Digital sovereignty\" and the Union\t\t\t2019\t\n" +
		"zz\tNo such file\t\t\t\t\n" +
		"sub/c\tBad date\t\tX\t04/03/2021\tfr\n" +
		"d\tBad URL\tjavascript:alert(1)\t\t2020-07\t\n" +
		"a\tDuplicate\t\t\t\t\n" +
		"b\ttoo\tmany\tfields\there\tand\tmore\n" +
		"\tno id\t\t\t\t\n"
	got, warns := ParseSourcesTSV([]byte(tsv), "sources.tsv", known)
	want := map[string]Source{
		"a":     {ID: "a", Title: "Statement at the OEWG", URL: "https://example.org/a", Publisher: "Ministry of Foreign Affairs", Date: Date{2021, 3, 4}, Language: "en"},
		"b":     {ID: "b", Title: `"Digital sovereignty" and the Union`, Date: Date{Year: 2019}},
		"sub/c": {ID: "sub/c", Title: "Bad date", Publisher: "X", Language: "fr"},
		"d":     {ID: "d", Title: "Bad URL", Date: Date{2020, 7, 0}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sources %+v, want %d", len(got), got, len(want))
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("source %s = %+v, want %+v", id, got[id], w)
		}
	}
	wantWarn := []string{
		`sources.tsv: line 6: unknown source ID "zz"`,
		`sources.tsv: line 7: source sub/c: date "04/03/2021" is not YYYY, YYYY-MM or YYYY-MM-DD`,
		`sources.tsv: line 8: source d: URL "javascript:alert(1)" is not an absolute http(s) URL`,
		`sources.tsv: line 9: source ID "a" already described on line 3`,
		`sources.tsv: line 10: 7 fields, the header has 6`,
		`sources.tsv: line 11: no source ID`,
	}
	if len(warns) != len(wantWarn) {
		t.Fatalf("warnings:\n%v\nwant %d", warns, len(wantWarn))
	}
	for i, w := range wantWarn {
		if !strings.HasPrefix(warns[i].String(), w) {
			t.Errorf("warning %d = %q, want prefix %q", i, warns[i], w)
		}
	}
}

func TestParseSourcesTSVHeaders(t *testing.T) {
	known := func(string) bool { return true }
	for _, tc := range []struct {
		name, tsv string
		want      map[string]Source
		warns     []string
	}{
		{name: "columns in any order, missing ones empty",
			tsv:  "date\tid\n2022-01\tx\n",
			want: map[string]Source{"x": {ID: "x", Date: Date{2022, 1, 0}}}},
		{name: "short lines leave the rest empty",
			tsv:  "id\ttitle\tpublisher\nx\tT\n",
			want: map[string]Source{"x": {ID: "x", Title: "T"}}},
		{name: "no id column",
			tsv:   "title\turl\nT\thttps://e.org\n",
			want:  map[string]Source{},
			warns: []string{"sources.tsv: line 1: the header has no id column"}},
		{name: "unknown column",
			tsv:   "id\tauthor\nx\tSomeone\n",
			want:  map[string]Source{"x": {ID: "x"}},
			warns: []string{`sources.tsv: line 1: unknown column "author" ignored`}},
		{name: "header only", tsv: "id\ttitle\turl\tpublisher\tdate\tlanguage\n", want: map[string]Source{}},
		{name: "empty", tsv: "", want: map[string]Source{}},
		{name: "control characters",
			tsv:   "id\ttitle\nx\tbell\a\n",
			want:  map[string]Source{"x": {ID: "x"}},
			warns: []string{"sources.tsv: line 2: column title is not valid UTF-8 text"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, warns := ParseSourcesTSV([]byte(tc.tsv), "sources.tsv", known)
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
			for id, w := range tc.want {
				if got[id] != w {
					t.Errorf("%s = %+v, want %+v", id, got[id], w)
				}
			}
			if len(warns) != len(tc.warns) {
				t.Fatalf("warnings %v, want %v", warns, tc.warns)
			}
			for i, w := range tc.warns {
				if !strings.HasPrefix(warns[i].String(), w) {
					t.Errorf("warning %q, want prefix %q", warns[i], w)
				}
			}
		})
	}
}

// A title that starts with a quotation mark is text: TSV has no quoting
// (the reason the parser is not encoding/csv).
func TestParseSourcesTSVQuotesAreText(t *testing.T) {
	got, warns := ParseSourcesTSV([]byte("id\ttitle\tpublisher\nx\t\"Cyber\" norms, \"revisited\tA \"B\" C\n"), "s.tsv", func(string) bool { return true })
	if len(warns) != 0 || got["x"].Title != `"Cyber" norms, "revisited` || got["x"].Publisher != `A "B" C` {
		t.Fatalf("got %+v, %v", got, warns)
	}
}

func TestSplitFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		name, in, body string
		want           *Source
		warns          []string
	}{
		{name: "none", in: "Peru says things.\n", body: "Peru says things.\n"},
		{name: "full",
			in:   "---\ntitle: \"Statement: OEWG, 2nd session\"\nurl: https://example.org/x?y=1\npublisher: Mission of Chile\ndate: 2021-03\nlanguage: es\n---\nChile says things.\n",
			body: "Chile says things.\n",
			want: &Source{Title: "Statement: OEWG, 2nd session", URL: "https://example.org/x?y=1", Publisher: "Mission of Chile", Date: Date{2021, 3, 0}, Language: "es"}},
		{name: "date as a YAML timestamp and a year as a number, closing dots",
			in:   "---\ndate: 2019-11-05\n...\nBody.\n",
			body: "Body.\n",
			want: &Source{Date: Date{2019, 11, 5}}},
		{name: "empty block", in: "---\n---\nBody.\n", body: "Body.\n", want: &Source{}},
		{name: "bad values and unknown keys",
			in:   "---\ntitle: T\ndate: last spring\nurl: /relative\nauthor: X\nid: other\ntitle: again\n---\nBody.\n",
			body: "Body.\n",
			want: &Source{Title: "T"},
			warns: []string{
				`line 3: front matter: date "last spring"`,
				`line 4: front matter: URL "/relative"`,
				`line 5: front matter: unknown key "author"`,
				`line 6: front matter: id:`,
				`line 7: front matter: title: repeated`,
			}},
		{name: "not closed", in: "---\ntitle: T\nPeru says things.\n", body: "---\ntitle: T\nPeru says things.\n",
			warns: []string{"line 1: front matter"}},
		{name: "not YAML", in: "---\ntitle: [unclosed\n---\nBody.\n", body: "Body.\n",
			warns: []string{"front matter is not valid YAML"}},
		{name: "a list is not metadata", in: "---\n- a\n- b\n---\nBody.\n", body: "Body.\n",
			warns: []string{"line 2: front matter: want key: value lines"}},
		{name: "nested value", in: "---\ntitle:\n  en: T\n---\nBody.\n", body: "Body.\n", want: &Source{},
			warns: []string{"line 3: front matter: title: want a single value"}},
		{name: "a rule later in the text is not front matter", in: "Peru says.\n---\ntitle: x\n---\n", body: "Peru says.\n---\ntitle: x\n---\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body, meta, warns := splitFrontMatter([]byte(tc.in))
			if string(body) != tc.body {
				t.Errorf("body %q, want %q", body, tc.body)
			}
			if (meta == nil) != (tc.want == nil) || (meta != nil && *meta != *tc.want) {
				t.Errorf("meta %+v, want %+v", meta, tc.want)
			}
			if len(warns) != len(tc.warns) {
				t.Fatalf("warnings %q, want %q", warns, tc.warns)
			}
			for i, w := range tc.warns {
				if !strings.HasPrefix(warns[i], w) {
					t.Errorf("warning %q, want prefix %q", warns[i], w)
				}
			}
		})
	}
}

// Aliases are refused before anything is expanded: a billion-laughs block
// yields warnings, not memory.
func TestFrontMatterRefusesAliases(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n")
	for i := 'b'; i <= 'i'; i++ {
		prev := string(i - 1)
		b.WriteString(string(i) + ": &" + string(i) + " [*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + "]\n")
	}
	b.WriteString("title: *i\n---\nBody.\n")
	body, meta, warns := splitFrontMatter([]byte(b.String()))
	if string(body) != "Body.\n" || meta == nil || meta.Title != "" || len(warns) == 0 {
		t.Fatalf("body %q meta %+v warns %v", body, meta, warns)
	}
	for _, w := range warns {
		if !strings.Contains(w, "anchors, aliases") {
			t.Fatalf("warning %q does not name aliases", w)
		}
	}
}

func TestLoadCitations(t *testing.T) {
	peru := "Peru stresses that attribution of cyber operations remains a sovereign prerogative of each state.\n"
	chile := "Chile holds that international law applies in full to the conduct of states in cyberspace.\n"
	fsys := fstest.MapFS{
		"old.txt": {Data: []byte(peru)},
		"new.txt": {Data: []byte("---\ntitle: Front-matter title\npublisher: Front Publisher\ndate: 2023-05\n---\n" + peru + chile)},
		"mid.txt": {Data: []byte(peru)},
		"sources.tsv": {Data: []byte("id\ttitle\turl\tpublisher\tdate\tlanguage\n" +
			"old\tOld page\thttps://example.org/old\tAtlas\t2019\ten\n" +
			"mid\tMiddle page\t\tAtlas\t2021-06-30\ten\n" +
			"new\tTSV title\t\t\t\ten\n" +
			"gone\tA file that is not there\t\t\t\t\n")},
	}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var p, ch *Statement
	for i := range c.Len() {
		s := new(c.Statement(i))
		if strings.Contains(s.Text, "---") || strings.Contains(s.Text, "Front") {
			t.Fatalf("front matter became a statement: %q", s.Text)
		}
		switch s.Country {
		case "Peru":
			p = s
		case "Chile":
			ch = s
		}
	}
	if p == nil || ch == nil {
		t.Fatalf("statements %+v", statements(c))
	}
	var ids []string
	for _, s := range c.Citations(p) {
		ids = append(ids, s.ID+"@"+s.Date.String())
	}
	if got := strings.Join(ids, " "); got != "new@2023-05 mid@2021-06-30 old@2019" {
		t.Errorf("citations newest first = %s", got)
	}
	if p.Date != (Date{Year: 2019}) {
		t.Errorf("statement date %v, want the earliest source's 2019", p.Date)
	}
	if s := c.Source("new"); s.Title != "TSV title" || s.Publisher != "Front Publisher" || s.Language != "en" {
		t.Errorf("sources.tsv should win over front matter field by field: %+v", s)
	}
	if ch.Date != (Date{2023, 5, 0}) || len(c.Citations(ch)) != 1 {
		t.Errorf("Chile %+v", ch)
	}
	if c.Source("nofile") != (Source{ID: "nofile"}) {
		t.Error("an unknown source should have its ID alone")
	}
	found := false
	for _, w := range c.Warnings {
		if w.File == "sources.tsv" && strings.HasPrefix(w.Msg, `line 5: unknown source ID "gone"`) {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning for the unknown ID: %v", c.Warnings)
	}
	if !c.HasDates() {
		t.Error("HasDates false")
	}

	// Editing sources.tsv alone makes a new version; without it the
	// statements cite their IDs alone.
	v := c.Version
	fsys["sources.tsv"] = &fstest.MapFile{Data: []byte("id\tdate\nold\t2018\n")}
	c2, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c2.Version == v {
		t.Error("editing sources.tsv did not change the version")
	}
	delete(fsys, "sources.tsv")
	delete(fsys, "new.txt")
	c3, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c3.HasDates() || c3.Citations(new(c3.Statement(0)))[0] != (Source{ID: "mid"}) {
		t.Errorf("without metadata: %+v", c3.Citations(new(c3.Statement(0))))
	}
	// A nil corpus (a statement made outside Load) cites the IDs alone.
	if got := (*Corpus)(nil).Citations(&Statement{Sources: []string{"b", "a"}}); len(got) != 2 || got[0] != (Source{ID: "a"}) || got[1] != (Source{ID: "b"}) {
		t.Errorf("nil corpus: %+v", got)
	}
	if got := c3.Citations(&Statement{}); got != nil {
		t.Errorf("no sources: %+v", got)
	}
}
