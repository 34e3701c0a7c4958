package gen

import (
	"bytes"
	"maps"
	"slices"
	"strings"
	"testing"
)

// paragraphs undoes the generator's line breaks the way a loader must: a
// line that does not end a sentence continues on the next line.
func paragraphs(data []byte) []string {
	var out []string
	var cur []string
	for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		cur = append(cur, line)
		if strings.HasSuffix(line, ".") {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	if cur != nil {
		out = append(out, strings.Join(cur, " "))
	}
	return out
}

func TestGenerateShape(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"small", Config{Statements: 60, Seed: 1}},
		{"many countries", Config{Statements: 500, Countries: 40, Dup: 10, Seed: 2}},
		{"no duplication", Config{Statements: 100, Dup: 1, Seed: 3}},
		{"one-statement blocks", Config{Statements: 50, BlockMin: 1, BlockMax: 1, Seed: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys, c, err := GenerateFS(tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Statements) != tt.cfg.Statements {
				t.Fatalf("statements = %d, want %d", len(c.Statements), tt.cfg.Statements)
			}
			if len(fsys) != c.Files {
				t.Fatalf("files = %d, reported %d", len(fsys), c.Files)
			}
			want := map[string]Statement{}
			words := map[string]bool{}
			for _, s := range c.Statements {
				if _, dup := want[s.Text]; dup {
					t.Fatalf("statement generated twice: %q", s.Text)
				}
				want[s.Text] = s
				for _, w := range s.Words {
					if words[w] {
						t.Fatalf("word %q used twice", w)
					}
					words[w] = true
				}
			}
			seen := map[string]int{}
			var raw int64
			for name, f := range fsys {
				raw += int64(len(f.Data))
				if !strings.HasSuffix(name, ".txt") {
					t.Errorf("file %s lacks .txt", name)
				}
				for _, p := range paragraphs(f.Data) {
					if _, ok := want[p]; !ok {
						t.Fatalf("%s: paragraph not a generated statement: %q", name, p)
					}
					seen[p]++
				}
			}
			if raw != c.RawBytes {
				t.Errorf("raw bytes = %d, reported %d", raw, c.RawBytes)
			}
			for text := range want {
				if seen[text] == 0 {
					t.Fatalf("statement never written: %q", text)
				}
			}
			if tt.cfg.Dup > 2 {
				total := 0
				for _, n := range seen {
					total += n
				}
				if avg := float64(total) / float64(len(want)); avg < float64(tt.cfg.Dup)/2 {
					t.Errorf("mean copies per statement = %.1f, want about %d", avg, tt.cfg.Dup)
				}
			}
		})
	}
}

