// Package bot reads questions, ranks statements of a corpus and builds
// platform-neutral replies and digests. It knows nothing of chat platforms.
package bot

import (
	"context"
	"sync/atomic"

	"github.com/stancebot/stancebot/corpus"
)

// Command handles a chat command other than a question (subscribe,
// digest, ...). It returns ok=false when the text is not its command.
type Command interface {
	Handle(ctx context.Context, q Question) (r Reply, ok bool)
}

// Bot answers questions over a corpus that can be swapped while it runs.
type Bot struct {
	corpus   atomic.Pointer[corpus.Corpus]
	commands []Command
}

// New returns a Bot over c. Commands are tried, in order, before a message
// is treated as a question.
func New(c *corpus.Corpus, commands ...Command) *Bot {
	b := &Bot{commands: commands}
	b.corpus.Store(c)
	return b
}

// Corpus returns the corpus currently answered from.
func (b *Bot) Corpus() *corpus.Corpus { return b.corpus.Load() }

// SetCorpus swaps in a new corpus; questions already running finish on the old one.
func (b *Bot) SetCorpus(c *corpus.Corpus) { b.corpus.Store(c) }

// AddCommand registers a command tried before questions.
func (b *Bot) AddCommand(c Command) { b.commands = append(b.commands, c) }

// Handle answers one chat message: a command or a question.
func (b *Bot) Handle(ctx context.Context, q Question) Reply {
	for _, c := range b.commands {
		if r, ok := c.Handle(ctx, q); ok {
			return r
		}
	}
	return b.Ask(q.Text, 3)
}

// Ask answers a question with at most n answers.
func (b *Bot) Ask(text string, n int) Reply { panic("TODO(core)") }

// ThemeAnswers returns, for the named theme, each country's best statement
// on it, sorted by country name; countries filters when non-empty. The
// theme is resolved through the corpus lexicon (ResolveTheme).
func (b *Bot) ThemeAnswers(theme string, countries []string) []Answer { panic("TODO(core)") }
