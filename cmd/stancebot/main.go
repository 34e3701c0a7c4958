// Command stancebot answers questions about what countries say in
// international cyber-policy debates, from the console, the command line,
// Slack or Matrix.
//
//	stancebot                       chat on the embedded seeds
//	stancebot ask [--json] QUESTION answer one question
//	stancebot chat                  a REPL on stdin/stdout
//	stancebot countries | themes    what the corpus holds
//	stancebot serve --config FILE   run the chat adapters
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"text/tabwriter"

	"github.com/stancebot/stancebot/adapters/console"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/conversation"
	"github.com/stancebot/stancebot/corpus"
	"github.com/stancebot/stancebot/seeds"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `usage: stancebot [command] [flags]

commands:
  ask [--corpus DIR] [--themes FILE] [--json] [--explain] [-n K] QUESTION...
                 answer one question
  explain [--corpus DIR] [--json] QUESTION...
                 how the question was read and why each answer scored
  chat [--corpus DIR] [--themes FILE]
                 ask questions line by line on stdin (the default command)
  countries [--corpus DIR] [--json]
                             the countries that hold statements, with how many
  themes [--corpus DIR] [--json]
                             the theme lexicon, with statements per theme
  statements [--corpus DIR] [--country C] [--json] [--sort confidence]
                             every statement with its holder and how it was attributed
  digest [--corpus DIR] [--json] [--country X]... THEME...
                             each country's best statement per theme
  changes (--store DB | --config FILE) [--corpus DIR] [--since VERSION|DATE] [--json]
                             what changed since a corpus version serve recorded
  feedback (--store DB | --config FILE) [--since DATE] [--json]
                             the votes users gave replies in chat (👍 / 👎, what was wrong)
  serve --config FILE        run the chat adapters from a YAML config
  store check|backup|reset [--config FILE]
                             examine, copy or replace a damaged database
  migrate --config FILE      apply the store's pending migrations (SQLite or PostgreSQL) and exit

With no command, stancebot chats on the embedded seed corpus.
`

// run is main without the process: it returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return runChat(ctx, nil, stdin, stdout, stderr)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "ask":
		return runAsk(rest, stdout, stderr)
	case "explain":
		return runAsk(append([]string{"--explain"}, rest...), stdout, stderr)
	case "chat":
		return runChat(ctx, rest, stdin, stdout, stderr)
	case "countries":
		return runCountries(rest, stdout, stderr)
	case "themes":
		return runThemes(rest, stdout, stderr)
	case "statements":
		return runStatements(ctx, rest, stdout, stderr)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return 0
	case "digest":
		return runDigest(rest, stdout, stderr)
	case "changes":
		return runChanges(ctx, rest, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, stderr)
	case "store":
		return runStore(ctx, rest, stdout, stderr)
	case "feedback":
		return runFeedback(ctx, rest, stdout, stderr)
	case "migrate":
		return runMigrate(ctx, rest, stdout, stderr)
	default:
		fmt.Fprintf(stderr, "stancebot: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
}

// corpusFlags are the flags every corpus-reading command shares.
type corpusFlags struct {
	dir    string
	themes string
}

func (f *corpusFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.dir, "corpus", "", "directory of *.txt country profiles (default: the embedded seeds)")
	fs.StringVar(&f.themes, "themes", "", "theme lexicon file (default: the embedded lexicon)")
}

// load reads the corpus, printing load warnings to stderr.
func (f *corpusFlags) load(stderr io.Writer) (*corpus.Corpus, error) {
	c, err := loadCorpus(f.dir, f.themes)
	if err != nil {
		return nil, err
	}
	for _, w := range c.Warnings {
		fmt.Fprintf(stderr, "warning: %s\n", w)
	}
	return c, nil
}

// loadCorpus reads dir (or the embedded seeds when dir is empty) with an
// optional theme lexicon file.
func loadCorpus(dir, themesFile string) (*corpus.Corpus, error) {
	return loadCorpusContext(context.Background(), dir, themesFile)
}

// loadCorpusContext is loadCorpus, given up when ctx is done.
func loadCorpusContext(ctx context.Context, dir, themesFile string) (*corpus.Corpus, error) {
	var opts corpus.Options
	if themesFile != "" {
		fh, err := os.Open(themesFile)
		if err != nil {
			return nil, fmt.Errorf("theme lexicon: %w", err)
		}
		defer fh.Close()
		lex, err := corpus.ParseLexicon(fh)
		if err != nil {
			return nil, fmt.Errorf("theme lexicon %s: %w", themesFile, err)
		}
		opts.Lexicon = lex
	}
	if dir == "" {
		c, err := corpus.Load(ctx, seeds.FS, opts)
		if err != nil {
			return nil, fmt.Errorf("embedded seeds: %w", err)
		}
		return c, nil
	}
	return corpus.LoadDir(ctx, dir, opts)
}

