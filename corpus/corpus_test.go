package corpus

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/stancebot/stancebot/seeds"
)

func loadSeeds(t testing.TB) *Corpus {
	t.Helper()
	c, err := Load(context.Background(), seeds.FS, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestParagraphsRepairLines(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"mid-sentence break", "Peru stresses the need to make a\ndistinction between two things.", []string{"Peru stresses the need to make a distinction between two things."}},
		{"break after the holder", "In any case, Peru\nhighlights the validity of rights.", []string{"In any case, Peru highlights the validity of rights."}},
		{"two paragraphs", "Cuba called for a safe cyberspace.\nIt participated in many sessions.", []string{"Cuba called for a safe cyberspace.", "It participated in many sessions."}},
		{"footnote split over lines", "Mexico protects critical infrastructure.[\n1] Mexico also trains its officials.", []string{"Mexico protects critical infrastructure. Mexico also trains its officials."}},
		{"ordinal split over lines", "At the 2\nnd substantive session, Ghana spoke up.", []string{"At the 2nd substantive session, Ghana spoke up."}},
		{"closing quote ends a sentence", "Japan called it 'a duty.'\nJapan also spoke on norms.", []string{"Japan called it 'a duty.'", "Japan also spoke on norms."}},
		{"blank line ends a paragraph", "Kenya has a view on\n\nBrazil spoke on norms too.", []string{"Kenya has a view on", "Brazil spoke on norms too."}},
		{"debris only", "[\n1]\n74/29 and\n75/240.", nil},
		{"hyphen across lines", "Estonia backs confidence-\nbuilding measures today.", []string{"Estonia backs confidence-building measures today."}},
		{"last line without full stop", "Peru has noted the difficulty of attribution", []string{"Peru has noted the difficulty of attribution"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := paragraphs(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("paragraphs(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSeedHolders pins the holder of every seed statement.
func TestSeedHolders(t *testing.T) {
	c := loadSeeds(t)
	want := []struct{ prefix, holder string }{
		{"Peru stresses the need to make a distinction", "Peru"},
		{"Peru has noted the difficulty of attribution", "Peru"},
		{"In any case, Peru highlights", "Peru"},
		{"Cuba has been represented", "Cuba"},
		{"The ROK stands in favour", "South Korea"},
		{"In addition, the ROK has put great emphasis", "South Korea"},
		{"El Salvador has been actively involved", "El Salvador"},
		{"El Salvador has expressed views", "El Salvador"},
		{"As part of their statement, it was noted", "El Salvador"},
		{"As part of the OEWG discussions, El Salvador", "El Salvador"},
		{"Serbia was represented", "Serbia"},
		{"Since 2014, the EU’s ambition", "European Union"},
		{"Within the OEWG, the EU advanced", "European Union"},
		{"India has assumed a stance", "India"},
		{"Its insistence on an enhanced role", "India"},
		{"At the second substantive session", "India"},
	}
	if c.Len() != len(want) {
		for _, s := range c.Statements() {
			t.Logf("%s: %.60s", s.Country, s.Text)
		}
		t.Fatalf("got %d statements, want %d", c.Len(), len(want))
	}
	for _, w := range want {
		s := findStatement(t, c, w.prefix)
		if s.Country != w.holder {
			t.Errorf("%q: holder %s, want %s", w.prefix, s.Country, w.holder)
		}
	}
	// Mentioned countries are recorded, not made holders.
	if s := findStatement(t, c, "Its insistence"); strings.Join(s.Mentions, ",") != "China,Russia" {
		t.Errorf("mentions = %v, want China, Russia", s.Mentions)
	}
	for _, absent := range []string{"China", "Russia", "Iran", "Nigeria", "France", "United States"} {
		if c.Holds(absent) {
			t.Errorf("%s holds a statement; it is only mentioned (or absent)", absent)
		}
	}
}

func findStatement(t testing.TB, c *Corpus, prefix string) Statement {
	t.Helper()
	for _, s := range c.Statements() {
		if strings.HasPrefix(s.Text, prefix) {
			return s
		}
	}
	t.Fatalf("no statement starts with %q", prefix)
	return Statement{}
}

func TestSeedDedupKeepsEverySource(t *testing.T) {
	c := loadSeeds(t)
	s := findStatement(t, c, "Peru has noted the difficulty of attribution")
	want := "000_1ebf36fdb85f7c30,001_a79107312ff06e8a,002_b44b26f2b45a15c3,003_b51f9da9da894e76,004_a60c58689f941b60"
	if got := strings.Join(s.Sources, ","); got != want {
		t.Errorf("sources = %s, want %s", got, want)
	}
	if s := findStatement(t, c, "Cuba has been"); strings.Join(s.Sources, ",") != "000_1ebf36fdb85f7c30,002_b44b26f2b45a15c3" {
		t.Errorf("Cuba sources = %v", s.Sources)
	}
}

func TestDedupNormalisesSpaceAndQuotes(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Brazil calls for ‘responsible’ behaviour online.\n")},
		"b.txt": {Data: []byte("Brazil calls  for 'responsible'\nbehaviour online.\n")},
		"c.txt": {Data: []byte("Brazil calls for other things entirely.\n")},
	}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 2 {
		t.Fatalf("got %d statements, want 2", c.Len())
	}
	s := c.Statement(0)
	if strings.Join(s.Sources, ",") != "a,b" {
		t.Errorf("sources = %v, want a, b", s.Sources)
	}
	if !strings.Contains(s.Text, "‘responsible’") {
		t.Errorf("display text lost its original quotes: %q", s.Text)
	}
}

// TestAltCorpusHolders checks attribution on a second corpus written in
// the seeds' style with other countries, against hand-made ground truth.
func TestAltCorpusHolders(t *testing.T) {
	c, err := LoadDir(context.Background(), "../testdata/altcorpus", Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../testdata/altcorpus-expected.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	rows := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("bad expected line %q", line)
		}
		rows++
		file, prefix, holder := cols[0], normalize(footnoteRe.ReplaceAllString(cols[1], "")), cols[2]
		if utf8.RuneCountInString(prefix) > 30 {
			prefix = string([]rune(prefix)[:30])
		}
		found := false
		for _, s := range c.Statements() {
			if !strings.HasPrefix(normalize(s.Text), prefix) || !contains(s.Sources, file) {
				continue
			}
			found = true
			if s.Country != holder {
				t.Errorf("%s %q: holder %s, want %s", file, prefix, s.Country, holder)
			}
		}
		if !found {
			t.Errorf("%s: no statement starts with %q", file, prefix)
		}
	}
	if rows < 40 {
		t.Fatalf("only %d expected rows read", rows)
	}
}

func TestBadFilesAreSkippedOrRepaired(t *testing.T) {
	good := "Peru has noted the difficulty of attribution in cyberspace.\n"
	fsys := fstest.MapFS{
		"good.txt":   {Data: []byte(good)},
		"bom.txt":    {Data: []byte("\xef\xbb\xbfCuba called for a safe cyberspace environment.\n")},
		"crlf.txt":   {Data: []byte("Serbia was represented in the\r\nUN GGE in 2016.\r\n")},
		"latin1.txt": {Data: []byte("Mexico defends the Convenci\xf3n on cybercrime firmly.\n")},
		"empty.txt":  {Data: []byte("  \n\n")},
		"binary.txt": {Data: []byte("\x00\x01\x02PK\x03\x04 binary junk")},
		"huge.txt":   {Data: []byte(strings.Repeat("Kenya speaks. ", 100))},
		"notes.md":   {Data: []byte("ignored: not a .txt file")},
	}
	c, err := Load(context.Background(), fsys, Options{MaxFileBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	warned := map[string]string{}
	for _, w := range c.Warnings {
		warned[w.File] += w.Msg + "; "
	}
	for file, want := range map[string]string{
		"bom.txt": "byte-order mark", "crlf.txt": "line endings", "latin1.txt": "not valid UTF-8",
		"empty.txt": "empty", "binary.txt": "binary", "huge.txt": "limit",
	} {
		if !strings.Contains(warned[file], want) {
			t.Errorf("%s: warnings %q do not mention %q", file, warned[file], want)
		}
	}
	if _, ok := warned["good.txt"]; ok {
		t.Errorf("good.txt warned: %s", warned["good.txt"])
	}
	holders := map[string]bool{}
	for _, s := range c.Statements() {
		holders[s.Country] = true
		if !utf8.ValidString(s.Text) || strings.ContainsAny(s.Text, "\r\ufeff") {
			t.Errorf("statement not cleaned: %q", s.Text)
		}
	}
	for _, h := range []string{"Peru", "Cuba", "Serbia", "Mexico"} {
		if !holders[h] {
			t.Errorf("no statement held by %s", h)
		}
	}
	if findStatement(t, c, "Serbia was").Text != "Serbia was represented in the UN GGE in 2016." {
		t.Errorf("CRLF paragraph not rejoined")
	}
}

func TestLoadFailsWithoutStatements(t *testing.T) {
	if _, err := Load(context.Background(), fstest.MapFS{}, Options{}); err == nil {
		t.Error("empty directory: want error")
	}
	if _, err := Load(context.Background(), fstest.MapFS{"x.txt": {Data: []byte{0, 1, 2}}}, Options{}); err == nil {
		t.Error("only binary files: want error")
	}
	if _, err := LoadDir(context.Background(), "/nonexistent/corpus", Options{}); err == nil || !strings.Contains(err.Error(), "/nonexistent/corpus") {
		t.Errorf("missing dir: err = %v, want one naming the directory", err)
	}
}

func TestVersionIsContentHash(t *testing.T) {
	a, b := loadSeeds(t), loadSeeds(t)
	if a.Version == "" || a.Version != b.Version {
		t.Fatalf("versions %q and %q differ for the same corpus", a.Version, b.Version)
	}
	c, err := Load(context.Background(), fstest.MapFS{"x.txt": {Data: []byte("Peru has noted the difficulty of attribution in cyberspace.\n")}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Version == a.Version {
		t.Error("different corpora share a version")
	}
}

// TestHolderNamedLater: a paragraph that opens without naming its holder
// may name it later, even right after another country's block.
func TestHolderNamedLater(t *testing.T) {
	text := "Cuba called for a safe cyberspace environment for all.\n" +
		"The country has not assumed a firm stance on countermeasures; Serbia's position paper\nleaves the question open.\n" +
		"It also supports the OEWG process.\n"
	c, err := Load(context.Background(), fstest.MapFS{"f.txt": {Data: []byte(text)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for prefix, want := range map[string]string{"Cuba called": "Cuba", "The country has not": "Serbia", "It also supports": "Serbia"} {
		if got := findStatement(t, c, prefix).Country; got != want {
			t.Errorf("%q: holder %s, want %s", prefix, got, want)
		}
	}
}
