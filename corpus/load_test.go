package corpus

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

func TestSubdirectoriesAndSourceIDs(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":                  {Data: []byte(peruLine)},
		"2024/march/compare.txt": {Data: []byte("Kenya argued that capacity building must be demand-driven.\n")},
		"2024/notes.md":          {Data: []byte("Chile says nothing here, not a .txt file.\n")},
		".git/HEAD.txt":          {Data: []byte("Cuba is in a hidden directory and never read.\n")},
		"B.TXT":                  {Data: []byte("Ghana has adopted a cybersecurity act in 2020.\n")},
	}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.Sources, ","); got != "2024/march/compare,B,a" {
		t.Errorf("sources = %s", got)
	}
	if s := findStatement(t, c, "Kenya argued"); s.Sources[0] != "2024/march/compare" {
		t.Errorf("source ID %q", s.Sources[0])
	}
	if c.Holds("Cuba") || c.Holds("Chile") {
		t.Error("read a hidden directory or a non-.txt file")
	}
}

// TestKeyDoesNotDependOnTheHolder: the same paragraph keeps its key when
// its holder changes (here by an override), and copies that differ only
// in white space and quotes share it.
func TestKeyDoesNotDependOnTheHolder(t *testing.T) {
	text := "Cuba called for a safe cyberspace environment.\nThe country also backs the ‘PoA’ process firmly.\n"
	plain, err := Load(context.Background(), fstest.MapFS{"f.txt": {Data: []byte(text)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	pinned, err := Load(context.Background(), fstest.MapFS{
		"f.txt":       {Data: []byte(text)},
		"holders.tsv": {Data: []byte("f\tThe country also backs the 'PoA'   process\tChile\n")},
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, b := findStatement(t, plain, "The country also"), findStatement(t, pinned, "The country also")
	if a.Country != "Cuba" || b.Country != "Chile" {
		t.Fatalf("holders %s and %s, want Cuba and Chile", a.Country, b.Country)
	}
	if a.Key != b.Key || a.Key != paragraphKey("The country  also backs the 'PoA' process firmly.") {
		t.Errorf("keys %s and %s differ with the holder", a.Key, b.Key)
	}
	if plain.Version == pinned.Version {
		t.Error("a holder change did not change the corpus version")
	}
}

func TestHoldersOverrides(t *testing.T) {
	page := "Brazil chaired the sixth UN Group of Governmental Experts.\n" +
		"The national cybersecurity agency was founded in 2017 and reports to the president.\n" +
		"It also runs the national CERT.\n" +
		"Its budget doubled in 2022.\n" +
		"Kenya argued that capacity building must be demand-driven.\n" +
		"It also backs the PoA.\n"
	fsys := fstest.MapFS{
		"page.txt":  {Data: []byte(page)},
		"other.txt": {Data: []byte(page)},
		"holders.tsv": {Data: []byte("# source\tprefix\tholder\n" +
			"page\tThe national cybersecurity agency was fou\tUruguay\n" + // line 2
			"page\tNo paragraph starts like this one at all\tChile\n" + // line 3
			"page\tKenya argued that capacity building must\tAtlantis\n" + // line 4
			"just two\tcolumns\n")}, // line 5
	}
	c, err := Load(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	byText := func(prefix, source string) Statement {
		t.Helper()
		for _, s := range c.Statements() {
			if strings.HasPrefix(s.Text, prefix) && contains(s.Sources, source) {
				return s
			}
		}
		t.Fatalf("no statement %q in %s", prefix, source)
		return Statement{}
	}
	for _, tc := range []struct{ prefix, source, holder, method string }{
		{"Brazil chaired", "page", "Brazil", MethodSubject},
		{"The national cybersecurity agency", "page", "Uruguay", MethodOverride},
		{"It also runs", "page", "Uruguay", MethodOverride},
		{"Its budget", "page", "Uruguay", MethodOverride},
		{"Kenya argued", "page", "Kenya", MethodSubject},
		{"It also backs", "page", "Kenya", MethodContinuation},
		{"The national cybersecurity agency", "other", "Brazil", MethodBlockOrder},
	} {
		s := byText(tc.prefix, tc.source)
		if s.Country != tc.holder || s.Attribution.Method != tc.method {
			t.Errorf("%s %q: %s by %s, want %s by %s", tc.source, tc.prefix, s.Country, s.Attribution.Method, tc.holder, tc.method)
		}
	}
	if ev := byText("Its budget", "page").Attribution.Evidence; ev != "holders.tsv line 2" {
		t.Errorf("override evidence %q", ev)
	}
	var ws []string
	for _, w := range c.Warnings {
		if w.File == OverridesFile {
			ws = append(ws, w.Msg)
		}
	}
	got := strings.Join(ws, "\n")
	for _, want := range []string{"line 3: no paragraph", "line 4: unknown country \"Atlantis\"", "line 5: want 3 tab-separated columns"} {
		if !strings.Contains(got, want) {
			t.Errorf("holders.tsv warnings %q lack %q", got, want)
		}
	}
	if strings.Contains(got, "line 2") {
		t.Errorf("the matched line 2 was warned about: %q", got)
	}
}

// TestDefaultGazetteerIsShared: loads without Options.Gazetteer share one
// embedded gazetteer instead of building it each time, and loading in
// parallel with it is safe (run with -race).
func TestDefaultGazetteerIsShared(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte(peruLine + "Kenya argued that capacity building must be demand-driven.\n")}}
	var cs [4]*Corpus
	errs := make(chan error, len(cs))
	for i := range cs {
		go func() {
			c, err := Load(context.Background(), fsys, Options{})
			cs[i] = c
			errs <- err
		}()
	}
	for range cs {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range cs[1:] {
		if c.Gazetteer != cs[0].Gazetteer {
			t.Fatal("each load built its own default gazetteer")
		}
		if c.Version != cs[0].Version {
			t.Error("parallel loads of one corpus differ")
		}
	}
	if _, ok := cs[0].ResolveCountry("Peru"); !ok {
		t.Error("shared gazetteer cannot resolve Peru")
	}
}
