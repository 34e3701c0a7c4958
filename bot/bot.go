// Package bot reads questions, ranks statements of a corpus and builds
// platform-neutral replies and digests. It knows nothing of chat platforms.
package bot

import (
	"context"
	"strings"
	"sync/atomic"

	"github.com/stancebot/stancebot/corpus"
)

// Bot answers questions over a corpus that can be swapped while it runs.
// Chat commands are not its business: they are Middleware wrapped around
// it at wiring time (see package commands).
type Bot struct {
	corpus  atomic.Pointer[corpus.Corpus]
	threads threadLangs // language of each conversation so far
}

// New returns a Bot over c.
func New(c *corpus.Corpus) *Bot {
	b := &Bot{}
	b.corpus.Store(c)
	return b
}

// Corpus returns the corpus currently answered from.
func (b *Bot) Corpus() *corpus.Corpus { return b.corpus.Load() }

// SetCorpus swaps in a new corpus; questions already running finish on the old one.
func (b *Bot) SetCorpus(c *corpus.Corpus) { b.corpus.Store(c) }

// Handle answers one chat message: "explain <question>" or a question.
// It implements Handler.
func (b *Bot) Handle(ctx context.Context, q Question) Reply {
	text := strings.TrimSpace(q.Text)
	for _, w := range explainWords {
		if rest, ok := cutWord(text, w); ok && rest != "" {
			q.Text = rest
			return b.askIn(q, 0, true)
		}
	}
	q.Text = text
	return b.askIn(q, 0, false)
}

// explainWords ask for the explain view, in English, Spanish and French.
var explainWords = []string{"explain", "explica", "explicar", "explique", "expliquer"}

// cutWord removes a leading command word (case-insensitive).
func cutWord(text, word string) (string, bool) {
	if len(text) < len(word) || !strings.EqualFold(text[:len(word)], word) {
		return "", false
	}
	rest := text[len(word):]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// Ask answers a question with at most n answers (0: the intent's default).
func (b *Bot) Ask(text string, n int) Reply {
	return b.askIn(Question{Text: text}, n, false)
}

// Explain answers like Ask and fills Reply.Explain with how the question
// was read and why each answer scored as it did.
func (b *Bot) Explain(text string, n int) Reply {
	return b.askIn(Question{Text: text}, n, true)
}

// ThemeAnswers returns, for the named theme, each country's best statement
// on it, sorted by country name; countries filters when non-empty. An
// unknown theme gives nil.
func (b *Bot) ThemeAnswers(theme string, countries []string) []Answer {
	c := b.Corpus()
	name, ok := c.ResolveTheme(theme)
	if !ok {
		return nil
	}
	out := answers(c, c.Search(corpus.Query{Themes: []int{c.Lexicon.Index(name)}, Countries: countries, PerCountry: true}).Hits)
	sortByCountry(out)
	return out
}

func containsStr(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