// loadOnly parses the flags of a command that takes only corpus flags and
// loads the corpus; on failure it returns nil and the exit code.
// extra, when set, registers the command's own flags.
func loadOnly(name string, args []string, stderr io.Writer, extra ...func(*flag.FlagSet)) (*corpus.Corpus, int) {
	fs := newFlagSet(name, stderr)
	var cf corpusFlags
	cf.register(fs)
	for _, f := range extra {
		f(fs)
	}
	if err := fs.Parse(args); err != nil {
		return nil, 2
	}
	c, err := cf.load(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot %s: %v\n", name, err)
		return nil, 1
	}
	return c, 0
}

func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func runAsk(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("ask", stderr)
	var cf corpusFlags
	cf.register(fs)
	asJSON := fs.Bool("json", false, "print the reply as one JSON object")
	explain := fs.Bool("explain", false, "show how the question was read and why answers scored")
	n := fs.Int("n", 0, "maximum number of answers (0: the intent's default)")
	if err := fs.Parse(interleave(args, fs)); err != nil {
		return 2
	}
	q := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if q == "" {
		fmt.Fprintln(stderr, "stancebot ask: give a question, e.g. stancebot ask \"what does Peru say on attribution?\"")
		return 2
	}
	if *n < 0 {
		fmt.Fprintln(stderr, "stancebot ask: -n must be 0 or more")
		return 2
	}
	c, err := cf.load(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot ask: %v\n", err)
		return 1
	}
	b := bot.New(c)
	var r bot.Reply
	if *explain {
		r = b.Explain(q, *n)
	} else {
		r = b.Ask(q, *n)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			fmt.Fprintf(stderr, "stancebot ask: %v\n", err)
			return 1
		}
		return 0
	}
	console.Render(stdout, r)
	return 0
}

// interleave lets flags follow the question words ("ask what ... --json")
// by moving every flag before the first positional argument.
func interleave(args []string, fs *flag.FlagSet) []string {
	var flags, words []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			words = append(words, args[i+1:]...)
			break
		}
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if strings.Contains(name, "=") {
				continue
			}
			if f := fs.Lookup(name); f != nil {
				if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
					continue
				}
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
			}
			continue
		}
		words = append(words, a)
	}
	return append(flags, words...)
}

func runChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("chat", stderr)
	var cf corpusFlags
	cf.register(fs)
	ttl := fs.Duration("follow-up-ttl", conversation.DefaultTTL, "how long \"and Cuba?\", \"more\", \"sources\" and \"why?\" continue the last question")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	c, err := cf.load(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot chat: %v\n", err)
		return 1
	}
	b := bot.New(c)
	h := bot.Chain(b, bot.FollowUps(&conversation.Memory{TTL: *ttl}, b.Corpus, nil))
	con, err := console.New(console.Options{In: stdin, Out: stdout, Handler: h, Prompt: isTerminal(stdin), User: os.Getenv("USER")})
	if err != nil {
		fmt.Fprintf(stderr, "stancebot chat: %v\n", err)
		return 1
	}
	if err := con.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintf(stderr, "stancebot chat: %v\n", err)
		return 1
	}
	return 0
}

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// CountryJSON is one line of `stancebot countries --json`.
type CountryJSON struct {
	Country    string `json:"country"`
	Statements int    `json:"statements"` // statements the country holds (not mentions)
}

// ThemeJSON is one line of `stancebot themes --json`.
type ThemeJSON struct {
	Theme      string   `json:"theme"`
	Statements int      `json:"statements"` // statements tagged with the theme
	Phrases    []string `json:"phrases"`    // the lexicon phrases that mark it
}

func jsonFlag(asJSON *bool) func(*flag.FlagSet) {
	return func(fs *flag.FlagSet) { fs.BoolVar(asJSON, "json", false, "print a JSON array instead of a table") }
}

func writeJSON(w io.Writer, v any) int {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return 1
	}
	return 0
}

func runCountries(args []string, stdout, stderr io.Writer) int {
	var asJSON bool
	c, code := loadOnly("countries", args, stderr, jsonFlag(&asJSON))
	if c == nil {
		return code
	}
	rows := []CountryJSON{}
	for _, cc := range c.Countries() {
		rows = append(rows, CountryJSON{Country: cc.Country, Statements: cc.Statements})
	}
	if asJSON {
		return writeJSON(stdout, rows)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "COUNTRY\tSTATEMENTS HELD")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\n", r.Country, r.Statements)
	}
	tw.Flush()
	return 0
}

func runThemes(args []string, stdout, stderr io.Writer) int {
	var asJSON bool
	c, code := loadOnly("themes", args, stderr, jsonFlag(&asJSON))
	if c == nil {
		return code
	}
	rows := []ThemeJSON{}
	for _, t := range c.Lexicon.Themes {
		rows = append(rows, ThemeJSON{Theme: t.Name, Statements: len(c.ThemeStatements(t.Name)), Phrases: t.Phrases})
	}
	if asJSON {
		return writeJSON(stdout, rows)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "THEME\tSTATEMENTS\tPHRASES THAT MARK IT")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%s\n", r.Theme, r.Statements, strings.Join(r.Phrases, "; "))
	}
	tw.Flush()
	return 0
}
