// Package console is the local chat adapter: a read-eval-print loop over a
// reader and a writer (a terminal, or a pipe), and the plain-text
// rendering of replies that the command line shares.
package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
)

// Console answers one question per input line.
type Console struct {
	In     io.Reader
	Out    io.Writer
	H      adapters.Handler
	Prompt bool // print a prompt (for an interactive terminal)
	User   string
}

// Name implements adapters.Adapter.
func (c *Console) Name() string { return "console" }

// Run reads lines until EOF, "quit" or ctx is cancelled.
func (c *Console) Run(ctx context.Context) error {
	in := bufio.NewReader(c.In)
	if c.Prompt {
		fmt.Fprintln(c.Out, "stancebot — ask what countries say on cyber policy. Type \"help\", or \"quit\" to leave.")
	}
	for {
		if c.Prompt {
			fmt.Fprint(c.Out, "> ")
		}
		text, tooLong, err := readLine(in)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("console: read: %w", err)
		}
		if ctx.Err() != nil {
			return nil
		}
		if tooLong {
			Render(c.Out, bot.Reply{Message: fmt.Sprintf("question too long (over %d MiB); ask a shorter one.", MaxLine>>20)})
			continue
		}
		line := strings.TrimSpace(text)
		switch strings.ToLower(line) {
		case "":
			continue
		case "quit", "exit", "bye":
			return nil
		}
		r := c.H.Handle(ctx, bot.Question{Text: line, Platform: "console", Room: "console", User: c.User, Time: time.Now()})
		Render(c.Out, r)
	}
}

// Send prints a reply unprompted (a digest), satisfying adapters.Sender.
func (c *Console) Send(_ context.Context, target string, r bot.Reply) error {
	fmt.Fprintf(c.Out, "[to %s]\n", target)
	Render(c.Out, r)
	return nil
}

// Render writes a reply as plain text: the message, then each answer with
// its country, text and sources, then related statements under their own
// heading, or the digest.
func Render(w io.Writer, r bot.Reply) {
	l := bot.LabelsFor(r.Lang)
	if r.Digest != nil {
		renderDigest(w, *r.Digest, l)
		if r.Message != "" {
			fmt.Fprintln(w, r.Message)
		}
		fmt.Fprintln(w)
		return
	}
	if len(r.Parts) > 0 {
		// Several questions in one message: each under its own heading.
		for _, p := range r.Parts {
			fmt.Fprintf(w, "== %s ==\n", p.Query)
			Render(w, p)
		}
		return
	}
	if r.Message != "" {
		fmt.Fprintln(w, r.Message)
	}
	// Statements are quoted in their original English; in a Spanish or
	// French reply each says so.
	tag := ""
	if l.English != "" {
		tag = " (" + l.English + ")"
	}
	sources := strings.ToLower(l.Sources)
	for i, a := range r.Answers {
		fmt.Fprintf(w, "\n%d. %s%s\n", i+1, a.Country, tag)
		fmt.Fprintln(w, indent(a.Text))
		writeSources(w, a, sources)
	}
	if len(r.Related) > 0 {
		fmt.Fprintf(w, "\n%s:\n", l.Related)
		for _, a := range r.Related {
			fmt.Fprintf(w, "\n- %s%s\n", a.Country, tag)
			fmt.Fprintln(w, indent(a.Text))
			writeSources(w, a, sources)
		}
	}
	if e := r.Explain; e != nil {
		fmt.Fprintf(w, "\n%s:\n", l.Why)
		if e.Lang != "" {
			fmt.Fprintf(w, "   %s: %s %v\n", l.Language, e.Lang, e.LangScores)
		}
		for _, s := range e.Translation {
			fmt.Fprintf(w, "   %q → %q (%s)\n", s.From, s.To, s.How)
		}
		if e.English != "" {
			fmt.Fprintf(w, "   %s: %s\n", l.ReadAs, e.English)
		}
		for _, m := range e.Countries {
			fmt.Fprintf(w, "   country %s from %q (%s)\n", m.Country, m.Matched, m.How)
		}
		if len(e.Themes) > 0 {
			fmt.Fprintf(w, "   themes: %s\n", strings.Join(e.Themes, ", "))
		}
		for _, c := range e.Corrections {
			fmt.Fprintf(w, "   corrected %s → %s\n", c.From, c.To)
		}
		for _, tp := range e.ThemePhrases {
			fmt.Fprintf(w, "   %q → theme %s\n", tp.Words, tp.Theme)
		}
		for _, d := range e.Dropped {
			fmt.Fprintf(w, "   left out %q\n", d)
		}
		fmt.Fprintf(w, "   stems: %s\n", strings.Join(e.Stems, " "))
		if e.Fallback != "" {
			fmt.Fprintf(w, "   fallback: %s\n", e.Fallback)
		}
		if e.Dates != "" {
			fmt.Fprintf(w, "   dates: %s\n", e.Dates)
		}
		for i, s := range e.Scores {
			fmt.Fprintf(w, "   answer %d (%s): score %.2f = text %.2f + theme bonus %.2f (%s); terms %s\n", i+1, s.Country, s.Score, s.BM25, s.ThemeBonus, s.Match, termList(s.Terms))
		}
	}
	fmt.Fprintln(w)
}

// termList prints matched terms with their weights, sorted: "attribut 1, technic 0.3".
func termList(terms map[string]float64) string {
	keys := make([]string, 0, len(terms))
	for k := range terms {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		keys[i] = fmt.Sprintf("%s %g", k, terms[k])
	}
	if len(keys) == 0 {
		return "none"
	}
	return strings.Join(keys, ", ")
}

// RenderDigest writes a digest as plain text, in English.
func RenderDigest(w io.Writer, d bot.Digest) { renderDigest(w, d, bot.LabelsFor("")) }

func renderDigest(w io.Writer, d bot.Digest, l bot.Labels) {
	title := d.Name
	if title == "" {
		title = l.Digest
	}
	fmt.Fprintf(w, "%s (corpus %s)\n", title, d.CorpusVersion)
	for _, t := range d.Themes {
		fmt.Fprintf(w, "\n== %s ==\n", t.Theme)
		if len(t.Entries) == 0 {
			fmt.Fprintln(w, l.Empty)
			continue
		}
		for _, e := range t.Entries {
			mark := ""
			if e.New {
				mark = " [" + l.New + "]"
			}
			fmt.Fprintf(w, "\n%s%s\n%s\n   %s: %s\n", e.Country, mark, indent(e.Text), strings.ToLower(l.Sources), strings.Join(e.Sources, ", "))
		}
	}
}

func indent(s string) string {
	return "   " + wrap(s, 76, "\n   ")
}

// wrap breaks text at spaces so lines stay under width.
func wrap(s string, width int, sep string) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Fields(s) {
		if i > 0 {
			if n+1+len(word) > width {
				b.WriteString(sep)
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(word)
		n += len(word)
	}
	return b.String()
}
