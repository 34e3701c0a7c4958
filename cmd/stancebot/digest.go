package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/stancebot/stancebot/adapters/console"
	"github.com/stancebot/stancebot/bot"
)

// countryFlags collects a repeatable --country.
type countryFlags []string

func (c *countryFlags) String() string     { return strings.Join(*c, ",") }
func (c *countryFlags) Set(v string) error { *c = append(*c, v); return nil }

const digestUsage = `usage: stancebot digest [--corpus DIR] [--themes FILE] [--json] [--country X]... THEME...

Prints each country's best statement on each theme, with source IDs.
Themes may be several words ("due diligence"); separate themes with spaces
or commas. Flags may come before or after the themes.
`

// runDigest implements `stancebot digest THEME...`. It returns the exit
// status: 0 printed, 1 the corpus could not be loaded, 2 bad usage
// (unknown theme or country, no theme).
func runDigest(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("digest", stderr)
	fs.Usage = func() { fmt.Fprint(stderr, digestUsage); fs.PrintDefaults() }
	var cf corpusFlags
	cf.register(fs)
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
	c, err := cf.load(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot digest: %v\n", err)
		return 1
	}
	b := bot.New(c)
	themes, err := bot.ParseThemes(b, strings.Fields(strings.Join(words, " ")))
	if err != nil {
		var ut *bot.UnknownThemeError
		if errors.As(err, &ut) {
			err = fmt.Errorf("unknown theme %q", ut.Theme)
		}
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
	console.RenderDigest(stdout, d)
	fmt.Fprintln(stdout)
	fmt.Fprintln(stdout, bot.DigestSummary(d))
	return 0
}
