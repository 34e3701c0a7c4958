// Package corpus turns a directory of plain-text country profiles into
// attributed, deduplicated statements and indexes them for search.
//
// A file's source ID is its name without ".txt". Inside a file, country
// blocks follow each other; a line that does not end a sentence continues
// on the next. Each paragraph becomes a statement held by the country it
// is about (not every country it mentions), and identical statements from
// several files become one statement listing every source.
package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Statement is one position held by one country, with every source file
// it appeared in.
type Statement struct {
	ID      int      // position in Corpus.Statements
	Country string   // gazetteer short name of the holder
	Text    string   // display text (original wording, repaired line breaks)
	Sources []string // source IDs (file names without .txt), sorted
	Themes  []string // theme names the statement touches
	Key     string   // content hash of holder and normalised text: stable across loads
	// Mentions lists other countries the statement names (not its holder).
	Mentions []string
}

// Warning reports a file that was skipped or repaired while loading.
type Warning struct {
	File string
	Msg  string
}

func (w Warning) String() string { return w.File + ": " + w.Msg }

// DefaultMaxFileBytes is the size above which a file is skipped.
const DefaultMaxFileBytes = 64 << 20

// Options tune loading.
type Options struct {
	// Lexicon overrides the embedded theme lexicon when non-nil.
	Lexicon *Lexicon
	// Gazetteer overrides the embedded gazetteer when non-nil.
	Gazetteer *Gazetteer
	// MaxFileBytes skips larger files (0: DefaultMaxFileBytes).
	MaxFileBytes int64
	// Workers bounds parallel file parsing (0: GOMAXPROCS).
	Workers int
}

// Corpus is a loaded, indexed set of statements. It is immutable after
// Load and safe for concurrent readers.
type Corpus struct {
	Statements []Statement
	Version    string // content hash over all statements and their sources
	Warnings   []Warning
	Sources    []string // source IDs of the files that contributed
	Gazetteer  *Gazetteer
	Lexicon    *Lexicon
	// RawBytes is the size of all files read, duplicates included.
	RawBytes int64

	idx index
}

// ErrNoFiles is returned when a corpus directory holds no *.txt file.
var ErrNoFiles = errors.New("no .txt files")

// LoadDir reads every *.txt file of dir.
func LoadDir(dir string, opts Options) (*Corpus, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("load corpus %s: %w", dir, err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("load corpus %s: not a directory", dir)
	}
	c, err := Load(os.DirFS(dir), opts)
	if err != nil {
		return nil, fmt.Errorf("load corpus %s: %w", dir, err)
	}
	return c, nil
}

// Load reads every *.txt file at the root of fsys. Unusable files are
// skipped and repaired ones kept, each with a Warning; Load fails only when
// no file can be read or no statement results.
func Load(fsys fs.FS, opts Options) (*Corpus, error) {
	if opts.Lexicon == nil {
		opts.Lexicon = DefaultLexicon()
	}
	if opts.Gazetteer == nil {
		opts.Gazetteer = DefaultGazetteer()
	}
	if opts.MaxFileBytes <= 0 {
		opts.MaxFileBytes = DefaultMaxFileBytes
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("read corpus directory: %w", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(strings.ToLower(e.Name()), ".txt") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, ErrNoFiles
	}

	results := make([]fileResult, len(names))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < min(opts.Workers, len(names)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cache := map[string]*paraInfo{}
			for i := range next {
				results[i] = parseFile(fsys, names[i], opts, cache)
			}
		}()
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()

	c := &Corpus{Gazetteer: opts.Gazetteer, Lexicon: opts.Lexicon}
	byKey := map[string]int{}
	for _, r := range results {
		c.Warnings = append(c.Warnings, r.warnings...)
		c.RawBytes += r.size
		if len(r.paras) == 0 {
			continue
		}
		c.Sources = append(c.Sources, r.id)
		for _, p := range r.paras {
			if i, ok := byKey[p.key]; ok {
				s := &c.Statements[i]
				if s.Sources[len(s.Sources)-1] != r.id {
					s.Sources = append(s.Sources, r.id)
				}
				continue
			}
			byKey[p.key] = len(c.Statements)
			c.Statements = append(c.Statements, Statement{
				ID: len(c.Statements), Country: p.holder, Text: p.text, Sources: []string{r.id},
				Key: p.key, Mentions: p.mentions,
			})
		}
	}
	if len(c.Statements) == 0 {
		return nil, fmt.Errorf("no statements in %d file(s): %s", len(names), summarize(c.Warnings))
	}
	c.buildIndex()
	c.Version = c.hash()
	return c, nil
}

func summarize(ws []Warning) string {
	if len(ws) == 0 {
		return "no paragraph with a country"
	}
	parts := make([]string, 0, 3)
	for i, w := range ws {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more", len(ws)-3))
			break
		}
		parts = append(parts, w.String())
	}
	return strings.Join(parts, "; ")
}

