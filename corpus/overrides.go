package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// OverridesFile is the name of the holders file at a corpus root. Each
// line pins the holder of one paragraph and of the continuation paragraphs
// that follow it in the same file:
//
//	source ID <TAB> first 40 characters of the paragraph <TAB> holder
//
// The prefix is compared after folding white space and quotes, so it can
// be copied from `stancebot statements`. Blank lines and lines starting
// with "#" are ignored. A line that matches no paragraph, or names an
// unknown country, gives a warning naming the file and line.
const OverridesFile = "holders.tsv"

// prefixRunes is how many characters of a paragraph an override names.
const prefixRunes = 40

type override struct {
	line    int
	source  string
	prefix  string // overridePrefix form
	holder  string
	matched atomic.Bool
}

func (o *override) attribution() Attribution {
	o.matched.Store(true)
	return Attribution{Method: MethodOverride, Evidence: fmt.Sprintf("%s line %d", OverridesFile, o.line), Confidence: ConfHigh}
}

// overrides are the lines of holders.tsv by source ID.
type overrides struct {
	bySource map[string][]*override
	all      []*override
}

// readOverrides reads holders.tsv at the root of fsys, if there is one.
func readOverrides(fsys fs.FS, g *Gazetteer) (*overrides, []Warning) {
	f, size, err := openRegular(fsys, OverridesFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, []Warning{{File: OverridesFile, Msg: fmt.Sprintf("skipped: %v", err)}}
	}
	defer f.Close()
	if size > 16<<20 {
		return nil, []Warning{{File: OverridesFile, Msg: fmt.Sprintf("skipped: %d bytes is over the 16 MiB limit", size)}}
	}
	var ws []Warning
	warn := func(line int, format string, args ...any) {
		ws = append(ws, Warning{File: OverridesFile, Msg: fmt.Sprintf("line %d: ", line) + fmt.Sprintf(format, args...)})
	}
	o := &overrides{bySource: map[string][]*override{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		text := strings.TrimRight(string(line), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 3 {
			warn(n, "want 3 tab-separated columns (source ID, first %d characters, holder), got %d", prefixRunes, len(cols))
			continue
		}
		holder, ok := g.Resolve(strings.TrimSpace(cols[2]))
		if !ok {
			warn(n, "unknown country %q", DisplayName(cols[2]))
			continue
		}
		prefix := overridePrefix(cols[1])
		if prefix == "" {
			warn(n, "empty paragraph prefix")
			continue
		}
		ov := &override{line: n, source: strings.TrimSpace(cols[0]), prefix: prefix, holder: holder}
		o.bySource[ov.source] = append(o.bySource[ov.source], ov)
		o.all = append(o.all, ov)
	}
	if err := sc.Err(); err != nil {
		ws = append(ws, Warning{File: OverridesFile, Msg: fmt.Sprintf("line %d: %v; the lines after it were not read", n+1, err)})
	}
	return o, ws
}

func (o *overrides) forFile(source string) []*override {
	if o == nil {
		return nil
	}
	return o.bySource[source]
}

// unmatched warns about every line that pinned nothing.
func (o *overrides) unmatched() []Warning {
	if o == nil {
		return nil
	}
	var ws []Warning
	for _, ov := range o.all {
		if !ov.matched.Load() {
			ws = append(ws, Warning{File: OverridesFile, Msg: fmt.Sprintf("line %d: no paragraph of source %q starts with %q", ov.line, DisplayName(ov.source), ov.prefix)})
		}
	}
	return ws
}

// HoldersPrefix is the paragraph prefix a holders.tsv line names for a
// statement's text: its first 40 characters with white space and quotes
// folded, trailing space trimmed (what `stancebot statements` prints).
func HoldersPrefix(text string) string { return overridePrefix(text) }

// overridePrefix is the first prefixRunes characters of s with white
// space and quotes folded (normalize), trailing space trimmed.
func overridePrefix(s string) string {
	s = normalize(s)
	if utf8.RuneCountInString(s) > prefixRunes {
		s = string([]rune(s)[:prefixRunes])
	}
	return strings.TrimSpace(s)
}

// matchOverride returns the override whose prefix starts text, if any.
func matchOverride(pins []*override, text string) *override {
	if len(pins) == 0 {
		return nil
	}
	p := overridePrefix(text)
	for _, o := range pins {
		if o.prefix == p {
			return o
		}
	}
	return nil
}