func TestGenerateDeterministic(t *testing.T) {
	cfg := Config{Statements: 300, Seed: 42}
	a, _, err := GenerateFS(cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := GenerateFS(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(slices.Sorted(maps.Keys(a)), slices.Sorted(maps.Keys(b))) {
		t.Fatal("same seed, different file names")
	}
	for name := range a {
		if !bytes.Equal(a[name].Data, b[name].Data) {
			t.Fatalf("same seed, different %s", name)
		}
	}
	cfg.Seed = 43
	c, _, err := GenerateFS(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Equal(slices.Sorted(maps.Keys(a)), slices.Sorted(maps.Keys(c))) {
		t.Fatal("different seeds, same files")
	}
}

// TestQuirks checks the corpus exercises what a loader must repair.
func TestQuirks(t *testing.T) {
	fsys, c, err := GenerateFS(Config{Statements: 400, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, f := range fsys {
		all.Write(f.Data)
	}
	text := all.String()
	midBreaks := 0
	for _, line := range strings.Split(text, "\n") {
		if line != "" && !strings.HasSuffix(line, ".") {
			midBreaks++
		}
	}
	if midBreaks == 0 {
		t.Error("no line broken mid-sentence")
	}
	for _, want := range []string{"\nIt ", "\nThe country ", "\nIn any case, ", "along with countries like ", "alignment with "} {
		if !strings.Contains(text, want) {
			t.Errorf("corpus never contains %q", want)
		}
	}
	// Every file opens country blocks: some paragraph starts with a name.
	for name, f := range fsys {
		n := 0
		for _, p := range paragraphs(f.Data) {
			for _, co := range c.Countries {
				if strings.HasPrefix(p, co+" ") {
					n++
					break
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no paragraph opens with a country name", name)
		}
	}
}

func TestWordsAvoidCountries(t *testing.T) {
	names := []string{"Peru", "Panama", "Tuvalu", "Burundi", "Bosnia and Herzegovina", "Kazakhstan"}
	ws := newWordSource(9, names)
	for range 20000 {
		w := []byte(ws.word())
		for _, a := range ws.avoid {
			if withinDistance(w, a, 2) {
				t.Fatalf("word %s is near %s", w, a)
			}
		}
	}
}

func TestWithinDistance(t *testing.T) {
	tests := []struct {
		a, b string
		k    int
		want bool
	}{
		{"peru", "peru", 0, true},
		{"peur", "peru", 1, false},
		{"peur", "peru", 2, true},
		{"inda", "india", 1, true},
		{"inda", "indonesia", 2, false},
		{"kitten", "sitting", 2, false},
		{"kitten", "sitting", 3, true},
		{"", "ab", 2, true},
		{"abc", "", 2, false},
	}
	for _, tt := range tests {
		if got := withinDistance([]byte(tt.a), []byte(tt.b), tt.k); got != tt.want {
			t.Errorf("withinDistance(%q, %q, %d) = %v, want %v", tt.a, tt.b, tt.k, got, tt.want)
		}
	}
}

func TestReadGazetteer(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []string
		wantErr bool
	}{
		{"rows", "Peru\tRepublic of Peru\t\tPeruvian\tmember\nCuba\tRepublic of Cuba\t\tCuban\tmember\n", []string{"Peru", "Cuba"}, false},
		{"header, comments, CRLF", "short\tofficial\taliases\tdemonyms\tstatus\r\n# x\r\n\r\nPeru\ta\tb\tc\tmember\r\nChile\ta\tb\tc\tmember\r\n", []string{"Peru", "Chile"}, false},
		{"duplicates", "Peru\nPeru\nCuba\n", []string{"Peru", "Cuba"}, false},
		{"too few", "Peru\n", nil, true},
		{"empty name", "Peru\n\tx\n", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadGazetteer(strings.NewReader(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestConfigErrors(t *testing.T) {
	for _, cfg := range []Config{
		{Statements: 0},
		{Statements: 10, Names: []string{"Peru"}},
		{Statements: 10, Dup: -1},
		{Statements: 10, BlockMin: 5, BlockMax: 2},
	} {
		if _, err := Generate(cfg, func(string, []byte) error { return nil }); err == nil {
			t.Errorf("Generate(%+v) succeeded, want error", cfg)
		}
	}
}

func TestQuestions(t *testing.T) {
	_, c, err := GenerateFS(Config{Statements: 200, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	qs := c.Questions(30, 1)
	kinds := map[string]int{}
	for _, q := range qs {
		kinds[q.Kind]++
		switch q.Kind {
		case KindStance:
			s := c.Statements[q.Want]
			if !strings.Contains(q.Text, s.Country) || !strings.Contains(q.Topic, s.Words[1]) {
				t.Errorf("stance question %q does not name its statement", q.Text)
			}
			if !s.Holds(s.Country, s.Text) {
				t.Errorf("statement does not hold itself: %q", s.Text)
			}
		case KindCompare:
			if len(q.Countries) != 2 || q.Countries[0] == q.Countries[1] {
				t.Errorf("compare countries = %q", q.Countries)
			}
		}
	}
	if kinds[KindStance] != 30 || kinds[KindTheme] != 30 || kinds[KindCompare] != 30 {
		t.Errorf("kinds = %v", kinds)
	}
}