type fileResult struct {
	id       string
	size     int64
	paras    []parsedPara
	warnings []Warning
}

type parsedPara struct {
	holder   string
	text     string
	key      string
	mentions []string
}

func parseFile(fsys fs.FS, name string, opts Options, cache map[string]*paraInfo) fileResult {
	id := strings.TrimSuffix(name, path.Ext(name))
	r := fileResult{id: id}
	warn := func(format string, args ...any) {
		r.warnings = append(r.warnings, Warning{File: name, Msg: fmt.Sprintf(format, args...)})
	}
	if st, err := fs.Stat(fsys, name); err == nil && st.Size() > opts.MaxFileBytes {
		warn("skipped: %d bytes is over the %d-byte limit", st.Size(), opts.MaxFileBytes)
		return r
	}
	raw, err := fs.ReadFile(fsys, name)
	if err != nil {
		warn("skipped: %v", err)
		return r
	}
	r.size = int64(len(raw))
	if int64(len(raw)) > opts.MaxFileBytes {
		warn("skipped: %d bytes is over the %d-byte limit", len(raw), opts.MaxFileBytes)
		return r
	}
	text, notes, err := cleanFile(raw)
	if err != nil {
		warn("skipped: %v", err)
		return r
	}
	for _, n := range notes {
		warn("repaired: %s", n)
	}
	prev := ""
	unattributed := 0
	for _, p := range paragraphs(text) {
		info, ok := cache[p]
		if !ok {
			a := opts.Gazetteer.analyse(p)
			info = &a
			cache[p] = info
		}
		h := info.holder(prev)
		if h == "" {
			unattributed++
			continue
		}
		prev = h
		var others []string
		for _, m := range info.mentions {
			if m != h {
				others = append(others, m)
			}
		}
		// A repeated paragraph nearly always has the same holder: keep its key.
		if info.keyHolder != h {
			info.keyHolder, info.key = h, statementKey(h, p)
		}
		r.paras = append(r.paras, parsedPara{holder: h, text: p, key: info.key, mentions: others})
	}
	if unattributed > 0 {
		warn("%d paragraph(s) before any country was named were left out", unattributed)
	}
	if len(r.paras) == 0 && len(r.warnings) == 0 {
		warn("no statement found")
	}
	return r
}

func statementKey(holder, text string) string {
	sum := sha256.Sum256([]byte(holder + "\x00" + normalize(text)))
	return hex.EncodeToString(sum[:8])
}

func (c *Corpus) hash() string {
	h := sha256.New()
	for _, s := range c.Statements {
		h.Write([]byte(s.Key))
		h.Write([]byte(strings.Join(s.Sources, ",")))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Countries lists the holders present in the corpus, sorted, with their
// statement counts.
func (c *Corpus) Countries() []CountryCount {
	out := make([]CountryCount, 0, len(c.idx.countries))
	for _, ci := range c.idx.countries {
		out = append(out, CountryCount{Country: ci.name, Statements: len(ci.docs)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Country < out[j].Country })
	return out
}

// CountryCount is a holder and how many statements it has.
type CountryCount struct {
	Country    string
	Statements int
}

// Holds reports whether the country holds at least one statement.
func (c *Corpus) Holds(country string) bool {
	_, ok := c.idx.byCountry[country]
	return ok
}

// StatementsOf returns the IDs of the country's statements in corpus order.
func (c *Corpus) StatementsOf(country string) []int {
	ci, ok := c.idx.byCountry[country]
	if !ok {
		return nil
	}
	return c.idx.countries[ci].docs
}

// MentionedIn returns the IDs of statements that name the country without
// being held by it.
func (c *Corpus) MentionedIn(country string) []int { return c.idx.mentions[country] }

// ThemeStatements returns the IDs of statements tagged with the theme.
func (c *Corpus) ThemeStatements(theme string) []int {
	i := c.Lexicon.Index(theme)
	if i < 0 {
		return nil
	}
	return c.idx.byTheme[i]
}

// ResolveTheme maps user words ("due diligence", "weaponization") to a
// lexicon theme name.
func (c *Corpus) ResolveTheme(words string) (string, bool) { return c.Lexicon.Resolve(words) }

// ThemeNames lists the lexicon's theme names in order.
func (c *Corpus) ThemeNames() []string { return c.Lexicon.Names() }

// ResolveCountry maps a country name, alias, demonym or near-miss
// spelling to its short name.
func (c *Corpus) ResolveCountry(words string) (string, bool) { return c.Gazetteer.Resolve(words) }

// KnownWord reports whether a lower-case word occurs in the corpus; such
// words are never taken for misspelt country names.
func (c *Corpus) KnownWord(lower string) bool {
	_, ok := c.idx.words[lower]
	return ok
}
