package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/stancebot/stancebot/corpus"
)

// StatementsJSON is the output of `stancebot statements --json`, a stable
// contract like `ask --json`: fields may be added, never renamed or
// removed.
type StatementsJSON struct {
	CorpusVersion string          `json:"corpus_version"`
	Statements    []StatementJSON `json:"statements"`
	Warnings      []string        `json:"warnings"`
}

// StatementJSON is one statement as a curator reviews it.
type StatementJSON struct {
	ID          int                `json:"id"`
	Key         string             `json:"key"`
	Country     string             `json:"country"`
	Attribution corpus.Attribution `json:"attribution"`
	Mentions    []string           `json:"mentions"`
	Sources     []string           `json:"sources"` // exact source IDs
	// Start is the text's first 40 characters, folded as holders.tsv
	// wants them: copy it with a source ID to pin a holder.
	Start string `json:"start"`
	Text  string `json:"text"`
}

// runStatements lists every statement with its holder and attribution, so
// a person maintaining a corpus can review it in a minute.
func runStatements(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("statements", stderr)
	var cf corpusFlags
	cf.register(fs)
	country := fs.String("country", "", "only statements held by this country")
	asJSON := fs.Bool("json", false, "print one JSON object (a stable contract)")
	sortBy := fs.String("sort", "corpus", `order: "corpus" (file and paragraph order) or "confidence" (lowest first)`)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "stancebot statements: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *sortBy != "corpus" && *sortBy != "confidence" {
		fmt.Fprintf(stderr, "stancebot statements: --sort %q: want corpus or confidence\n", *sortBy)
		return 2
	}
	if err := ctx.Err(); err != nil {
		return 1
	}
	c, err := loadCorpusContext(ctx, cf.dir, cf.themes)
	if err != nil {
		fmt.Fprintf(stderr, "stancebot statements: %v\n", err)
		return 1
	}
	holder := ""
	if *country != "" {
		h, ok := c.ResolveCountry(*country)
		if !ok {
			fmt.Fprintf(stderr, "stancebot statements: unknown country %q\n", corpus.DisplayName(*country))
			return 2
		}
		holder = h
	}
	out := StatementsJSON{CorpusVersion: c.Version, Statements: []StatementJSON{}, Warnings: []string{}}
	for _, w := range c.Warnings {
		out.Warnings = append(out.Warnings, w.File+": "+w.Msg)
	}
	for _, s := range c.Statements() {
		if holder != "" && s.Country != holder {
			continue
		}
		out.Statements = append(out.Statements, StatementJSON{
			ID: s.ID, Key: s.Key, Country: s.Country, Attribution: s.Attribution,
			Mentions: nonNilStrings(s.Mentions), Sources: nonNilStrings(s.Sources),
			Start: corpus.HoldersPrefix(s.Text), Text: s.Text,
		})
	}
	if *sortBy == "confidence" {
		sort.SliceStable(out.Statements, func(i, j int) bool {
			return corpus.ConfidenceRank(out.Statements[i].Attribution.Confidence) < corpus.ConfidenceRank(out.Statements[j].Attribution.Confidence)
		})
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "stancebot statements: %v\n", err)
			return 1
		}
		return 0
	}
	for _, w := range c.Warnings {
		fmt.Fprintf(stderr, "warning: %s\n", w)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tHOLDER\tCONFIDENCE\tMETHOD\tEVIDENCE\tMENTIONS\tSOURCES\tSTART (holders.tsv prefix)")
	for _, s := range out.Statements {
		srcs := make([]string, len(s.Sources))
		for i, src := range s.Sources {
			srcs[i] = corpus.DisplayName(src)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, s.Country, s.Attribution.Confidence, s.Attribution.Method,
			cell(s.Attribution.Evidence, 48), cell(strings.Join(s.Mentions, ", "), 32), cell(strings.Join(srcs, ","), 40), corpus.DisplayName(s.Start))
	}
	if err := tw.Flush(); err != nil {
		return 1
	}
	fmt.Fprintf(stdout, "%d statement(s); %d warning(s)\n", len(out.Statements), len(out.Warnings))
	return 0
}

// cell shortens a table cell to n characters and makes it printable.
func cell(s string, n int) string {
	s = corpus.DisplayName(strings.ReplaceAll(s, "\t", " "))
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	if s == "" {
		return "-"
	}
	return s
}

func nonNilStrings(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}
