package gen

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// fallbackNames is used when no gazetteer is given: short English names of
// UN member states (plus the EU) that a stancebot gazetteer must know.
var fallbackNames = []string{
	"Argentina", "Australia", "Austria", "Bangladesh", "Brazil", "Canada",
	"Chile", "China", "Colombia", "Costa Rica", "Cuba", "Denmark", "Ecuador",
	"Egypt", "El Salvador", "Estonia", "Ethiopia", "European Union",
	"Finland", "France", "Germany", "Ghana", "Greece", "Guatemala", "India",
	"Indonesia", "Iran", "Ireland", "Israel", "Italy", "Japan", "Kenya",
	"Mexico", "Morocco", "Netherlands", "New Zealand", "Nigeria", "Norway",
	"Pakistan", "Peru", "Philippines", "Poland", "Portugal", "Russia",
	"Senegal", "Serbia", "Singapore", "South Africa", "Spain", "Sweden",
	"Switzerland", "Thailand", "Uruguay", "Viet Nam",
}

// FallbackNames returns a copy of the built-in country list.
func FallbackNames() []string { return append([]string(nil), fallbackNames...) }

// ReadGazetteer parses a stancebot gazetteer (countries.tsv: tab-separated
// short, official, aliases;..., demonyms;..., status) and returns the short
// names in file order. Blank lines and lines starting with '#' are skipped.
func ReadGazetteer(r io.Reader) ([]string, error) {
	var names []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		short := strings.TrimSpace(cols[0])
		if short == "" {
			return nil, fmt.Errorf("gazetteer line %d: empty short name", line)
		}
		if strings.EqualFold(short, "short") && line == 1 {
			continue // header row
		}
		if !seen[short] {
			seen[short] = true
			names = append(names, short)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	if len(names) < 2 {
		return nil, fmt.Errorf("gazetteer: %d names, need at least 2", len(names))
	}
	return names, nil
}

// ReadGazetteerFS reads the gazetteer file at name in fsys.
func ReadGazetteerFS(fsys fs.FS, name string) ([]string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open gazetteer: %w", err)
	}
	defer f.Close()
	names, err := ReadGazetteer(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return names, nil
}
