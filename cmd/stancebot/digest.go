package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
)

// countryFlags collects a repeatable --country.
type countryFlags []string

func (c *countryFlags) String() string     { return strings.Join(*c, ",") }
func (c *countryFlags) Set(v string) error { *c = append(*c, v); return nil }

const digestUsage = `usage: stancebot digest [--corpus DIR] [--json] [--country X]... THEME...

Prints each country's best statement on each theme, with source IDs.
Themes may be several words ("due diligence"); separate themes with spaces
or commas. Flags may come before or after the themes.
`

// runDigest implements `stancebot digest THEME...`. It returns the exit
// status: 0 printed, 1 the corpus could not be loaded, 2 bad usage
// (unknown theme or country, no theme).
func runDigest(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("digest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, digestUsage); fs.PrintDefaults() }
	dir := fs.String("corpus", "", "corpus directory of .txt files (default: the embedded seeds)")
	asJSON := fs.Bool("json", false, "print the digest as JSON")
	var countries countryFlags
	fs.Var(&countries, "country", "only this country (repeatable)")
	// Accept flags after the themes too.
	var words []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		words = append(words, args[0])
		args = args[1:]
	}
	if len(words) == 0 {
		fs.Usage()
		return 2
	}
	var c *corpus.Corpus
	var err error
	if *dir != "" {
		c, err = corpus.LoadDir(*dir, corpus.Options{})
	} else {
		c, err = corpus.Load(seeds.FS, corpus.Options{})
	}
	if err != nil {
		fmt.Fprintf(stderr, "stancebot digest: load corpus: %v\n", err)
		return 1
	}
	for _, w := range c.Warnings {
		fmt.Fprintf(stderr, "warning: %s\n", w)
	}
	b := bot.New(c)
	themes, err := bot.ParseThemes(b, strings.Fields(strings.Join(words, " ")))
	if err != nil {
		fmt.Fprintf(stderr, "stancebot digest: %v\nthemes: %s\n", err, strings.Join(b.ThemeNames(), ", "))
		return 2
	}
	d, _, err := b.Digest("", themes, countries, nil, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "stancebot digest: %v\n", err)
		return 2
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(d); err != nil {
			fmt.Fprintf(stderr, "stancebot digest: %v\n", err)
			return 1
		}
		return 0
	}
	fmt.Fprint(stdout, bot.FormatDigest(d))
	return 0
}
