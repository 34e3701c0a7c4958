package corpus

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestGenerateEnglishStems rewrites data/englishstems.txt from English
// word lists (Debian packages wamerican and wbritish). Run it by hand:
//
//	STANCEBOT_GEN_ENGLISH=/usr/share/dict/american-english,/usr/share/dict/british-english \
//	go test ./corpus -run GenerateEnglishStems
func TestGenerateEnglishStems(t *testing.T) {
	dicts := os.Getenv("STANCEBOT_GEN_ENGLISH")
	if dicts == "" {
		t.Skip("set STANCEBOT_GEN_ENGLISH to dictionary files to regenerate data/englishstems.txt")
	}
	seen := map[string]bool{}
	for _, path := range strings.Split(dicts, ",") {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			w := sc.Text()
			if len(w) < 4 || strings.ToLower(w) != w || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
				continue // proper names, possessives, accented and short words
			}
			seen[stemWord(w)] = true
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	var stems []string
	for s := range seen {
		stems = append(stems, s)
	}
	slices.Sort(stems)
	if err := os.WriteFile("data/englishstems.txt", []byte(strings.Join(stems, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d stems", len(stems))
}

func TestIsEnglishWord(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"news", true},
		{"sanctions", true},
		{"disinformation", true},
		{"harbour", true}, // British
		{"harbor", true},  // American
		{"soveregnty", false},
		{"atribution", false},
		{"nroms", false},
		{"aaaa", false},
		{"zzzzzzz", false},
	}
	for _, tt := range tests {
		if got := isEnglishWord(tt.word); got != tt.want {
			t.Errorf("isEnglishWord(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	// Every line is found, the first and the last too.
	lines := strings.Split(strings.TrimSuffix(englishStemsTXT, "\n"), "\n")
	if !slices.IsSorted(lines) {
		t.Fatal("data/englishstems.txt is not sorted")
	}
	for _, i := range []int{0, 1, len(lines) / 2, len(lines) - 2, len(lines) - 1} {
		if !sortedLinesContain(englishStemsTXT, lines[i]) {
			t.Errorf("line %d %q not found", i, lines[i])
		}
	}
}
