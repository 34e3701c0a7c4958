// Package console is the local chat adapter: a read-eval-print loop over a
// reader and a writer (a terminal, or a pipe), and the plain-text
// rendering of replies that the command line shares.
package console

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/adapters/explaintext"
	"github.com/stancebot/stancebot/bot"
)

// Options configure a Console.
type Options struct {
	In      io.Reader // one question a line
	Out     io.Writer // the replies
	Handler adapters.Handler
	Prompt  bool   // print a prompt (for an interactive terminal)
	User    string // the asker, for questions
}

// New returns a Console; it has the same shape as every adapter's New.
func New(o Options) (*Console, error) {
	if o.Handler == nil {
		return nil, errors.New("console: no handler")
	}
	if o.In == nil || o.Out == nil {
		return nil, errors.New("console: no input or output")
	}
	return &Console{In: o.In, Out: o.Out, H: o.Handler, Prompt: o.Prompt, User: o.User}, nil
}

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
		// One reply, one write: the console's "message".
		var b bytes.Buffer
		Render(&b, r)
		if _, err := c.Out.Write(b.Bytes()); err != nil {
			return fmt.Errorf("console: write: %w", err)
		}
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
		if r.PartsNote != "" {
			fmt.Fprintln(w, r.PartsNote)
		}
		return
	}
	if r.Message != "" {
		fmt.Fprintln(w, r.Message)
	}
	// Statements are quoted in their original English; in a Spanish or
	// French reply each says so.
	for i, a := range r.Answers {
		tag := ""
		if o := l.Original(a.Lang); o != "" {
			tag = " (" + o + ")"
		}
		fmt.Fprintf(w, "\n%d. %s%s\n", i+1, a.DisplayName(), tag)
		fmt.Fprintln(w, indent(a.Text))
		writeSources(w, a, l)
	}
	if len(r.Related) > 0 {
		fmt.Fprintf(w, "\n%s:\n", l.Related)
		for _, a := range r.Related {
			tag := ""
			if o := l.Original(a.Lang); o != "" {
				tag = " (" + o + ")"
			}
			fmt.Fprintf(w, "\n- %s%s\n", a.DisplayName(), tag)
			fmt.Fprintln(w, indent(a.Text))
			writeSources(w, a, l)
		}
	}
	if r.Explain != nil {
		fmt.Fprintln(w)
		explaintext.Write(w, r.Explain, l)
	}
	fmt.Fprintln(w)
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
		fmt.Fprintf(w, "\n== %s ==\n", t.Heading())
		if len(t.Entries) == 0 {
			fmt.Fprintln(w, l.Empty)
			continue
		}
		for _, e := range t.Entries {
			mark := ""
			if e.New {
				mark = " [" + l.New + "]"
			}
			fmt.Fprintf(w, "\n%s%s\n%s\n", e.Country, mark, indent(e.Text))
			writeSources(w, bot.Answer{Sources: e.Sources, Citations: e.Citations}, l)
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
