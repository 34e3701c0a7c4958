package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// eachPair reads the "key: value; value" data files (themes, synonyms,
// Spanish and French lexicons and glossaries): it skips blank lines and
// # comments and calls fn with each line's number and its text cut at
// the first colon (ok is false when there is none). fn's error stops the
// read and is returned as is; a read error is prefixed with name.
func eachPair(r io.Reader, name string, fn func(line int, key, rest string, ok bool) error) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		key, rest, ok := strings.Cut(text, ":")
		if err := fn(line, key, rest, ok); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
