// Package corpus turns a directory of plain-text country profiles into
// attributed, deduplicated statements and indexes them for search.
package corpus

import (
	"io/fs"
	"os"
)

// Statement is one position held by one country, with every source file
// it appeared in.
type Statement struct {
	ID      int      // position in Corpus.Statements
	Country string   // gazetteer short name of the holder
	Text    string   // display text (original wording, repaired line breaks)
	Sources []string // source IDs (file names without .txt), sorted
	Themes  []string // theme names the statement touches
	Key     string   // content hash of the normalised text: stable across loads
}

// Warning reports a file that was skipped or repaired while loading.
type Warning struct {
	File string
	Msg  string
}

func (w Warning) String() string { return w.File + ": " + w.Msg }

// Options tune loading.
type Options struct {
	// Themes overrides the embedded theme lexicon when non-nil.
	Themes *Lexicon
	// MaxFileBytes skips larger files (0: 64 MiB).
	MaxFileBytes int64
}

// Corpus is a loaded, indexed set of statements. It is immutable after
// Load and safe for concurrent readers.
type Corpus struct {
	Statements []Statement
	Version    string // content hash over all statements and sources
	Warnings   []Warning
}

// Lexicon is the theme vocabulary.
type Lexicon struct{}

// Load reads every *.txt file at the root of fsys.
func Load(fsys fs.FS, opts Options) (*Corpus, error) { panic("TODO(core)") }

// LoadDir reads every *.txt file of dir.
func LoadDir(dir string, opts Options) (*Corpus, error) { return Load(os.DirFS(dir), opts) }

// ResolveTheme maps user words ("due diligence", "weaponization") to a
// lexicon theme name.
func (c *Corpus) ResolveTheme(words string) (string, bool) { panic("TODO(core)") }

// ThemeNames lists the lexicon's theme names in order.
func (c *Corpus) ThemeNames() []string { panic("TODO(core)") }

// ResolveCountry maps a country name, alias or demonym to its short name.
func (c *Corpus) ResolveCountry(words string) (string, bool) { panic("TODO(core)") }
